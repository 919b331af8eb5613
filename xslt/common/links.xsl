<?xml version="1.0" encoding="UTF-8"?>
<!--
  Links (ref, ptr): only http(s), mailto, relative and in-document targets
  survive; anything else (javascript:, data:, vbscript:…) is neutralised
  here, once, for every format (te:link-url).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!--
    The URL if it is safe to follow, else ''. Control characters and spaces hide schemes from naive checks, so they are removed first:
    every control or space character XML 1.0 allows (spelled out, since saxon-js rebuilds \p{…} classes at every call).
  -->
  <xsl:function name="te:safe-url" as="xs:string">
    <xsl:param name="url" as="xs:string?"/>
    <xsl:variable name="clean" select="replace(string($url), '[&#x9;&#xA;&#xD; &#x7F;-&#xA0;&#x1680;&#x2000;-&#x200A;&#x2028;&#x2029;&#x202F;&#x205F;&#x3000;]+', '')"/>
    <xsl:variable name="scheme" select="lower-case(replace($clean, '^([A-Za-z][A-Za-z0-9+.\-]*):.*$', '$1'))"/>
    <xsl:sequence select="
      if ($clean = '') then ''
      else if ($scheme = $clean) then $clean
      else if ($scheme = ('http', 'https', 'mailto')) then $clean
      else ''"/>
  </xsl:function>

  <!--
    The href of a link that does not point into the document: its first pointer $target if safe, else ''.
    @target is a list of pointers, but a browser reads "java&#9;script:…" as one URL without the tab:
    a target whose white space or control characters hide an unsafe scheme is refused whole.
  -->
  <xsl:function name="te:link-href" as="xs:string">
    <xsl:param name="targets" as="xs:string"/>
    <xsl:param name="target" as="xs:string?"/>
    <xsl:variable name="whole" select="replace($targets, '[&#x9;&#xA;&#xD; &#x7F;-&#xA0;&#x1680;&#x2000;-&#x200A;&#x2028;&#x2029;&#x202F;&#x205F;&#x3000;]+', '')"/>
    <xsl:sequence select="if (matches($whole, '^[A-Za-z][A-Za-z0-9+.\-]*:') and te:safe-url($whole) = '') then '' else te:safe-url($target)"/>
  </xsl:function>

  <!--
    The address a link (ref, ptr) leads to: its first pointer when that names an element of this
    document, else its first pointer if safe to follow (te:link-href), else '' (shown as text).
  -->
  <xsl:function name="te:link-url" as="xs:string">
    <xsl:param name="link" as="element()"/>
    <xsl:variable name="target" select="(tokenize(normalize-space($link/@target), ' '))[1]"/>
    <xsl:sequence select="if (starts-with($target, '#') and exists(te:target($target, $link))) then $target else te:link-href(string($link/@target), $target)"/>
  </xsl:function>
</xsl:stylesheet>
