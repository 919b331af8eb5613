<?xml version="1.0" encoding="UTF-8"?>
<!--
  Phrase-level rules of the text edition: speech and quotations, line, page
  and column breaks, non-verbal events, and elements that have no rule of
  their own. Names, dates, measures and highlighting are their text,
  unadorned: plain text shows what was written, not its typography.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:te="urn:x-tei-edition"
  xmlns:tx="urn:x-tei-edition:text"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- Phrases: their text, in quotation marks where the look adds them (quotes.xsl). -->
  <xsl:template match="hi | title[not(ancestor::teiHeader)] | foreign | emph | term | mentioned | soCalled | gloss | num | time | seg
                       | roleName | forename | surname | addName | genName | nameLink | abbr[not(parent::choice)] | expan[not(parent::choice)]
                       | q[not(@who)] | quote | distinct | code | ident | gi | att | val | c | w | pc | orig[not(parent::choice)]
                       | reg[not(parent::choice)] | affiliation | occupation | bibl | biblScope | pubPlace | publisher | author | editor
                       | fw | metamark | handShift | hyphenation | lang | cit | address | addrLine | street | postCode | email">
    <xsl:choose>
      <xsl:when test="tx:quotes-added(.)">
        <xsl:variable name="content" as="item()*"><xsl:apply-templates/></xsl:variable>
        <xsl:sequence select="tx:quoted(., $content)"/>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Names, dates, measures and archival marks are their text: plain text shows what was written, not its typography. -->
  <xsl:template match="persName | placeName | orgName | geogName | rs | name[not(ancestor::teiHeader)] | date | measure | measureGrp
                       | idno[not(ancestor::teiHeader)] | text | group | subst | restore">
    <xsl:apply-templates/>
  </xsl:template>

  <!-- What carries no text: milestones, anchors, span-end markers, index entries, printer's marks, the header (rendered as the header block). -->
  <xsl:template match="milestone | anchor | gb | index | fw[@type = ('catch', 'sig')] | witDetail | wit | listApp | listWit | witness | teiHeader"/>

  <!--
    Speech: direct speech in quotation marks (see quotes.xsl); reported speech as it stands.
    An utterance (u) of a spoken transcript is a turn, "Speaker: text", like a dramatic speech.
  -->
  <xsl:template match="said | q[@who]">
    <xsl:choose>
      <xsl:when test="tx:quotes-added(.)">
        <xsl:variable name="content" as="item()*"><xsl:apply-templates/></xsl:variable>
        <xsl:sequence select="tx:quoted(., $content)"/>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="u">
    <xsl:variable name="pointer" select="(tokenize(normalize-space(@who), ' '))[1]"/>
    <xsl:variable name="speaker" select="te:target($pointer, .)"/>
    <xsl:variable name="who-label" select="if ($speaker) then te:entity-label($speaker) else string($pointer)"/>
    <xsl:variable name="content" as="item()*"><xsl:apply-templates/></xsl:variable>
    <xsl:variable name="blocks" select="tx:blocks($content)"/>
    <xsl:sequence select="tx:group(if ($who-label ne '') then tx:prefix($blocks, tx:turn-label($who-label)) else $blocks, map { 'hang': '2' })"/>
  </xsl:template>

  <!--
    Line breaks are kept (addresses, signatures, verse and the lineation of a transcription); a
    break inside a word (break="no") joins it. Page and column breaks show their number in
    brackets (conventions.xsl); inside a word, after it.
  -->
  <xsl:template match="lb">
    <xsl:sequence select="if (@break = 'no') then $tx:JOIN else $tx:LINE"/>
  </xsl:template>

  <xsl:template match="pb | cb">
    <xsl:variable name="inside-word" select="@break = 'no'"/>
    <xsl:choose>
      <xsl:when test="normalize-space(@n) = ''">
        <xsl:sequence select="if ($inside-word) then '' else ' '"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="mark" select="tx:string(tx:apply-convention(if (self::pb) then 'pb' else 'cb', normalize-space(@n)))"/>
        <xsl:sequence select="if ($mark = '') then (if ($inside-word) then '' else ' ')
          else if ($inside-word) then $tx:MARK-START || $mark || $tx:MARK-END
          else ' ' || $mark || ' '"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Non-verbal events of a spoken text (te:is-event: a passing truck, a laugh, a gesture, a pause): their description in brackets, apart from the words spoken. -->
  <xsl:template match="incident | vocal | kinesic | pause">
    <xsl:variable name="content" as="item()*"><xsl:apply-templates/></xsl:variable>
    <xsl:sequence select="' ' || tx:string(tx:apply-convention('event', te:event-label(., tx:string($content)))) || ' '"/>
  </xsl:template>

  <xsl:template match="incident/desc | vocal/desc | kinesic/desc">
    <xsl:apply-templates/>
  </xsl:template>

  <!--
    An element without a rule of its own (te:has-rule, xslt/common/ruled-elements.xsl): its text is kept, and the drop report lists
    it as unknown. The text look renders it itself rather than through the meaning layer's fallback,
    so that its children are rendered once, apart from each other when it holds only elements (a
    record of fields: a place and its names, a manuscript description, a project's own wrapper):
    never run together into one word. Known elements never match (the predicate), so every rule of
    the meaning layer still applies to them.
  -->
  <xsl:template match="*[not(te:has-rule(.))]" priority="-1">
    <xsl:variable name="block" select="exists(p | ab | child::div | lg | list | table | sp | head | *[namespace-uri() ne namespace-uri(current())]/p)"/>
    <xsl:choose>
      <xsl:when test="exists(*) and empty(text()[normalize-space() ne ''])">
        <xsl:variable name="parts" as="item()*">
          <xsl:for-each select="*">
            <xsl:variable name="part" as="item()*"><xsl:apply-templates select="."/></xsl:variable>
            <xsl:sequence select="if (exists($part[tx:is-block(.)])) then tx:blocks($part) else normalize-space(tx:string($part))[. ne '']"/>
          </xsl:for-each>
        </xsl:variable>
        <xsl:sequence select="
          if ($block or exists($parts[tx:is-block(.)])) then tx:group($parts ! (if (tx:is-block(.)) then . else tx:p(.)), map { 'tight': 'yes' })
          else ' ' || string-join($parts, ' ') || ' '"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="content" as="item()*"><xsl:apply-templates/></xsl:variable>
        <xsl:sequence select="if ($block) then tx:group(tx:blocks($content), map {})[exists(tx:blocks($content))] else $content"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A known element that no rule of this stylesheet matches (a desc outside an event, say): its text is kept, a block when it holds blocks. -->
  <xsl:template match="*" priority="-10">
    <xsl:variable name="content" as="item()*"><xsl:apply-templates/></xsl:variable>
    <xsl:choose>
      <xsl:when test="exists(p | ab | child::div | lg | list | table | sp | head | *[namespace-uri() ne namespace-uri(current())]/p)">
        <xsl:variable name="blocks" select="tx:blocks($content)"/>
        <xsl:if test="exists($blocks)"><xsl:sequence select="tx:group($blocks, map {})"/></xsl:if>
      </xsl:when>
      <xsl:otherwise><xsl:sequence select="$content"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
