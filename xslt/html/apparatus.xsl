<?xml version="1.0" encoding="UTF-8"?>
<!--
  The critical apparatus: the lemma stands in the text (in parallel
  segmentation), followed by a lettered reference (letters, so that
  apparatus entries are never mistaken for footnotes); the reference shows
  its entry in the notes' popover on hover and focus (edition.js) and,
  without scripts, leads to it. The apparatus lists the witnesses with their
  sigla, then each entry as "location lemma ] A B   reading C (type;
  cause); reading D", each siglum a link to its witness in the list, and a
  link back to the text.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- 1 → a, 26 → z, 27 → aa… -->
  <xsl:function name="te:letters" as="xs:string">
    <xsl:param name="n" as="xs:integer"/>
    <xsl:sequence select="if ($n le 0) then '' else te:letters(($n - 1) idiv 26) || codepoints-to-string(97 + ($n - 1) mod 26)"/>
  </xsl:function>

  <xsl:template name="te:apparatus">
    <xsl:param name="node" as="element()"/>
    <xsl:param name="number" as="xs:integer"/>
    <xsl:param name="lemma" as="item()*"/>
    <xsl:element name="{te:wrapper($lemma, 'span')}">
      <xsl:attribute name="class" select="'app'"/>
      <xsl:sequence select="te:id-attribute($node)"/>
      <xsl:if test="exists($lemma)">
        <xsl:element name="{te:wrapper($lemma, 'span')}"><xsl:attribute name="class" select="'app-lemma'"/><xsl:sequence select="$lemma"/></xsl:element>
      </xsl:if>
      <xsl:if test="$number gt 0">
        <a class="app-ref" id="te-appref-{$number}" href="#te-app-{$number}" aria-label="Apparatus entry {te:letters($number)}" data-note="te-app-{$number}"><sup><xsl:value-of select="te:letters($number)"/></sup></a>
      </xsl:if>
    </xsl:element>
  </xsl:template>

  <!-- Sigla, each naming its witness on hover and linking to it in the list of witnesses (a siglum that resolves nowhere stays as written). -->
  <xsl:template name="te:sigla">
    <xsl:param name="reading" as="map(*)"/>
    <xsl:for-each select="$reading?witnesses">
      <xsl:variable name="i" select="position()"/>
      <xsl:variable name="witness" select="te:target(., $reading?node)[self::witness][@xml:id]"/>
      <xsl:variable name="description" select="te:witness-description(., $reading?node)"/>
      <xsl:text> </xsl:text>
      <xsl:element name="{if (exists($witness)) then 'a' else 'span'}">
        <xsl:attribute name="class" select="'siglum'"/>
        <xsl:if test="exists($witness)"><xsl:attribute name="href" select="'#' || te:witness-anchor($witness)"/></xsl:if>
        <xsl:if test="$description ne ''"><xsl:attribute name="title" select="$description"/></xsl:if>
        <xsl:value-of select="$reading?sigla[$i]"/>
      </xsl:element>
    </xsl:for-each>
  </xsl:template>

  <!-- A reading's type and cause, each a class of the reading and a label in words. -->
  <xsl:template name="te:reading-kind">
    <xsl:param name="reading" as="map(*)"/>
    <xsl:variable name="labels" select="te:reading-kinds($reading)"/>
    <xsl:if test="exists($labels)">
      <xsl:text> </xsl:text>
      <span class="app-kind">(<xsl:for-each select="$labels">
          <xsl:if test="position() gt 1"><xsl:text>; </xsl:text></xsl:if>
          <span class="{if (starts-with(., 'cause: ')) then 'app-cause' else 'app-type'}"><xsl:value-of select="."/></span>
        </xsl:for-each>)</span>
    </xsl:if>
  </xsl:template>

  <xsl:template name="te:apparatus-section">
    <xsl:if test="exists($te:apps)">
      <section id="te-apparatus" class="apparatus" aria-labelledby="te-apparatus-heading">
        <h2 id="te-apparatus-heading">Critical apparatus</h2>
        <xsl:if test="exists($te:witnesses)">
          <h3 id="te-witnesses-heading" class="witnesses-heading">Witnesses</h3>
          <dl class="witnesses">
            <xsl:for-each select="$te:witnesses">
              <dt id="{te:witness-anchor(.)}"><xsl:value-of select="te:witness-sigla('#' || @xml:id, .)"/></dt>
              <dd><xsl:value-of select="(te:witness-description('#' || @xml:id, .)[. ne ''], string(@xml:id))[1]"/></dd>
            </xsl:for-each>
          </dl>
        </xsl:if>
        <xsl:if test="exists($te:witnesses)"><h3 class="app-list-heading">Entries</h3></xsl:if>
        <ol class="app-list">
          <xsl:for-each select="$te:apps">
            <xsl:variable name="number" select="te:app-number(.)"/>
            <xsl:variable name="base" select="te:app-base(.)"/>
            <xsl:variable name="method" select="te:app-method(.)"/>
            <li id="te-app-{$number}" class="app-entry app-{$method}">
              <span class="app-number"><xsl:value-of select="te:letters($number)"/></span>
              <xsl:text> </xsl:text>
              <xsl:variable name="loc" select="te:app-loc(.)"/>
              <xsl:if test="$loc ne ''">
                <xsl:variable name="place" select="te:app-loc-target(.)"/>
                <xsl:element name="{if (exists($place)) then 'a' else 'span'}">
                  <xsl:attribute name="class" select="'app-loc'"/>
                  <xsl:if test="exists($place)"><xsl:attribute name="href" select="'#' || $place/@xml:id"/></xsl:if>
                  <xsl:value-of select="$loc"/>
                </xsl:element>
                <xsl:text> </xsl:text>
              </xsl:if>
              <!-- Double end-point without lem: the lemma is the base text between the two points. -->
              <xsl:variable name="span" select="if (empty($base) and $method eq 'double-end-point') then te:app-span-text(.) else ''"/>
              <xsl:if test="$span ne ''">
                <span class="app-reading app-lem"><span class="app-text"><xsl:value-of select="$span"/></span><span class="app-bracket" aria-hidden="true"> ]</span></span>
                <xsl:text> </xsl:text>
              </xsl:if>
              <xsl:for-each select="te:app-readings(.)">
                <xsl:variable name="is-base" select="?node is $base"/>
                <span class="app-reading app-{?kind}{if (?type ne '') then ' app-type-' || te:token(?type) else ''}{if (?cause ne '') then ' app-cause-' || te:token(?cause) else ''}">
                  <span class="app-text">
                    <xsl:choose>
                      <xsl:when test="?empty"><em class="app-om" title="omitted">om.</em></xsl:when>
                      <!-- The base reading already stands in the text: here it is a copy, without ids or links. -->
                      <xsl:when test="$is-base"><xsl:sequence select="te:sample(te:render(?node/node()))"/></xsl:when>
                      <xsl:otherwise><xsl:apply-templates select="?node/node()"/></xsl:otherwise>
                    </xsl:choose>
                  </span>
                  <xsl:if test="$is-base"><span class="app-bracket" aria-hidden="true"> ]</span></xsl:if>
                  <xsl:call-template name="te:sigla"><xsl:with-param name="reading" select="."/></xsl:call-template>
                  <xsl:call-template name="te:reading-kind"><xsl:with-param name="reading" select="."/></xsl:call-template>
                </span>
                <xsl:if test="position() ne last() and not($is-base)"><xsl:text>; </xsl:text></xsl:if>
                <xsl:if test="$is-base"><xsl:text> </xsl:text></xsl:if>
              </xsl:for-each>
              <xsl:for-each select="(.//witDetail, wit, note)">
                <xsl:text> </xsl:text><span class="app-note"><xsl:apply-templates/></span>
              </xsl:for-each>
              <xsl:text> </xsl:text>
              <a class="app-back" href="#te-appref-{$number}" aria-label="Back to apparatus reference {te:letters($number)}">↩</a>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
