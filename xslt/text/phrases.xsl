<?xml version="1.0" encoding="UTF-8"?>
<!--
  Phrase-level looks of the text edition: speech and quotations, line, page
  and column breaks, the author's inline remarks, and elements that have no
  rule of their own. Names, dates, measures, links and highlighting are their
  text, unadorned (look.xsl's defaults): plain text shows what was written,
  not its typography.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:te="urn:x-tei-edition"
  xmlns:tx="urn:x-tei-edition:text"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:template name="te:inline">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="node" as="element()"/>
    <xsl:param name="content" as="item()*"/>
    <xsl:sequence select="if (tx:quotes-added($node)) then tx:quoted($node, $content) else $content"/>
  </xsl:template>

  <!--
    Speech: direct speech in quotation marks (see quotes.xsl); reported speech as it stands.
    An utterance (u) of a spoken transcript is a turn, "Speaker: text", like a dramatic speech.
  -->
  <xsl:template name="te:speech">
    <xsl:param name="node" as="element()"/>
    <xsl:param name="who-key" as="xs:string"/>
    <xsl:param name="who-label" as="xs:string"/>
    <xsl:param name="direct" as="xs:boolean"/>
    <xsl:param name="block" as="xs:boolean"/>
    <xsl:param name="content" as="item()*"/>
    <xsl:choose>
      <xsl:when test="$node/self::u">
        <xsl:variable name="blocks" select="tx:blocks($content)"/>
        <xsl:sequence select="tx:group(if ($who-label ne '') then tx:prefix($blocks, tx:turn-label($who-label)) else $blocks, map { 'hang': '2' })"/>
      </xsl:when>
      <xsl:when test="tx:quotes-added($node)">
        <xsl:sequence select="tx:quoted($node, $content)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="$content"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    Line breaks are kept (addresses, signatures, verse and the lineation of a transcription); a
    break inside a word (break="no") joins it. Page and column breaks show their number in
    brackets (conventions.xsl); inside a word, after it.
  -->
  <xsl:template name="te:break">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="node" as="element()"/>
    <xsl:param name="n" as="xs:string?"/>
    <xsl:variable name="inside-word" select="$node/@break = 'no'"/>
    <xsl:choose>
      <xsl:when test="$kind = 'line'">
        <xsl:sequence select="if ($inside-word) then $tx:JOIN else $tx:LINE"/>
      </xsl:when>
      <xsl:when test="normalize-space($n) = ''">
        <xsl:sequence select="if ($inside-word) then '' else ' '"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="mark" select="tx:string(tx:apply-convention(if ($kind = 'page') then 'pb' else 'cb', normalize-space($n)))"/>
        <xsl:sequence select="if ($mark = '') then (if ($inside-word) then '' else ' ')
          else if ($inside-word) then $tx:MARK-START || $mark || $tx:MARK-END
          else ' ' || $mark || ' '"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Non-verbal events of a spoken text (a passing truck, a laugh, a gesture): their description in brackets, apart from the words spoken. -->
  <xsl:template match="incident | vocal | kinesic">
    <xsl:variable name="content" as="item()*"><xsl:apply-templates/></xsl:variable>
    <xsl:variable name="text" select="normalize-space(tx:string($content))"/>
    <xsl:sequence select="' ' || tx:string(tx:apply-convention('event', if ($text = '') then local-name() else $text)) || ' '"/>
  </xsl:template>

  <xsl:template match="incident/desc | vocal/desc | kinesic/desc">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="pause">
    <xsl:sequence select="' ' || tx:string(tx:apply-convention('event', 'pause')) || ' '"/>
  </xsl:template>

  <!-- The author's own remark stays where he wrote it, with the brackets he wrote. -->
  <xsl:template name="te:remark">
    <xsl:param name="node" as="element()"/>
    <xsl:param name="resp-label" as="xs:string"/>
    <xsl:param name="content" as="item()*"/>
    <xsl:sequence select="$content"/>
  </xsl:template>

  <!--
    An element without a rule of its own (tx:unknown): its text is kept, and the drop report lists
    it as unknown. The text look renders it itself rather than through the meaning layer's fallback,
    so that its children are rendered once, apart from each other when it holds only elements (a
    record of fields: a place and its names, a manuscript description, a project's own wrapper):
    never run together into one word. Known elements never match (the predicate), so every rule of
    the meaning layer still applies to them.
  -->
  <xsl:template match="*[namespace-uri() ne $tx:TEI-NS or not(map:contains($tx:known-set, local-name()))][tx:unknown(.)]" priority="-1">
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

  <!-- The look-interface hook for the meaning layer's fallback; unknown elements are caught by the rule above first. -->
  <xsl:template name="te:unknown">
    <xsl:param name="node" as="element()"/>
    <xsl:param name="block" as="xs:boolean"/>
    <xsl:param name="content" as="item()*"/>
    <xsl:sequence select="if ($block) then tx:group(tx:blocks($content), map {})[exists(tx:blocks($content))] else $content"/>
  </xsl:template>
</xsl:stylesheet>
