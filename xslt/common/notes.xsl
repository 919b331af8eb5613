<?xml version="1.0" encoding="UTF-8"?>
<!--
  Notes: the author's own remarks stay inline where he wrote them; every
  other note becomes a numbered footnote. Numbers are computed once for the
  whole document (a map from note to number), so large volumes with
  thousands of notes stay linear.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- True for a remark of the document's own author: authorial notes, or notes whose @resp is the author. -->
  <xsl:function name="te:is-remark" as="xs:boolean">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="$note/@type = ('authorial', 'author') or te:resp-kind($note) = 'author'"/>
  </xsl:function>

  <!-- Every footnote of the text, in document order. -->
  <xsl:variable name="te:footnotes" as="element(note)*" select="$te:tei/text//note[not(te:is-remark(.))]"/>

  <xsl:variable name="te:note-numbers" as="map(xs:string, xs:integer)"
    select="map:merge(for $i in 1 to count($te:footnotes) return map { generate-id($te:footnotes[$i]): $i })"/>

  <xsl:function name="te:note-number" as="xs:integer">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="($te:note-numbers(generate-id($note)), 0)[1]"/>
  </xsl:function>

  <xsl:template match="note">
    <xsl:choose>
      <xsl:when test="te:is-remark(.)">
        <xsl:call-template name="te:remark">
          <xsl:with-param name="node" select="."/>
          <xsl:with-param name="resp-label" select="(te:resp-label(.)[. ne ''], te:strings(ancestor::TEI[1]/teiHeader/fileDesc/titleStmt/author)[1], '')[1]"/>
          <xsl:with-param name="content" as="item()*"><xsl:apply-templates/></xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="te:note-anchor">
          <xsl:with-param name="node" select="."/>
          <xsl:with-param name="number" select="te:note-number(.)"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Renders a footnote's body; called by the looks' te:notes-section for each note. -->
  <xsl:template name="te:note-content" as="item()*">
    <xsl:param name="note" as="element(note)"/>
    <xsl:apply-templates select="$note/node()"/>
  </xsl:template>
</xsl:stylesheet>
