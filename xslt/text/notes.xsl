<?xml version="1.0" encoding="UTF-8"?>
<!--
  Notes and apparatus in the text edition. Editorial notes are numbered in
  the text, "[1]", and listed as endnotes under NOTES; the author's own
  remarks stay inline (notes.xsl in common decides which is which). Notes
  whose type is listed in $drop-note-types are left out, anchor and all,
  and the drop report counts them. Numbers run over the notes that are shown
  in this view only, so there are no gaps: a note inside a deletion, or in
  the reading a choice does not show, is not numbered in that view.

  An apparatus entry (app) shows its lemma (in parallel segmentation; in the
  other methods the base text is around it) with a mark "[a1]"; an entry
  kept apart from the text (listApp, standOff) puts its mark after the
  anchor that ends its lemma. The entries are listed under APPARATUS, after
  the witnesses and their sigla, as "[a1] location lemma] reading
  (witnesses) {type; cause: …}; …", an omission as "om.".
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:te="urn:x-tei-edition"
  xmlns:tx="urn:x-tei-edition:text"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- Space-separated note types to leave out of the text (e.g. "internal todo"); "#untyped" stands for notes without @type. -->
  <xsl:param name="drop-note-types" as="xs:string" select="''"/>

  <xsl:variable name="tx:dropped-note-types" as="xs:string*" select="tokenize(normalize-space($drop-note-types), ' ')"/>

  <!-- True for a note that $drop-note-types leaves out. -->
  <xsl:function name="tx:note-dropped" as="xs:boolean">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="exists($tx:dropped-note-types) and (if ($note/@type) then normalize-space($note/@type) = $tx:dropped-note-types else '#untyped' = $tx:dropped-note-types)"/>
  </xsl:function>

  <!-- True when $node stands in a part of the text that the current view does not show (see drops.xsl). -->
  <xsl:function name="tx:hidden" as="xs:boolean">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="exists($node/ancestor::*[tx:drop-reason(., $view) ne ''])"/>
  </xsl:function>

  <!-- The footnotes this view shows, in document order: every TEI of a corpus, not only the first. -->
  <xsl:variable name="tx:footnotes" as="element(note)*"
    select="$tx:texts//note[not(te:is-remark(.))][not(tx:note-dropped(.))][not(tx:hidden(.))]"/>

  <xsl:variable name="tx:note-numbers" as="map(xs:string, xs:integer)"
    select="map:merge(for $i in 1 to count($tx:footnotes) return map { generate-id($tx:footnotes[$i]): $i })"/>

  <!-- Notes left out by type render nothing, not even an anchor. -->
  <xsl:template match="note[tx:note-dropped(.)]" priority="5"/>

  <!--
    A note: the author's own remark stays where he wrote it, with the brackets he wrote; any other
    note leaves its call, which never stands between spaces (as after a word the reading leaves out):
    it joins the word before it.
  -->
  <xsl:template match="note">
    <xsl:choose>
      <xsl:when test="te:is-remark(.)"><xsl:apply-templates/></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="shown" select="$tx:note-numbers(generate-id(.))"/>
        <xsl:sequence select="if (exists($shown)) then $tx:JOIN || '[' || $shown || ']' else ()"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    A link: its text. A reference to a footnote ("see the note there") also carries the note's
    number in this view, as a note call does ("note there[2]"), since the text edition has no links.
    A pointer (ptr) reads as the label of what it points at inside the document, else as its target.
  -->
  <xsl:template match="ref | ptr">
    <xsl:variable name="target" select="(tokenize(normalize-space(@target), ' '))[1]"/>
    <xsl:variable name="pointed" select="if (starts-with($target, '#')) then te:target($target, .) else ()"/>
    <xsl:choose>
      <xsl:when test="self::ptr"><xsl:value-of select="if (exists($pointed)) then te:entity-label($pointed) else $target"/></xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
    <xsl:variable name="shown" select="$pointed[self::note] ! $tx:note-numbers(generate-id(.))"/>
    <xsl:sequence select="if (exists($shown)) then '[' || $shown || ']' else ()"/>
  </xsl:template>

  <!-- The endnotes: NOTES, then each note, its number hanging before its first line. -->
  <xsl:function name="tx:notes-section" as="element()*">
    <xsl:if test="exists($tx:footnotes)">
      <xsl:sequence select="tx:section-title('NOTES')"/>
      <xsl:for-each select="$tx:footnotes">
        <xsl:variable name="body" as="item()*"><xsl:apply-templates select="node()"/></xsl:variable>
        <xsl:variable name="mark" select="'[' || position() || '] '"/>
        <xsl:sequence select="tx:group(tx:prefix(tx:blocks($body), $mark), map { 'hang': string(string-length($mark)) })"/>
      </xsl:for-each>
    </xsl:if>
  </xsl:function>

  <!-- A section title of the back matter: a rule, then the title. -->
  <xsl:function name="tx:section-title" as="element()*">
    <xsl:param name="title" as="xs:string"/>
    <tx:rule char="-"/>
    <xsl:sequence select="tx:p($title)"/>
  </xsl:function>

  <!-- Apparatus entries shown in this view, numbered in document order. -->
  <xsl:variable name="tx:apps" as="element(app)*" select="te:apps-in-mark-order($tx:texts | $tx:texts/../standOff)[not(tx:hidden(.))]"/>

  <xsl:variable name="tx:app-numbers" as="map(xs:string, xs:integer)"
    select="map:merge(for $i in 1 to count($tx:apps) return map { generate-id($tx:apps[$i]): $i })"/>

  <!-- An apparatus entry at its place: the reading that stands in the text, and the entry's number in this view. -->
  <xsl:template match="app">
    <xsl:if test="not(te:app-external(.))">
      <xsl:apply-templates select="te:app-in-text(.)/node()"/>
      <xsl:sequence select="tx:app-mark(.)"/>
    </xsl:if>
  </xsl:template>

  <!-- The marks of the external entries whose lemma ends at an anchor. -->
  <xsl:template match="anchor[exists(te:apps-ending-at(.))]" priority="1">
    <xsl:sequence select="te:apps-ending-at(.) ! tx:app-mark(.)"/>
  </xsl:template>

  <!-- "[aN]" for an entry shown in this view, else nothing. -->
  <xsl:function name="tx:app-mark" as="xs:string?">
    <xsl:param name="app" as="element(app)"/>
    <xsl:variable name="shown" select="$tx:app-numbers(generate-id($app))"/>
    <xsl:sequence select="if (exists($shown)) then '[a' || $shown || ']' else ()"/>
  </xsl:function>

  <!-- The text of a reading (or lemma) as the apparatus quotes it. -->
  <xsl:function name="tx:reading-text" as="xs:string">
    <xsl:param name="reading" as="map(*)"/>
    <xsl:variable name="content" as="item()*"><xsl:apply-templates select="$reading?node/node()"/></xsl:variable>
    <xsl:variable name="text" select="tx:flat-text(tx:blocks($content))"/>
    <xsl:variable name="kinds" select="te:reading-kinds($reading)"/>
    <xsl:sequence select="(if ($reading?empty or $text = '') then 'om.' else $text)
      || (if (exists($reading?sigla)) then ' (' || string-join($reading?sigla, ', ') || ')' else '')
      || (if (exists($kinds)) then ' {' || string-join($kinds, '; ') || '}' else '')"/>
  </xsl:function>

  <xsl:function name="tx:apparatus-section" as="element()*">
    <xsl:if test="exists($tx:apps)">
      <xsl:sequence select="tx:section-title('APPARATUS')"/>
      <xsl:for-each select="$te:witnesses">
        <xsl:variable name="siglum" select="te:witness-sigla('#' || @xml:id, .) || ' = '"/>
        <xsl:sequence select="tx:with(tx:p($siglum || (te:witness-description('#' || @xml:id, .)[. ne ''], string(@xml:id))[1]), map { 'hang': string(string-length($siglum)) })"/>
      </xsl:for-each>
      <xsl:for-each select="$tx:apps">
        <xsl:variable name="readings" select="te:app-readings(.)"/>
        <xsl:variable name="base" select="te:app-base(.)"/>
        <xsl:variable name="lemma" select="$readings[?node is $base]"/>
        <xsl:variable name="others" select="$readings[not(?node is $base)]"/>
        <xsl:variable name="mark" select="'[a' || position() || '] '"/>
        <!-- Double end-point without lem: the lemma is the base text between the two points. -->
        <xsl:variable name="span" select="if (empty($lemma) and te:app-method(.) eq 'double-end-point') then te:app-span-text(.) else ''"/>
        <xsl:sequence select="tx:with(tx:p($mark || string-join((
          te:app-loc(.)[. ne ''],
          (if (exists($lemma)) then tx:reading-text($lemma) || ']' else if ($span ne '') then $span || ']' else ()),
          string-join($others ! tx:reading-text(.), '; ')), ' ')), map { 'hang': string(string-length($mark)) })"/>
      </xsl:for-each>
    </xsl:if>
  </xsl:function>
</xsl:stylesheet>
