<?xml version="1.0" encoding="UTF-8"?>
<!--
  The critical apparatus: the lemma stands in the text, followed by a
  lettered reference (letters, so that apparatus entries are never mistaken
  for footnotes); the apparatus lists each entry as
  "lemma ] A B   reading C; reading D", with the sigla of listWit, each
  siglum naming its witness on hover, and a link back to the text.
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
      <xsl:element name="{te:wrapper($lemma, 'span')}"><xsl:attribute name="class" select="'app-lemma'"/><xsl:sequence select="$lemma"/></xsl:element>
      <xsl:if test="$number gt 0">
        <a class="app-ref" id="te-appref-{$number}" href="#te-app-{$number}" aria-label="Apparatus entry {te:letters($number)}"><sup><xsl:value-of select="te:letters($number)"/></sup></a>
      </xsl:if>
    </xsl:element>
  </xsl:template>

  <!-- Sigla, each naming its witness on hover. -->
  <xsl:template name="te:sigla">
    <xsl:param name="reading" as="map(*)"/>
    <xsl:for-each select="$reading?witnesses">
      <xsl:variable name="i" select="position()"/>
      <xsl:variable name="description" select="te:witness-description(., $reading?node)"/>
      <xsl:text> </xsl:text>
      <span class="siglum">
        <xsl:if test="$description ne ''"><xsl:attribute name="title" select="$description"/></xsl:if>
        <xsl:value-of select="$reading?sigla[$i]"/>
      </span>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="te:apparatus-section">
    <xsl:if test="exists($te:apps)">
      <section id="te-apparatus" class="apparatus" aria-labelledby="te-apparatus-heading">
        <h2 id="te-apparatus-heading">Critical apparatus</h2>
        <xsl:variable name="witnesses" select="$te:tei/teiHeader//listWit//witness[@xml:id]"/>
        <xsl:if test="exists($witnesses)">
          <dl class="witnesses">
            <xsl:for-each select="$witnesses">
              <dt><xsl:value-of select="te:witness-sigla('#' || @xml:id, .)"/></dt>
              <dd><xsl:value-of select="(te:witness-description('#' || @xml:id, .)[. ne ''], string(@xml:id))[1]"/></dd>
            </xsl:for-each>
          </dl>
        </xsl:if>
        <ol class="app-list">
          <xsl:for-each select="$te:apps">
            <xsl:variable name="number" select="te:app-number(.)"/>
            <xsl:variable name="base" select="te:app-base(.)"/>
            <li id="te-app-{$number}" class="app-entry">
              <span class="app-number"><xsl:value-of select="te:letters($number)"/></span>
              <xsl:text> </xsl:text>
              <xsl:for-each select="te:app-readings(.)">
                <xsl:variable name="is-base" select="?node is $base"/>
                <span class="app-reading app-{?kind}{if (?type ne '') then ' app-type-' || te:token(?type) else ''}">
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
                  <xsl:if test="?type ne ''"><xsl:text> </xsl:text><span class="app-type">(<xsl:value-of select="te:code-words(?type)"/>)</span></xsl:if>
                </span>
                <xsl:if test="position() ne last() and not($is-base)"><xsl:text>; </xsl:text></xsl:if>
                <xsl:if test="$is-base"><xsl:text> </xsl:text></xsl:if>
              </xsl:for-each>
              <xsl:for-each select="(.//witDetail, note)">
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
