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
    select="(['person', 'Persons'], ['place', 'Places'], ['org', 'Organisations'])"/>

  <xsl:function name="te:has-index" as="xs:boolean">
    <xsl:param name="tei" as="element()?"/>
    <xsl:sequence select="some $k in $te:index-kinds satisfies exists(te:index-entries($tei, $k(1)))"/>
  </xsl:function>

  <!-- How an occurrence link reads: "¶5" for paragraph p5, else the unit's id, else what kind of place it stands in ("closer", "note 3"…). -->
  <xsl:function name="te:occurrence-label" as="xs:string">
    <xsl:param name="name" as="element()"/>
    <xsl:variable name="unit" select="te:citable-unit($name)"/>
    <xsl:variable name="id" select="string($unit/@xml:id)"/>
    <xsl:variable name="block" select="$name/ancestor::*[self::p or self::ab or self::head or self::l or self::item or self::opener or self::closer
                                        or self::dateline or self::note or self::cell or self::sp or self::stage or self::trailer][1]"/>
    <xsl:sequence select="
      if ($block/self::note) then 'note ' || te:note-number($block)
      else if (matches($id, '^p[0-9]+$')) then '¶' || substring($id, 2)
      else if ($id ne '' and $unit is $block) then $id
      else if ($block/self::head) then 'heading'
      else if ($block/self::item) then 'list'
      else if ($block/self::l) then 'verse'
      else if ($block) then te:code-words(local-name($block))
      else if ($id ne '') then $id
      else string(te:occurrence-number($name))"/>
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
        <xsl:variable name="dates" select="te:life-dates(.)"/>
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
            <xsl:for-each select="$occurrences">
              <xsl:text> </xsl:text>
              <a class="occurrence" href="#{te:occurrence-id(.)}" aria-label="{$label}, occurrence {position()} of {count($occurrences)}, {te:occurrence-label(.)}"><xsl:value-of select="te:occurrence-label(.)"/></a>
            </xsl:for-each>
          </xsl:when>
          <xsl:otherwise><span class="entry-count">Named in the header only.</span></xsl:otherwise>
        </xsl:choose>
      </p>
    </li>
  </xsl:template>
</xsl:stylesheet>
