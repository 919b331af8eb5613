<?xml version="1.0" encoding="UTF-8"?>
<!--
  The structure of the text that the formats leave to the meaning layer:
  the text and group containers, and breaks (te:break: each format decides
  how a line, page or column break looks) and what carries no text.
  Divisions, paragraphs, lists, tables and the other blocks are plain match
  templates of each format (xslt/html/blocks.xsl, xslt/text/blocks.xsl).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:template match="text | group">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="lb">
    <xsl:call-template name="te:break">
      <xsl:with-param name="kind" select="'line'"/>
      <xsl:with-param name="node" select="."/>
      <xsl:with-param name="n" select="@n"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="pb | cb">
    <xsl:call-template name="te:break">
      <xsl:with-param name="kind" select="if (self::pb) then 'page' else 'column'"/>
      <xsl:with-param name="node" select="."/>
      <xsl:with-param name="n" select="@n"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Milestones, anchors and span-end markers carry no text. -->
  <xsl:template match="milestone | anchor | gb | index"/>
</xsl:stylesheet>
