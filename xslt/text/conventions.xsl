<?xml version="1.0" encoding="UTF-8"?>
<!--
  The bracket conventions of the text edition: one table, per view, of how
  each marked stretch (supplied, gap, unclear, del, add…), page and column
  breaks and stamps are set in plain text. docs/text-edition.md documents
  the same table; a test keeps the two in step.

  A pattern is the text around the content, "{}" standing for the content:
  "[{}]" brackets it, "{}" shows it plain, and the empty pattern leaves it
  out (and the drop report says so). Overrides come from the stylesheet
  parameters $conventions (both views), $conventions-reading and
  $conventions-diplomatic, as "kind=pattern" entries separated by ";",
  e.g. "del=<del>{}</del>; supplied=⟨{}⟩".
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:te="urn:x-tei-edition"
  xmlns:tx="urn:x-tei-edition:text"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:param name="conventions" as="xs:string" select="''"/>
  <xsl:param name="conventions-reading" as="xs:string" select="''"/>
  <xsl:param name="conventions-diplomatic" as="xs:string" select="''"/>

  <!-- The default table: kind → [reading pattern, diplomatic pattern]. -->
  <xsl:variable name="tx:default-conventions" as="map(xs:string, array(xs:string))" select="map {
    'supplied':   ['{}', '[{}]'],
    'gap':        ['[…]', '[…]'],
    'unclear':    ['{}', '{}[?]'],
    'del':        ['', '⟦{}⟧'],
    'add':        ['{}', '\{}/'],
    'surplus':    ['', '{{}}'],
    'sic':        ['{}', '{} [sic]'],
    'secl':       ['{}', '{}'],
    'am':         ['', '{}'],
    'expan-part': ['{}', '[{}]'],
    'damage':     ['{}', '{}'],
    'restore':    ['{}', '{}'],
    'corr':       ['{}', '{}'],
    'reg':        ['{}', '{}'],
    'space':      [' ', ' '],
    'pb':         ['[p. {}]', '[p. {}]'],
    'cb':         ['[col. {}]', '[col. {}]'],
    'stamp':      ['[stamp: {}]', '[stamp] {}'],
    'event':      ['[{}]', '[{}]']
  }"/>

  <!-- Parses "kind=pattern; kind=pattern" into a map (a pattern may be empty: "del="). -->
  <xsl:function name="tx:parse-conventions" as="map(xs:string, xs:string)">
    <xsl:param name="spec" as="xs:string"/>
    <xsl:sequence select="map:merge(
      for $entry in tokenize($spec, ';')[contains(., '=')]
      return map { normalize-space(substring-before($entry, '=')): replace(substring-after($entry, '='), '^[ \t\r\n]+|[ \t\r\n]+$', '') },
      map { 'duplicates': 'use-last' })"/>
  </xsl:function>

  <!-- The table in force: view → kind → pattern. -->
  <xsl:variable name="tx:conventions" as="map(xs:string, map(xs:string, xs:string))" select="
    let $both := tx:parse-conventions($conventions)
    return map {
      'reading': map:merge((map:merge(map:keys($tx:default-conventions) ! map { .: $tx:default-conventions(.)(1) }), $both, tx:parse-conventions($conventions-reading)), map { 'duplicates': 'use-last' }),
      'diplomatic': map:merge((map:merge(map:keys($tx:default-conventions) ! map { .: $tx:default-conventions(.)(2) }), $both, tx:parse-conventions($conventions-diplomatic)), map { 'duplicates': 'use-last' })
    }"/>

  <!-- The pattern for $kind in $for-view; kinds without an entry are shown plain. -->
  <xsl:function name="tx:pattern" as="xs:string">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="for-view" as="xs:string"/>
    <xsl:sequence select="($tx:conventions($for-view)($kind), '{}')[1]"/>
  </xsl:function>

  <!-- True when the convention leaves $kind out of $for-view. -->
  <xsl:function name="tx:omitted" as="xs:boolean">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="for-view" as="xs:string"/>
    <xsl:sequence select="tx:pattern($kind, $for-view) = ''"/>
  </xsl:function>

  <!--
    The convention that applies to a marked element of $kind: an abbreviation mark (am) is
    left out only where the abbreviation is expanded; in an abbreviation standing alone it is
    part of what is read, in both views.
  -->
  <xsl:function name="tx:convention-kind" as="xs:string">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="if ($kind = 'am' and empty($node/ancestor::expan)) then 'am-kept' else $kind"/>
  </xsl:function>

  <!-- The convention a marked element (as interventions.xsl matches them) is rendered with: its name, 'expan-part' for ex, am as above. -->
  <xsl:function name="tx:marked-kind" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="tx:convention-kind(if ($element/self::ex) then 'expan-part' else local-name($element), $element)"/>
  </xsl:function>

  <!-- $content set in the pattern of $kind for the current view. -->
  <xsl:function name="tx:apply-convention" as="item()*">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="content" as="item()*"/>
    <xsl:variable name="pattern" select="tx:pattern($kind, $view)"/>
    <xsl:choose>
      <xsl:when test="$pattern = ''"/>
      <xsl:when test="contains($pattern, '{}')">
        <xsl:sequence select="tx:around($content, substring-before($pattern, '{}'), substring-after($pattern, '{}'))"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="$pattern"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- Marked stretches outside a choice: bracketed, left out or replaced by a mark, as the view's conventions say. -->
  <xsl:template match="sic[not(parent::choice)] | supplied | unclear | gap | del | add | surplus | damage | corr[not(parent::choice)]
                       | ex | am | secl | space">
    <xsl:variable name="content" as="item()*"><xsl:apply-templates/></xsl:variable>
    <xsl:sequence select="tx:apply-convention(tx:convention-kind(if (self::ex) then 'expan-part' else local-name(), .), $content)"/>
  </xsl:template>

  <!-- A choice: the reading view shows corr, reg and expan, the diplomatic view sic, orig and abbr (chosen by type: xslt/common/interventions.xsl). -->
  <xsl:template match="choice">
    <xsl:apply-templates select="(if ($view = 'diplomatic') then te:choice-diplomatic(.) else te:choice-reading(.))/node()"/>
  </xsl:template>

  <xsl:template match="stamp">
    <xsl:variable name="content" as="item()*"><xsl:apply-templates/></xsl:variable>
    <xsl:variable name="text" select="normalize-space(tx:string($content))"/>
    <!-- An empty stamp is still a stamp: "[stamp]", not "[stamp: ]". -->
    <xsl:sequence select="if ($text = '') then '[stamp]' else tx:apply-convention('stamp', $text)"/>
  </xsl:template>
</xsl:stylesheet>
