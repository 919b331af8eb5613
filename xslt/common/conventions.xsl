<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editorial conventions, read off the source: which convention an element of
  the text shows (a correction by the translator, a supplied word, a page
  break, a name of a person…), so that a format's legend lists the
  conventions a document uses without reading its rendered output. Also the
  elements that a format renders in the running text and in the notes, in the
  order a reader meets them.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:te="urn:x-tei-edition"
  xmlns:egx="http://www.tei-c.org/ns/Examples"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- The elements whose content is never rendered in the running text where they stand. -->
  <xsl:function name="te:hides-content" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="exists($element[self::note[not(te:is-remark(.))] or self::eg or self::egx:egXML or self::witDetail or self::wit or self::listApp or self::listWit or self::gap or self::space
                          or self::fw[@type = ('catch', 'sig')] or self::milestone or self::anchor or self::gb or self::index])"/>
  </xsl:function>

  <!--
    The elements of $root's content rendered in place, in the order of the rendering, not descending into what
    hides its content: an apparatus entry renders its base reading, a choice what the source printed, then
    what the edition reads (once when they are the same element).
  -->
  <xsl:function name="te:rendered-elements" as="element()*">
    <xsl:param name="root" as="element()*"/>
    <xsl:for-each select="$root/*">
      <xsl:sequence select="."/>
      <xsl:choose>
        <xsl:when test="te:hides-content(.)"/>
        <xsl:when test="self::app"><xsl:sequence select="te:rendered-elements(te:app-in-text(.))"/></xsl:when>
        <xsl:when test="self::choice">
          <xsl:variable name="diplomatic" select="te:choice-diplomatic(.)"/>
          <xsl:sequence select="te:rendered-elements(($diplomatic, te:choice-reading(.)[not(. is $diplomatic)]))"/>
        </xsl:when>
        <xsl:otherwise><xsl:sequence select="te:rendered-elements(.)"/></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:function>

  <!-- The elements of the running text, in order (footnotes are there as anchors, their content is not). -->
  <xsl:variable name="te:text-elements" as="element()*" select="te:rendered-elements($te:tei/text)"/>

  <!-- The elements of the footnotes' bodies, note after note. -->
  <xsl:variable name="te:note-elements" as="element()*" select="$te:footnotes ! te:rendered-elements(.)"/>

  <!-- The elements of the apparatus entries, entry after entry: the readings (the base one again), then the witness details and notes. -->
  <xsl:variable name="te:apparatus-elements" as="element()*"
    select="$te:apps ! (te:app-readings(.)[not(?empty)] ! te:rendered-elements(?node), (.//witDetail, wit, note) ! te:rendered-elements(.))"/>

  <!-- Whose intervention it is, for the legend: translator | editor | author, or ''. -->
  <xsl:function name="te:convention-resp-kind" as="xs:string">
    <xsl:param name="node" as="element()"/>
    <xsl:variable name="kind" select="te:resp-kind($node)"/>
    <xsl:sequence select="if ($kind = ('translator', 'editor', 'author')) then $kind else ''"/>
  </xsl:function>

  <!--
    The convention an element shows and whose it is: (key, resp), or () for none. Keys: correction, omission,
    regularisation, abbreviation, alternative (choice); sic, supplied, unclear, gap, del, add, surplus, damage,
    corr, space, ex, am, secl (marked stretches); remark, note-ref, app-ref, speech-direct, speech-reported,
    name-person, name-place, name-org, name-event, name-object, name-other, stamp, archival-mark,
    tei-pagebreak, tei-columnbreak, link-removed, tei-unknown.
  -->
  <xsl:mode name="te:convention" on-no-match="deep-skip"/>

  <xsl:template mode="te:convention" match="choice" as="xs:string*">
    <xsl:variable name="kind" select="te:choice-kind(.)"/>
    <xsl:variable name="reading" select="te:choice-reading(.)"/>
    <xsl:variable name="responsible" select="($reading[@resp], te:choice-diplomatic(.)[@resp], .)[1]"/>
    <xsl:sequence select="if ($kind = 'correction' and normalize-space($reading) = '' and empty($reading/*)) then 'omission' else $kind, te:convention-resp-kind($responsible)"/>
  </xsl:template>

  <xsl:template mode="te:convention" match="sic[not(parent::choice)] | supplied | unclear | gap | del | add | surplus | damage | corr[not(parent::choice)]
                       | ex | am | secl | space" as="xs:string*">
    <xsl:sequence select="if (self::ex) then 'abbreviation' else local-name(), te:convention-resp-kind(if (self::ex) then (ancestor::expan[1], .)[1] else .)"/>
  </xsl:template>

  <xsl:template mode="te:convention" match="note" as="xs:string*">
    <xsl:sequence select="if (te:is-remark(.)) then ('remark', '') else if (te:note-number(.) gt 0) then ('note-ref', '') else ()"/>
  </xsl:template>

  <xsl:template mode="te:convention" match="app" as="xs:string*">
    <xsl:sequence select="if (te:app-number(.) gt 0) then ('app-ref', '') else ()"/>
  </xsl:template>

  <xsl:template mode="te:convention" match="said | q[@who] | u" as="xs:string*">
    <xsl:sequence select="if (@direct = 'false') then 'speech-reported' else 'speech-direct', ''"/>
  </xsl:template>

  <xsl:template mode="te:convention" match="persName | placeName | orgName | geogName | rs | name[not(ancestor::teiHeader)]" as="xs:string*">
    <xsl:sequence select="'name-' || te:name-kind(.), ''"/>
  </xsl:template>

  <xsl:template mode="te:convention" match="stamp" as="xs:string*"><xsl:sequence select="'stamp', ''"/></xsl:template>
  <xsl:template mode="te:convention" match="idno[not(ancestor::teiHeader)]" as="xs:string*"><xsl:sequence select="'archival-mark', ''"/></xsl:template>
  <xsl:template mode="te:convention" match="pb" as="xs:string*"><xsl:sequence select="'tei-pagebreak', ''"/></xsl:template>
  <xsl:template mode="te:convention" match="cb" as="xs:string*"><xsl:sequence select="'tei-columnbreak', ''"/></xsl:template>

  <xsl:template mode="te:convention" match="ref | ptr" as="xs:string*">
    <xsl:variable name="target" select="(tokenize(normalize-space(@target), ' '))[1]"/>
    <xsl:variable name="internal" select="starts-with($target, '#') and exists(te:target($target, .))"/>
    <xsl:sequence select="if (not($internal) and te:link-href(string(@target), $target) eq '') then ('link-removed', '') else ()"/>
  </xsl:template>

  <!-- Elements with a rule of their own show no convention; elements without one are "other markup". -->
  <xsl:template mode="te:convention" match="*" priority="-10" as="xs:string*">
    <xsl:sequence select="if (te:has-rule(.)) then () else ('tei-unknown', '')"/>
  </xsl:template>
</xsl:stylesheet>
