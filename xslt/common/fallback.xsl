<?xml version="1.0" encoding="UTF-8"?>
<!--
  Elements with no specific rule (other projects' TEI, foreign namespaces):
  their text is kept, never silently dropped, and the element's name travels
  with it so the looks can mark it and reports can count it.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:template match="*" priority="-10">
    <xsl:call-template name="te:unknown">
      <xsl:with-param name="node" select="."/>
      <xsl:with-param name="block" select="exists(p | ab | child::div | lg | list | table | sp | head | *[namespace-uri() ne namespace-uri(current())]/p)"/>
      <xsl:with-param name="content" as="item()*"><xsl:apply-templates/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- Comments and processing instructions in the text are not part of it. -->
  <xsl:template match="comment() | processing-instruction()"/>
</xsl:stylesheet>
