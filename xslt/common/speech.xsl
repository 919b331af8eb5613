<?xml version="1.0" encoding="UTF-8"?>
<!--
  Speech and attribution: said and q with @who are speech of a speaker,
  direct unless @direct="false"; nested speech (the attaché relaying what
  Zudin told him of Kim's words) nests in every format.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:template match="said | q[@who] | u">
    <xsl:variable name="pointer" select="(tokenize(normalize-space(@who), ' '))[1]"/>
    <xsl:variable name="speaker" select="te:target($pointer, .)"/>
    <xsl:call-template name="te:speech">
      <xsl:with-param name="node" select="."/>
      <xsl:with-param name="who-key" select="if ($speaker) then string($speaker/@xml:id) else ''"/>
      <xsl:with-param name="who-label" select="if ($speaker) then te:entity-label($speaker) else string($pointer)"/>
      <xsl:with-param name="direct" select="not(@direct = 'false')"/>
      <xsl:with-param name="block" select="exists(p | ab | lg | list | table | sp)"/>
      <xsl:with-param name="content" as="item()*"><xsl:apply-templates/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
