<?xml version="1.0" encoding="UTF-8"?>
<!--
  The coverage report (reports/NAME.coverage.json): which elements of the
  text the edition had no specific rule for, and how often, so that a project
  bringing its own TEI sees at once what renders only as plain text. It is
  read off the source: the elements the page renders (te:text-elements,
  te:note-elements, te:apparatus-elements) that the fallback renders
  (te:has-rule, from the one list of rules in common/ruled-elements.xsl). Keys and entries are in a fixed
  order: the report is byte-identical from run to run.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:fn="http://www.w3.org/2005/xpath-functions"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:function name="te:coverage-json" as="xs:string">
    <xsl:param name="tei" as="element()?"/>
    <xsl:variable name="elements" select="$tei/text//*"/>
    <!-- The elements the page renders (the text, the notes, the apparatus) that have no rule of their own. -->
    <xsl:variable name="fallbacks" select="($te:text-elements, $te:note-elements, $te:apparatus-elements)[not(te:has-rule(.))]"/>
    <xsl:variable name="report">
      <fn:map>
        <fn:string key="document"><xsl:value-of select="$name"/></fn:string>
        <fn:string key="format">html</fn:string>
        <fn:number key="elements"><xsl:value-of select="count($elements)"/></fn:number>
        <fn:number key="distinctElements"><xsl:value-of select="count(distinct-values($elements ! (namespace-uri(.) || ' ' || local-name(.))))"/></fn:number>
        <fn:number key="withoutRule"><xsl:value-of select="count($fallbacks)"/></fn:number>
        <fn:array key="elementsWithoutRule">
          <!-- Most frequent first, then by namespace and name (saxon-js sorts groups only by their first item, hence the maps). -->
          <xsl:variable name="groups" as="map(*)*">
            <xsl:for-each-group select="$fallbacks" group-by="namespace-uri(.) || ' ' || local-name(.)">
              <xsl:sequence select="map { 'element': local-name(.), 'namespace': namespace-uri(.), 'count': count(current-group()) }"/>
            </xsl:for-each-group>
          </xsl:variable>
          <!-- xsl:sort rather than sort() with an inline function: Saxon-HE (Java) has no higher-order functions, and runs these stylesheets too. -->
          <xsl:for-each select="$groups">
            <xsl:sort select="?count" data-type="number" order="descending"/>
            <xsl:sort select="?element"/>
            <xsl:sort select="?namespace"/>
            <fn:map>
              <fn:string key="element"><xsl:value-of select="?element"/></fn:string>
              <fn:string key="namespace"><xsl:value-of select="?namespace"/></fn:string>
              <fn:number key="count"><xsl:value-of select="?count"/></fn:number>
            </fn:map>
          </xsl:for-each>
        </fn:array>
      </fn:map>
    </xsl:variable>
    <xsl:sequence select="xml-to-json($report, map { 'indent': true() }) || '&#10;'"/>
  </xsl:function>
</xsl:stylesheet>
