<?xml version="1.0" encoding="UTF-8"?>
<!--
  Examples of code, as in the TEI Guidelines and every ODD: egXML (markup in
  the TEI Examples namespace) and eg (any code, as text). An example is shown
  as written, never interpreted: egXML's content is serialised back to
  markup (without namespace declarations, its common indentation removed),
  so that its elements are neither rendered as text nor reported as
  elements without a rule. A block of kind "example", one text per block.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:egx="http://www.tei-c.org/ns/Examples"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:template match="eg | egx:egXML">
    <xsl:call-template name="te:example">
      <xsl:with-param name="node" select="."/>
      <xsl:with-param name="text" select="te:example-text(.)"/>
    </xsl:call-template>
  </xsl:template>

  <!-- The example as text: egXML serialised, eg as written; blank first and last lines and the indentation all lines share removed. -->
  <xsl:function name="te:example-text" as="xs:string">
    <xsl:param name="example" as="element()"/>
    <xsl:variable name="raw" select="
      if ($example/self::egx:egXML) then string-join($example/node() ! te:example-markup(.), '')
      else string($example)"/>
    <xsl:variable name="lines" select="tokenize(replace(replace($raw, '^([ \t]*\n)+', ''), '(\n[ \t]*)+$', ''), '\n')"/>
    <xsl:variable name="shared" select="if (exists($lines[normalize-space(.) ne ''])) then min($lines[normalize-space(.) ne ''] ! (string-length(.) - string-length(replace(., '^[ \t]+', '')))) else 0"/>
    <xsl:sequence select="string-join($lines ! substring(., $shared + 1), '&#10;')"/>
  </xsl:function>

  <!-- One node of an egXML example as markup: its elements in no namespace, so that no declaration clutters the example. -->
  <xsl:function name="te:example-markup" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="plain">
      <xsl:apply-templates select="$node" mode="te:example-plain"/>
    </xsl:variable>
    <xsl:sequence select="serialize($plain, map { 'method': 'xml', 'omit-xml-declaration': true(), 'indent': false() })"/>
  </xsl:function>

  <xsl:mode name="te:example-plain" on-no-match="shallow-copy"/>
  <xsl:template match="egx:* | *[namespace-uri() = 'http://www.tei-c.org/ns/1.0']" mode="te:example-plain">
    <xsl:element name="{local-name()}" namespace="">
      <xsl:apply-templates select="@* | node()" mode="te:example-plain"/>
    </xsl:element>
  </xsl:template>
</xsl:stylesheet>
