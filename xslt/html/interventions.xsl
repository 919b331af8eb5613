<?xml version="1.0" encoding="UTF-8"?>
<!--
  Interventions in both views at once. A choice writes the printed text as
  <del class="v-dipl"> and the edited text as <ins class="v-read">, and its
  title says what was printed, what was made of it, by whom (translator or
  editors, from @resp) and how certain; the stylesheet shows one of the two.
  With scripts and styles off, both are there, marked up as a deletion and an
  insertion. Marked stretches (sic, supplied, gap…) carry their brackets and
  "[sic]" as v-dipl pieces: the diplomatic view shows the text as printed.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- "by the translator (Jerzy Giebułtowski)", "by the editors (the tei-edition project)"… -->
  <xsl:function name="te:resp-phrase" as="xs:string">
    <xsl:param name="resp-kind" as="xs:string"/>
    <xsl:param name="resp-label" as="xs:string"/>
    <xsl:sequence select="string-join((
      if ($resp-kind = 'translator') then 'by the translator'
      else if ($resp-kind = 'editor') then 'by the editors'
      else if ($resp-kind = 'author') then 'by the author'
      else if ($resp-label ne '') then 'by'
      else (),
      if ($resp-label ne '') then (if ($resp-kind = ('translator', 'editor', 'author')) then '(' || $resp-label || ')' else $resp-label) else ()), ' ')"/>
  </xsl:function>

  <xsl:function name="te:resp-class" as="xs:string">
    <xsl:param name="resp-kind" as="xs:string"/>
    <xsl:sequence select="'resp-' || ($resp-kind[. ne ''], 'none')[1]"/>
  </xsl:function>

  <xsl:function name="te:plain" as="xs:string">
    <xsl:param name="content" as="item()*"/>
    <xsl:sequence select="normalize-space(string-join($content ! string(.), ''))"/>
  </xsl:function>

  <xsl:template name="te:alternatives">
    <xsl:param name="node" as="element()"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="reading" as="item()*"/>
    <xsl:param name="diplomatic" as="item()*"/>
    <xsl:param name="resp-kind" as="xs:string"/>
    <xsl:param name="resp-label" as="xs:string"/>
    <xsl:param name="cert" as="xs:string"/>
    <xsl:variable name="printed" select="te:plain($diplomatic)"/>
    <xsl:variable name="read" select="te:plain($reading)"/>
    <!-- An expansion that the source printed itself (the translator's "Zh[ou]") is one text in both views: written once. -->
    <xsl:variable name="same-source" select="$kind = 'abbreviation' and $node/expan[1] and te:printed-expansion($node/expan[1])"/>
    <xsl:variable name="done" select="
      if ($kind = 'correction') then (if ($read = '') then 'deleted' else 'corrected')
      else if ($kind = 'regularisation') then 'regularised'
      else if ($kind = 'abbreviation') then 'expanded'
      else 'read'"/>
    <xsl:variable name="title" select="string-join((
      if ($kind = 'abbreviation') then 'Abbreviation “' || te:plain($node/abbr[1]) || '”, ' || $done || ' “' || $read || '”'
      else if ($kind = 'alternative') then 'Alternatives: ' || string-join($node/* ! ('“' || te:plain(.) || '”'), ', ')
      else 'Printed “' || $printed || '”, ' || $done || (if ($read ne '') then ' to “' || $read || '”' else ''),
      te:resp-phrase($resp-kind, $resp-label)[. ne ''],
      if ($cert ne '') then '(certainty: ' || $cert || ')' else ()), ' ')"/>
    <xsl:element name="{te:wrapper(($reading, $diplomatic), 'span')}">
      <xsl:attribute name="class" select="string-join(('choice', 'choice-' || $kind, te:resp-class($resp-kind), if ($read = '' and $kind = 'correction') then 'is-omission' else (), $cert[. ne ''] ! ('cert-' || te:token(.))), ' ')"/>
      <xsl:sequence select="te:id-attribute($node)"/>
      <xsl:attribute name="title" select="$title"/>
      <xsl:choose>
        <xsl:when test="$same-source or $printed = $read and $kind = 'abbreviation'">
          <xsl:sequence select="$reading"/>
        </xsl:when>
        <xsl:otherwise>
          <del class="v-dipl"><xsl:sequence select="$diplomatic"/></del>
          <ins class="v-read">
            <xsl:sequence select="$reading"/>
            <!-- A plain caret, which every font has (the editorial sign ⸆, U+2E06, shows as an empty box in common fonts), labelled on hover and for screen readers. -->
            <xsl:if test="$read = '' and $kind = 'correction'"><span class="omission-mark" aria-hidden="true" title="“{$printed}” deleted">^</span><span class="visually-hidden">(“<xsl:value-of select="$printed"/>” deleted)</span></xsl:if>
          </ins>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:element>
  </xsl:template>

  <!-- What each kind of marked stretch is called in its title (built once, not at every call). -->
  <xsl:variable name="te:marked-words" as="map(xs:string, xs:string)" select="map {
    'sic': 'Marked [sic]', 'supplied': 'Supplied', 'expan-part': 'Expanded', 'unclear': 'Unclear', 'gap': 'Omitted',
    'del': 'Deleted in the source', 'add': 'Added in the source', 'surplus': 'Superfluous', 'damage': 'Damaged',
    'corr': 'Corrected', 'am': 'Abbreviation mark', 'secl': 'Secluded', 'restore': 'Restored', 'space': 'Space left blank' }"/>

  <xsl:template name="te:marked">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="node" as="element()"/>
    <xsl:param name="resp-kind" as="xs:string"/>
    <xsl:param name="resp-label" as="xs:string"/>
    <xsl:param name="reason" as="xs:string"/>
    <xsl:param name="content" as="item()*"/>
    <xsl:variable name="title" select="string-join((
      ($te:marked-words($kind), $kind)[1],
      te:resp-phrase($resp-kind, $resp-label)[. ne ''],
      if ($reason ne '') then '(' || te:code-words($reason) || ')' else (),
      if ($node/@cert) then '(certainty: ' || $node/@cert || ')' else ()), ' ')"/>
    <xsl:element name="{te:wrapper($content, 'span')}">
      <xsl:attribute name="class" select="string-join(('marked', te:token($kind), te:resp-class($resp-kind)), ' ')"/>
      <xsl:sequence select="te:id-attribute($node), te:lang-attributes($node)"/>
      <xsl:attribute name="title" select="$title"/>
      <xsl:choose>
        <xsl:when test="$kind = ('supplied', 'expan-part')">
          <span class="v-dipl bracket" aria-hidden="true">[</span><xsl:sequence select="$content"/><span class="v-dipl bracket" aria-hidden="true">]</span>
        </xsl:when>
        <xsl:when test="$kind = 'sic'">
          <!-- The translator's or author's [sic] is printed in the source; an editor's is our comment, shown in both views. -->
          <xsl:sequence select="$content"/>
          <span class="{if ($resp-kind = ('translator', 'author')) then 'v-dipl ' else ''}sic-mark"> [sic]</span>
        </xsl:when>
        <xsl:when test="$kind = 'gap'">
          <span class="gap-mark">[…]</span>
        </xsl:when>
        <xsl:when test="$kind = 'space'">
          <span class="space-mark" aria-hidden="true">␣</span>
        </xsl:when>
        <xsl:when test="$kind = 'del'"><del class="v-dipl"><xsl:sequence select="$content"/></del></xsl:when>
        <xsl:when test="$kind = ('surplus', 'secl')">
          <span class="v-dipl"><span class="bracket" aria-hidden="true">{</span><xsl:sequence select="$content"/><span class="bracket" aria-hidden="true">}</span></span>
        </xsl:when>
        <xsl:when test="$kind = 'am'"><span class="v-dipl"><xsl:sequence select="$content"/></span></xsl:when>
        <xsl:when test="$kind = 'add'"><ins><xsl:sequence select="$content"/></ins></xsl:when>
        <xsl:when test="$kind = 'unclear'"><xsl:sequence select="$content"/><span class="unclear-mark" aria-hidden="true">?</span></xsl:when>
        <xsl:otherwise><xsl:sequence select="$content"/></xsl:otherwise>
      </xsl:choose>
    </xsl:element>
  </xsl:template>
</xsl:stylesheet>
