<?xml version="1.0" encoding="UTF-8"?>
<!--
  For bench/text-layout.ts only: the text edition stopped at its block model.
  The page is not laid out (no wrapping, indents or tables): tx:page returns
  the blocks serialised as XML, which is what a layout stage outside XSLT
  would be fed. The difference in time from the edition is what layout costs
  in XSLT.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tx="urn:x-tei-edition:text"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:import href="../xslt/text/edition.xsl"/>

  <xsl:function name="tx:page" as="xs:string">
    <xsl:param name="blocks" as="element()*"/>
    <xsl:param name="width" as="xs:integer"/>
    <xsl:variable name="page"><tx:page width="{$width}"><xsl:sequence select="$blocks"/></tx:page></xsl:variable>
    <xsl:sequence select="serialize($page, map { 'method': 'xml', 'omit-xml-declaration': true() })"/>
  </xsl:function>
</xsl:stylesheet>
