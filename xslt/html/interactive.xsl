<?xml version="1.0" encoding="UTF-8"?>
<!--
  Which elements the page renders with a link or control inside, decided
  from the source. A link cannot hold another link (nor a control), so a
  name or a link whose content holds one stays a span (names.xsl,
  phrases.xsl). The page's interactive elements in running text are: a
  link that can be followed (ref, ptr), a name whose entry the index shows,
  a footnote's anchor, an apparatus entry's reference, and a turn of speech
  with a speaker (a tab stop); the content of anything else holds one when
  a child's rendering does. What is not rendered in place (breaks, the
  header, a footnote's body) holds none.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- True when the rendering of a child of $element holds a link or control. -->
  <xsl:function name="te:holds-interactive" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="some $child in $element/* satisfies te:renders-interactive($child)"/>
  </xsl:function>

  <!-- True when the rendering of $element is, or holds, a link or control. -->
  <xsl:function name="te:renders-interactive" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:apply-templates select="$element" mode="te:interactive"/>
  </xsl:function>

  <xsl:mode name="te:interactive" on-no-match="fail"/>

  <xsl:template mode="te:interactive" match="ref | ptr" as="xs:boolean">
    <xsl:sequence select="te:link-url(.) ne '' or (self::ref and te:holds-interactive(.))"/>
  </xsl:template>

  <xsl:template mode="te:interactive" match="persName | placeName | orgName | geogName | rs | name[not(ancestor::teiHeader)]" as="xs:boolean">
    <xsl:sequence select="exists(te:indexed-entry(.)) or te:holds-interactive(.)"/>
  </xsl:template>

  <xsl:template mode="te:interactive" match="note" as="xs:boolean">
    <xsl:sequence select="if (te:is-remark(.)) then te:holds-interactive(.) else te:note-number(.) gt 0"/>
  </xsl:template>

  <xsl:template mode="te:interactive" match="app" as="xs:boolean">
    <xsl:sequence select="te:app-number(.) gt 0 or (some $child in te:app-base(.)/* satisfies te:renders-interactive($child))"/>
  </xsl:template>

  <xsl:template mode="te:interactive" match="said | q[@who] | u" as="xs:boolean">
    <!-- A turn whose speaker has a name (speech.xsl: the entry's label, else the pointer as written) is a tab stop. -->
    <xsl:variable name="pointer" select="(tokenize(normalize-space(@who), ' '))[1]"/>
    <xsl:variable name="speaker" select="te:target($pointer, .)"/>
    <xsl:sequence select="(if ($speaker) then te:entity-label($speaker) else string($pointer)) ne '' or te:holds-interactive(.)"/>
  </xsl:template>

  <!-- Not rendered in place (structure.xsl, apparatus.xsl, phrases.xsl): nothing of theirs is in the running text. -->
  <xsl:template mode="te:interactive" match="lb | pb | cb | milestone | anchor | gb | index | fw[@type = ('catch', 'sig')] | witDetail | teiHeader" as="xs:boolean">
    <xsl:sequence select="false()"/>
  </xsl:template>

  <xsl:template mode="te:interactive" match="*" priority="-10" as="xs:boolean">
    <xsl:sequence select="te:holds-interactive(.)"/>
  </xsl:template>
</xsl:stylesheet>
