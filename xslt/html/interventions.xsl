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

  <!--
    A choice: what the source printed and what the edition reads, each rendered once, and its title.
    The kind, the child each view shows and who is responsible are decided once per choice.
  -->
  <xsl:template match="choice">
    <xsl:variable name="kind" select="te:choice-kind(.)"/>
    <!-- An expansion that the source printed itself (the translator's "Zh[ou]") is one text in both views: written once. -->
    <xsl:variable name="same-source" select="$kind = 'abbreviation' and te:printed-expansion(expan[1])"/>
    <xsl:variable name="reading-node" select="te:choice-reading(.)"/>
    <xsl:variable name="diplomatic-node" select="if ($same-source) then expan[1] else (sic, orig, abbr, *)[1]"/>
    <xsl:variable name="resp" select="te:responsibility(($reading-node[@resp], $diplomatic-node[@resp], .)[1])"/>
    <xsl:variable name="cert" select="string(($reading-node/@cert, $diplomatic-node/@cert, @cert)[1])"/>
    <xsl:variable name="reading" as="item()*"><xsl:apply-templates select="$reading-node/node()"/></xsl:variable>
    <xsl:variable name="diplomatic" as="item()*"><xsl:apply-templates select="$diplomatic-node/node()"/></xsl:variable>
    <xsl:variable name="printed" select="te:plain($diplomatic)"/>
    <xsl:variable name="read" select="te:plain($reading)"/>
    <xsl:variable name="done" select="
      if ($kind = 'correction') then (if ($read = '') then 'deleted' else 'corrected')
      else if ($kind = 'regularisation') then 'regularised'
      else if ($kind = 'abbreviation') then 'expanded'
      else 'read'"/>
    <xsl:element name="{if (te:holds-block(.)) then 'div' else 'span'}">
      <xsl:attribute name="class" select="string-join(('choice', 'choice-' || $kind, te:resp-class($resp?kind), if ($read = '' and $kind = 'correction') then 'is-omission' else (), $cert[. ne ''] ! ('cert-' || te:token(.))), ' ')"/>
      <xsl:apply-templates select="@xml:id" mode="te:html-attributes"/>
      <xsl:attribute name="title" select="string-join((
        if ($kind = 'abbreviation') then 'Abbreviation “' || te:plain(abbr[1]) || '”, ' || $done || ' “' || $read || '”'
        else if ($kind = 'alternative') then 'Alternatives: ' || string-join(* ! ('“' || te:plain(.) || '”'), ', ')
        else 'Printed “' || $printed || '”, ' || $done || (if ($read ne '') then ' to “' || $read || '”' else ''),
        te:resp-phrase($resp?kind, $resp?label)[. ne ''],
        if ($cert ne '') then '(certainty: ' || $cert || ')' else ()), ' ')"/>
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

  <!--
    Marked stretches outside a choice, built in place: brackets and "[sic]" as v-dipl pieces. (restore
    and subst only render their content: xslt/common/interventions.xsl.)
  -->
  <xsl:template match="sic[not(parent::choice)] | supplied | unclear | gap | del | add | surplus | damage | corr[not(parent::choice)]
                       | ex | am | secl | space">
    <xsl:variable name="kind" select="if (self::ex) then 'expan-part' else local-name()"/>
    <xsl:variable name="resp" select="te:responsibility(if (self::ex) then (ancestor::expan[1], .)[1] else .)"/>
    <xsl:element name="{if (te:holds-block(.)) then 'div' else 'span'}">
      <xsl:attribute name="class" select="string-join(('marked', te:token($kind), te:resp-class($resp?kind)), ' ')"/>
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="te:html-attributes"/>
      <xsl:attribute name="title" select="string-join((
        ($te:marked-words($kind), $kind)[1],
        te:resp-phrase($resp?kind, $resp?label)[. ne ''],
        if (@reason != '') then '(' || te:code-words(string(@reason)) || ')' else (),
        if (@cert) then '(certainty: ' || @cert || ')' else ()), ' ')"/>
      <xsl:choose>
        <xsl:when test="$kind = ('supplied', 'expan-part')">
          <span class="v-dipl bracket" aria-hidden="true">[</span><xsl:apply-templates/><span class="v-dipl bracket" aria-hidden="true">]</span>
        </xsl:when>
        <xsl:when test="$kind = 'sic'">
          <!-- The translator's or author's [sic] is printed in the source; an editor's is our comment, shown in both views. -->
          <xsl:apply-templates/>
          <span class="{if ($resp?kind = ('translator', 'author')) then 'v-dipl ' else ''}sic-mark"> [sic]</span>
        </xsl:when>
        <xsl:when test="$kind = 'gap'">
          <span class="gap-mark">[…]</span>
        </xsl:when>
        <xsl:when test="$kind = 'space'">
          <span class="space-mark" aria-hidden="true">␣</span>
        </xsl:when>
        <xsl:when test="$kind = 'del'"><del class="v-dipl"><xsl:apply-templates/></del></xsl:when>
        <xsl:when test="$kind = ('surplus', 'secl')">
          <span class="v-dipl"><span class="bracket" aria-hidden="true">{</span><xsl:apply-templates/><span class="bracket" aria-hidden="true">}</span></span>
        </xsl:when>
        <xsl:when test="$kind = 'am'"><span class="v-dipl"><xsl:apply-templates/></span></xsl:when>
        <xsl:when test="$kind = 'add'"><ins><xsl:apply-templates/></ins></xsl:when>
        <xsl:when test="$kind = 'unclear'"><xsl:apply-templates/><span class="unclear-mark" aria-hidden="true">?</span></xsl:when>
        <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
      </xsl:choose>
    </xsl:element>
  </xsl:template>
</xsl:stylesheet>
