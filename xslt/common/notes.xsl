<?xml version="1.0" encoding="UTF-8"?>
<!--
  Notes: the author's own remarks stay inline where he wrote them; every
  other note becomes a numbered footnote. Numbers are computed once for the
  whole document (a map from note to number), so large volumes with
  thousands of notes stay linear, and so are their kinds. Each format renders
  notes with match templates of its own (html/notes.xsl, text/notes.xsl).
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

  <!-- Who wrote a footnote, in a word for its label: editorial, translator's, or the note's @type. -->
  <xsl:function name="te:note-kind" as="xs:string">
    <xsl:param name="note" as="element(note)"/>
    <xsl:variable name="resp" select="te:resp-kind($note)"/>
    <xsl:sequence select="
      if ($resp = 'translator' or $note/@type = ('translator', 'trans', 'translation')) then 'translator'
      else if ($resp = 'editor' or $note/@type = ('editorial', 'editor', 'ed')) then 'editorial'
      else if ($resp = 'author' or $note/@type = ('authorial', 'author')) then 'author'
      else 'note'"/>
  </xsl:function>

  <!-- The kind of each footnote, in the order of $te:footnotes: decided once, for its anchor and its entry in the list. -->
  <xsl:variable name="te:note-kinds" as="xs:string*" select="$te:footnotes ! te:note-kind(.)"/>

  <!-- Whom an author's remark is by: whoever its @resp names, else the document's first author ('' when none). -->
  <xsl:function name="te:remark-author" as="xs:string">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="(te:resp-label($note)[. ne ''], te:strings($note/ancestor::TEI[1]/teiHeader/fileDesc/titleStmt/author)[1], '')[1]"/>
  </xsl:function>
</xsl:stylesheet>
