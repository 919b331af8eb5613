<?xml version="1.0" encoding="UTF-8"?>
<!--
  The plain-text edition: how each meaning decided in xslt/common/ looks as
  text. One run renders one view ($view = 'reading' or 'diplomatic').
  Blocks are assembled with private-use markers (paragraph and line breaks)
  and laid out at the end, so that wrapping never sees markup.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:import href="../common/meaning.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <!-- reading: corrections, regularisations and expansions; diplomatic: the text as printed. -->
  <xsl:param name="view" as="xs:string" select="'reading'"/>
  <!-- Wrap width in characters; 0 disables wrapping. Passed as a string so that a JS number's xs:double never leaks in. -->
  <xsl:param name="width" as="xs:string" select="'78'"/>

  <xsl:variable name="te:width" as="xs:integer" select="xs:integer($width)"/>
  <!-- Private-use markers: a paragraph break and a forced line break. -->
  <xsl:variable name="te:PARA" as="xs:string" select="'&#xE000;'"/>
  <xsl:variable name="te:LINE" as="xs:string" select="'&#xE001;'"/>

  <!-- Block kinds that never contain running text of their own. -->
  <xsl:variable name="te:containers" as="xs:string*"
    select="('div', 'front', 'body', 'back', 'list', 'lg', 'sp', 'table', 'row', 'figure', 'distribution', 'listBibl', 'castList', 'titlePage', 'floatingText')"/>

  <!-- Words of $text joined into lines of at most $width characters; a line never starts with a closing bracket's word nor ends after an opening bracket. -->
  <xsl:function name="te:wrap" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="width" as="xs:integer"/>
    <xsl:choose>
      <xsl:when test="$width le 0 or string-length($text) le $width">
        <xsl:sequence select="$text"/>
      </xsl:when>
      <xsl:otherwise>
        <!-- An opening bracket or quotation mark standing alone stays with the word after it. -->
        <xsl:variable name="words" select="tokenize(replace($text, '([\[(“‘]) ', '$1&#xA0;'), ' ')[. ne '']"/>
        <xsl:iterate select="$words">
          <xsl:param name="line" as="xs:string" select="''"/>
          <xsl:param name="lines" as="xs:string*" select="()"/>
          <xsl:on-completion>
            <xsl:sequence select="replace(string-join(($lines, $line[. ne '']), '&#xA;'), '&#xA0;', ' ')"/>
          </xsl:on-completion>
          <xsl:choose>
            <xsl:when test="$line = ''">
              <xsl:next-iteration><xsl:with-param name="line" select="."/></xsl:next-iteration>
            </xsl:when>
            <xsl:when test="string-length($line) + 1 + string-length(.) le $width">
              <xsl:next-iteration><xsl:with-param name="line" select="$line || ' ' || ."/></xsl:next-iteration>
            </xsl:when>
            <xsl:otherwise>
              <xsl:next-iteration>
                <xsl:with-param name="lines" select="($lines, $line)"/>
                <xsl:with-param name="line" select="."/>
              </xsl:next-iteration>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:iterate>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- Lays out a leaf block: white space normalised, forced line breaks kept, each line wrapped. -->
  <xsl:function name="te:fill" as="xs:string">
    <xsl:param name="content" as="xs:string"/>
    <xsl:sequence select="string-join(tokenize($content, $te:LINE) ! te:wrap(normalize-space(.), $te:width)[. ne ''], '&#xA;')"/>
  </xsl:function>

  <xsl:function name="te:text" as="xs:string">
    <xsl:param name="items" as="item()*"/>
    <xsl:sequence select="string-join($items ! string(.), '')"/>
  </xsl:function>

  <xsl:function name="te:para" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="$te:PARA || $text || $te:PARA"/>
  </xsl:function>

  <xsl:template name="te:document">
    <xsl:param name="metadata" as="map(*)"/>
    <xsl:param name="text" as="item()*"/>
    <xsl:param name="notes" as="item()*"/>
    <xsl:variable name="header" as="xs:string*">
      <xsl:sequence select="te:para(te:fill(upper-case($metadata?title)))"/>
      <xsl:for-each select="(
        ['Author', $metadata?authors], ['Date', $metadata?date], ['Place', $metadata?place],
        ['Archive', string-join(($metadata?repository, $metadata?settlement), ', ')], ['Call numbers', $metadata?call-numbers],
        ['Translated by', $metadata?translated-by], ['Obtained by', $metadata?obtained-by], ['Source', $metadata?source])[exists(?2[. ne ''])]">
        <xsl:sequence select="te:fill(?1 || ': ' || string-join(?2, '; ')) || $te:LINE"/>
      </xsl:for-each>
      <xsl:sequence select="$metadata?rights ! te:para(te:fill(.))"/>
      <xsl:sequence select="$metadata?summary ! te:para(te:fill('Summary: ' || .))"/>
      <xsl:sequence select="te:para(string-join((1 to min((78, max((20, $te:width))))) ! '=', ''))"/>
    </xsl:variable>
    <xsl:variable name="all" select="string-join(($header, $text ! string(.), $notes ! string(.)), '')"/>
    <!-- Markers become layout: runs of paragraph breaks one blank line, line breaks a newline. -->
    <xsl:variable name="laid-out" select="replace(replace(replace($all, '[ \t]*' || $te:LINE || '[ \t]*', '&#xA;'), '[ \t\n]*(' || $te:PARA || '[ \t\n]*)+', '&#xA;&#xA;'), '^\n+', '')"/>
    <xsl:value-of select="replace($laid-out, '\n+$', '') || '&#xA;'"/>
  </xsl:template>

  <xsl:template name="te:block">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="node" as="element()"/>
    <xsl:param name="content" as="item()*"/>
    <xsl:variable name="text" select="te:text($content)"/>
    <xsl:choose>
      <xsl:when test="$kind = $te:containers or contains($text, $te:PARA)">
        <xsl:sequence select="te:para($text)"/>
      </xsl:when>
      <xsl:when test="$kind = 'item'">
        <xsl:sequence select="te:para(te:fill((if ($node/parent::list/@rend = ('numbered', 'ordered')) then count($node/preceding-sibling::item) + 1 || '. ' else '- ') || $text))"/>
      </xsl:when>
      <xsl:when test="$kind = 'head'">
        <xsl:sequence select="te:para(te:fill($text))"/>
      </xsl:when>
      <xsl:when test="$kind = ('l', 'cell')">
        <xsl:sequence select="normalize-space($text) || $te:LINE"/>
      </xsl:when>
      <xsl:when test="$kind = 'speaker'">
        <xsl:sequence select="upper-case(normalize-space($text)) || ': '"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="te:para(te:fill($text))"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="te:break">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="node" as="element()"/>
    <xsl:param name="n" as="xs:string?"/>
    <xsl:sequence select="if ($kind = 'line') then $te:LINE else if ($n) then ' [' || $kind || ' ' || $n || '] ' else ' '"/>
  </xsl:template>

  <xsl:template name="te:speech">
    <xsl:param name="node" as="element()"/>
    <xsl:param name="who-key" as="xs:string"/>
    <xsl:param name="who-label" as="xs:string"/>
    <xsl:param name="direct" as="xs:boolean"/>
    <xsl:param name="block" as="xs:boolean"/>
    <xsl:param name="content" as="item()*"/>
    <xsl:variable name="text" select="te:text($content)"/>
    <xsl:sequence select="if ($block or not($direct)) then $text else '“' || replace($text, '^\s+|\s+$', '') || '”'"/>
  </xsl:template>

  <xsl:template name="te:note-anchor">
    <xsl:param name="node" as="element()"/>
    <xsl:param name="number" as="xs:integer"/>
    <xsl:sequence select="'[' || $number || ']'"/>
  </xsl:template>

  <xsl:template name="te:notes-section">
    <xsl:param name="notes" as="element()*"/>
    <xsl:if test="exists($notes)">
      <xsl:sequence select="te:para('NOTES')"/>
      <xsl:for-each select="$notes">
        <xsl:variable name="body" as="item()*"><xsl:call-template name="te:note-content"><xsl:with-param name="note" select="."/></xsl:call-template></xsl:variable>
        <xsl:sequence select="te:para(te:fill('[' || te:note-number(.) || '] ' || te:text($body)))"/>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <xsl:template name="te:alternatives">
    <xsl:param name="node" as="element()"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="reading" as="item()*"/>
    <xsl:param name="diplomatic" as="item()*"/>
    <xsl:param name="resp-kind" as="xs:string"/>
    <xsl:param name="resp-label" as="xs:string"/>
    <xsl:param name="cert" as="xs:string"/>
    <xsl:sequence select="te:text(if ($view = 'diplomatic') then $diplomatic else $reading)"/>
  </xsl:template>

  <xsl:template name="te:marked">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="node" as="element()"/>
    <xsl:param name="resp-kind" as="xs:string"/>
    <xsl:param name="resp-label" as="xs:string"/>
    <xsl:param name="reason" as="xs:string"/>
    <xsl:param name="content" as="item()*"/>
    <xsl:variable name="text" select="te:text($content)"/>
    <xsl:sequence select="
      if ($kind = 'gap') then '[…]'
      else if ($view != 'diplomatic') then (if ($kind = ('del', 'surplus')) then '' else $text)
      else if ($kind = ('supplied', 'expan-part')) then '[' || $text || ']'
      else if ($kind = 'sic') then $text || ' [sic]'
      else $text"/>
  </xsl:template>

  <xsl:template name="te:stamp">
    <xsl:param name="node" as="element()"/>
    <xsl:param name="type" as="xs:string"/>
    <xsl:param name="date" as="xs:string"/>
    <xsl:param name="content" as="item()*"/>
    <xsl:variable name="text" select="normalize-space(te:text($content))"/>
    <xsl:sequence select="if ($view = 'diplomatic') then '[stamp] ' || $text else '[stamp: ' || $text || ']'"/>
  </xsl:template>
</xsl:stylesheet>
