<?xml version="1.0" encoding="UTF-8"?>
<!--
  The structure of the text: divisions, paragraphs, openers and closers,
  lists, verse, tables, figures and breaks. Each becomes a block of a named
  kind; the looks decide how blocks of each kind appear.
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

  <xsl:template name="te:as-block">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:call-template name="te:block">
      <xsl:with-param name="kind" select="$kind"/>
      <xsl:with-param name="node" select="."/>
      <xsl:with-param name="children" select="node()"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Elements whose block kind is their own name. -->
  <xsl:template match="front | body | back | div | head | p | ab | opener | closer | dateline | signed | salute | byline | docket
                       | list | item | label | lg | l | sp | speaker | stage | table | row | cell | figure
                       | postscript | trailer | argument | epigraph | docTitle | titlePart | docAuthor | docDate | docImprint
                       | titlePage | castList | castItem | castGroup | role | roleDesc | set | listBibl | floatingText">
    <xsl:call-template name="te:as-block">
      <xsl:with-param name="kind" select="local-name()"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Numbered divisions are divisions. -->
  <xsl:template match="div1 | div2 | div3 | div4 | div5 | div6 | div7">
    <xsl:call-template name="te:as-block">
      <xsl:with-param name="kind" select="'div'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A distribution list (who received which copy) is a block of its own kind, whether a div or a list. -->
  <xsl:template match="div[@type = 'distribution'] | list[@type = 'distribution']" priority="2">
    <xsl:call-template name="te:as-block">
      <xsl:with-param name="kind" select="if (self::div) then 'distribution' else 'list'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="figDesc">
    <xsl:call-template name="te:as-block">
      <xsl:with-param name="kind" select="'caption'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Block quotations (quote with paragraphs, or standing between paragraphs). -->
  <xsl:template match="quote[p | lg | ab | l] | cit[parent::div or parent::body]">
    <xsl:call-template name="te:as-block">
      <xsl:with-param name="kind" select="'quote'"/>
    </xsl:call-template>
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
  <xsl:template match="milestone | anchor | gb | index | fw[@type = ('catch', 'sig')]"/>
</xsl:stylesheet>
