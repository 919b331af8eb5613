<?xml version="1.0" encoding="UTF-8"?>
<!--
  The look interface: the named templates through which the meaning layer
  asks an output format to render something. Each has a plain default here
  (its content, unadorned), so a format only overrides what it styles.
  Parameters are the same for every format; the HTML and text stylesheets
  override these templates by importing meaning.xsl.

  Conventions for every template:
    $node     the TEI element being rendered (for ids, @xml:lang, @rend…)
    $content  its rendered content (already processed by the meaning layer)
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- The whole output: $metadata is the map built by te:metadata(), $text the rendered text, $notes the notes section. -->
  <xsl:template name="te:document">
    <xsl:param name="metadata" as="map(*)"/>
    <xsl:param name="text" as="item()*"/>
    <xsl:param name="notes" as="item()*"/>
    <xsl:sequence select="$text, $notes"/>
  </xsl:template>

  <!-- An example (eg, egXML): $text is the example's text, line breaks and indentation significant. -->
  <xsl:template name="te:example">
    <xsl:param name="node" as="element()"/>
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="$text"/>
  </xsl:template>

  <!-- A line break (lb) or, with $kind 'page'/'column', a page or column break carrying its number $n. -->
  <xsl:template name="te:break">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="node" as="element()"/>
    <xsl:param name="n" as="xs:string?"/>
  </xsl:template>




  <!-- The notes section: every footnote ($notes, in order); each body is rendered by te:note-body. -->
  <xsl:template name="te:notes-section">
    <xsl:param name="notes" as="element()*"/>
  </xsl:template>



  <!--
    A critical apparatus entry (app) at its place in the text: $lemma is the rendered reading that
    stands in the text, $number the entry's number (te:app-number); te:app-readings($node) lists its readings.
  -->
  <xsl:template name="te:apparatus">
    <xsl:param name="node" as="element()"/>
    <xsl:param name="number" as="xs:integer"/>
    <xsl:param name="lemma" as="item()*"/>
    <xsl:sequence select="$lemma"/>
  </xsl:template>

  <!-- An element with no specific rule: its text is kept; $block tells whether it holds block content. -->
  <xsl:template name="te:unknown">
    <xsl:param name="node" as="element()"/>
    <xsl:param name="block" as="xs:boolean"/>
    <xsl:param name="content" as="item()*"/>
    <xsl:sequence select="$content"/>
  </xsl:template>
</xsl:stylesheet>
