<?xml version="1.0" encoding="UTF-8"?>
<!--
  The indexes of persons, places and organisations, from the lists in the
  header: each entry with its other names (in their own language and
  script), dates, role or type, occupation and note, its authority links
  (Wikidata, VIAF, GeoNames…), and a link to every occurrence in the text,
  labelled by the paragraph (or other citable unit) it stands in. The entry's
  id is its xml:id, so "#zhou-enlai" opens it.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:variable name="te:index-kinds" as="array(xs:string)*"
    select="(['person', 'Persons'], ['place', 'Places'], ['org', 'Organisations'], ['event', 'Events'])"/>

  <xsl:function name="te:has-index" as="xs:boolean">
    <xsl:param name="tei" as="element()?"/>
    <xsl:sequence select="some $k in $te:index-kinds satisfies exists(te:index-entries($tei, $k(1)))"/>
  </xsl:function>

  <!--
    How an occurrence link reads: the kind and number of the place it stands in, in words a reader
    knows ("¶ 5", "note 3", "signature", "distribution list", "list item 2"), never a bare element
    name. A note without a number (an author's inline remark) is part of its paragraph, so the
    paragraph names the place.
  -->
  <xsl:function name="te:occurrence-label" as="xs:string">
    <xsl:param name="name" as="element()"/>
    <xsl:variable name="block" select="$name/ancestor::*[self::p or self::ab or self::head or self::l or self::item or self::list or self::opener
                                        or self::closer or self::dateline or self::note[te:note-number(.) gt 0] or self::cell or self::sp
                                        or self::stage or self::trailer or self::div][1]"/>
    <xsl:variable name="id" select="string($block/@xml:id)"/>
    <xsl:sequence select="
      if (empty($block)) then 'text'
      else if ($block/self::note) then 'note ' || te:note-number($block)
      else if (matches($id, '^p[0-9]+$')) then '¶ ' || substring($id, 2)
      else if ($block/self::p or $block/self::ab) then '¶ ' || te:block-number($block)
      else if ($block/self::head) then (if ($block/parent::body or $block/parent::front) then 'title' else 'heading of ' || te:occurrence-label-of($block/parent::*))
      else if ($block/(self::item | self::list)) then te:list-label($block)
      else if ($block/self::l) then 'line ' || (count($block/preceding::l) + 1)
      else if ($block/self::closer) then (if ($block/signed) then 'signature' else 'closing lines')
      else if ($block/self::opener) then 'opening lines'
      else if ($block/self::dateline) then 'place and date'
      else if ($block/self::cell) then 'table'
      else if ($block/self::sp) then 'speech'
      else if ($block/self::stage) then 'stage direction'
      else if ($block/self::trailer) then 'closing words'
      else 'text'"/>
  </xsl:function>

  <!-- The label of a part that holds a heading: its type in words ("chapter 2"), else "section". -->
  <xsl:function name="te:occurrence-label-of" as="xs:string">
    <xsl:param name="part" as="element()?"/>
    <xsl:sequence select="string-join(((te:code-words($part/@type)[. ne ''], 'section')[1], $part/@n), ' ')"/>
  </xsl:function>

  <!-- A paragraph's number among the paragraphs of the text, for paragraphs without a pN id. -->
  <xsl:function name="te:block-number" as="xs:integer">
    <xsl:param name="block" as="element()"/>
    <xsl:sequence select="count($block/preceding::*[self::p or self::ab][ancestor::text]) + 1"/>
  </xsl:function>

  <!-- A list, or an item of one: "distribution list" for a typed list, else "list item N". -->
  <xsl:function name="te:list-label" as="xs:string">
    <xsl:param name="block" as="element()"/>
    <xsl:variable name="list" select="$block/ancestor-or-self::list[1]"/>
    <xsl:sequence select="
      if ($list/@type) then te:code-words($list/@type) || ' list'
      else if ($block/self::item) then 'list item ' || (count($block/preceding-sibling::item) + 1)
      else 'list'"/>
  </xsl:function>

  <!-- The year of a dated element (birth, death…), from its first normalised date attribute. -->
  <xsl:function name="te:year-of" as="xs:string?">
    <xsl:param name="dated" as="element()?"/>
    <xsl:sequence select="($dated/(@when, @notBefore, @from, @notAfter, @to) ! replace(., '^(-?[0-9]{4}).*$', '$1'))[1]"/>
  </xsl:function>

  <!-- "(1898–1976)" from birth and death (or floruit) dates, '' when the entry gives none. -->
  <xsl:function name="te:life-dates" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="born" select="te:year-of($entry/birth[1])"/>
    <xsl:variable name="died" select="te:year-of($entry/death[1])"/>
    <xsl:sequence select="if ($born or $died) then '(' || ($born, '?')[1] || '–' || ($died, '')[1] || ')' else ''"/>
  </xsl:function>

  <!-- A camelCase or hyphenated code (role="archivalResearcher") in words. -->
  <xsl:function name="te:code-words" as="xs:string">
    <xsl:param name="code" as="xs:string?"/>
    <xsl:sequence select="lower-case(replace(replace(normalize-space($code), '([a-z])([A-Z])', '$1 $2'), '[_-]+', ' '))"/>
  </xsl:function>

  <!-- The position of $node in $nodes (by identity). -->
  <xsl:function name="te:index-of-node" as="xs:integer">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="(for $i in 1 to count($nodes) return $i[$nodes[$i] is $node])[1]"/>
  </xsl:function>

  <!-- "2nd", "3rd", "4th"… for small counts. -->
  <xsl:function name="te:ordinal" as="xs:string">
    <xsl:param name="n" as="xs:integer"/>
    <xsl:sequence select="$n || (if ($n mod 100 = (11, 12, 13)) then 'th' else if ($n mod 10 = 1) then 'st' else if ($n mod 10 = 2) then 'nd' else if ($n mod 10 = 3) then 'rd' else 'th')"/>
  </xsl:function>

  <!--
    The whole index panel of the page, or nothing. A stable hook for project stylesheets,
    without parameters so that an override declares none: an empty template leaves the panel
    out, and its link in the page's menu with it (docs/customising.md).
  -->
  <xsl:template name="te:index-panel">
    <xsl:call-template name="te:index-section"><xsl:with-param name="tei" select="$te:tei"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="te:index-section">
    <xsl:param name="tei" as="element()?"/>
    <xsl:if test="te:has-index($tei)">
      <section id="te-index" class="index" aria-labelledby="te-index-heading">
        <h2 id="te-index-heading">Index</h2>
        <xsl:for-each select="$te:index-kinds">
          <xsl:variable name="kind" select="?1"/>
          <xsl:variable name="entries" select="te:index-entries($tei, $kind)"/>
          <xsl:if test="exists($entries)">
            <section class="index-part index-{$kind}" aria-labelledby="te-index-{$kind}">
              <h3 id="te-index-{$kind}"><xsl:value-of select="?2"/></h3>
              <ul class="index-list">
                <xsl:for-each select="$entries">
                  <xsl:call-template name="te:index-entry"><xsl:with-param name="kind" select="$kind"/></xsl:call-template>
                </xsl:for-each>
              </ul>
            </section>
          </xsl:if>
        </xsl:for-each>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="te:index-entry">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:variable name="entry" select="."/>
    <xsl:variable name="label" select="te:entity-label(.)"/>
    <xsl:variable name="occurrences" select="te:occurrences(.)"/>
    <xsl:variable name="role" select="te:code-words((@role, if ($kind = 'place' or $kind = 'org') then @type else ())[1])"/>
    <!-- An event's span, "(1950–1953)", from its own dates. -->
    <xsl:variable name="span" select="if ($kind = 'event') then string-join(distinct-values((@from, @when, @notBefore, @to, @notAfter) ! replace(., '^(-?[0-9]{4}).*$', '$1')), '–') else ''"/>
    <li id="{@xml:id}" class="index-entry index-entry-{$kind}">
      <p class="entry-head">
        <span class="entry-name"><xsl:value-of select="$label"/></span>
        <xsl:for-each select="te:other-names(.)">
          <xsl:text> </xsl:text>
          <span class="entry-alt">
            <xsl:sequence select="te:lang-attributes(.)"/>
            <xsl:value-of select="normalize-space(te:name-text(.))"/>
          </span>
        </xsl:for-each>
        <xsl:variable name="dates" select="if ($span ne '') then '(' || $span || ')' else te:life-dates(.)"/>
        <xsl:if test="$dates ne ''"><xsl:text> </xsl:text><span class="entry-dates"><xsl:value-of select="$dates"/></span></xsl:if>
        <xsl:if test="$role ne ''"><xsl:text> </xsl:text><span class="entry-role"><xsl:value-of select="$role"/></span></xsl:if>
      </p>
      <xsl:for-each select="occupation | roleName[not(parent::persName)] | state/label | desc">
        <p class="entry-occupation"><xsl:apply-templates/></p>
      </xsl:for-each>
      <xsl:for-each select="note">
        <div class="entry-note"><xsl:apply-templates/></div>
      </xsl:for-each>
      <xsl:variable name="authorities" select="te:authority-links(.)"/>
      <xsl:if test="exists($authorities)">
        <p class="entry-authorities">
          <xsl:for-each select="$authorities">
            <xsl:if test="position() gt 1"><xsl:text> · </xsl:text></xsl:if>
            <a href="{?url}" rel="noopener noreferrer"><xsl:value-of select="?label"/></a>
          </xsl:for-each>
        </p>
      </xsl:if>
      <p class="entry-occurrences">
        <xsl:choose>
          <xsl:when test="exists($occurrences)">
            <span class="entry-count"><xsl:value-of select="count($occurrences)"/> in the text:</span>
            <!--
              One label a place: further mentions in the same place follow it as "2nd", "3rd" in
              parentheses, so that "¶ 16 (2nd, 3rd)" reads as three mentions, not three paragraphs.
            -->
            <xsl:variable name="total" select="count($occurrences)"/>
            <xsl:for-each-group select="$occurrences" group-adjacent="te:occurrence-label(.)">
              <xsl:variable name="place" select="current-grouping-key()"/>
              <xsl:if test="position() gt 1"><xsl:text>,</xsl:text></xsl:if>
              <xsl:text> </xsl:text>
              <xsl:for-each select="current-group()">
                <xsl:variable name="n" select="te:index-of-node($occurrences, .)"/>
                <xsl:variable name="aria" select="$label || ', mention ' || $n || ' of ' || $total || ', ' || $place || (if (position() gt 1) then ', ' || te:ordinal(position()) || ' mention there' else '')"/>
                <xsl:choose>
                  <xsl:when test="position() = 1">
                    <a class="occurrence" href="#{te:occurrence-id(.)}" aria-label="{$aria}"><xsl:value-of select="$place"/></a>
                  </xsl:when>
                  <xsl:otherwise>
                    <xsl:value-of select="if (position() = 2) then ' (' else ', '"/>
                    <a class="occurrence occurrence-again" href="#{te:occurrence-id(.)}" aria-label="{$aria}"><xsl:value-of select="te:ordinal(position())"/></a>
                    <xsl:if test="position() = last()"><xsl:text>)</xsl:text></xsl:if>
                  </xsl:otherwise>
                </xsl:choose>
              </xsl:for-each>
            </xsl:for-each-group>
          </xsl:when>
          <xsl:otherwise><span class="entry-count">Named in the header only.</span></xsl:otherwise>
        </xsl:choose>
      </p>
    </li>
  </xsl:template>
</xsl:stylesheet>
