<?xml version="1.0" encoding="UTF-8"?>
<!--
  The HTML edition: how each meaning decided in xslt/common/ looks on a
  static page. Reading and diplomatic alternatives are both written, marked
  with the classes v-read and v-dipl; the stylesheet in assets/ shows the
  reading view unless the page's data-view says otherwise, so the page is
  complete without scripts.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:import href="../common/meaning.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>

  <!-- Relative path from the page to output/html/assets/. -->
  <xsl:param name="assets-path" as="xs:string" select="'assets/'"/>
  <!-- Relative path from the page to the copy of its TEI source. -->
  <xsl:param name="source-href" as="xs:string" select="''"/>

  <xsl:function name="te:id-of" as="xs:string?">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="$node/@xml:id ! string(.)"/>
  </xsl:function>

  <xsl:template name="te:document">
    <xsl:param name="metadata" as="map(*)"/>
    <xsl:param name="text" as="item()*"/>
    <xsl:param name="notes" as="item()*"/>
    <html lang="{$metadata?lang}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' https: data:; base-uri 'none'; form-action 'none'"/>
        <title><xsl:value-of select="$metadata?title"/></title>
        <link rel="stylesheet" href="{$assets-path}edition.css"/>
        <script src="{$assets-path}edition.js" defer="defer"></script>
      </head>
      <body data-view="reading">
        <a class="skip-link" href="#text">Skip to the text</a>
        <header class="edition-header">
          <h1><xsl:value-of select="$metadata?title"/></h1>
          <xsl:if test="exists($metadata?authors)">
            <p class="authors"><xsl:value-of select="string-join($metadata?authors, '; ')"/></p>
          </xsl:if>
          <xsl:if test="$source-href">
            <p class="download"><a href="{$source-href}" download="">Download TEI</a></p>
          </xsl:if>
        </header>
        <main>
          <xsl:call-template name="te:metadata-panel">
            <xsl:with-param name="metadata" select="$metadata"/>
          </xsl:call-template>
          <article id="text" class="text" lang="{$metadata?lang}">
            <xsl:sequence select="$text"/>
          </article>
          <xsl:sequence select="$notes"/>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="te:metadata-panel">
    <xsl:param name="metadata" as="map(*)"/>
    <xsl:variable name="rows" select="(
      ['Author', $metadata?authors], ['Date', $metadata?date], ['Place', $metadata?place],
      ['Archive', string-join(($metadata?repository, $metadata?settlement), ', ')], ['Call numbers', $metadata?call-numbers],
      ['Other numbers', $metadata?other-numbers], ['Obtained by', $metadata?obtained-by], ['Translated by', $metadata?translated-by],
      ['Funder', $metadata?funders], ['Source', $metadata?source], ['Keywords', $metadata?keywords])"/>
    <section class="metadata" aria-labelledby="metadata-heading">
      <h2 id="metadata-heading">About this document</h2>
      <dl>
        <xsl:for-each select="$rows[exists(?2[. ne ''])]">
          <dt><xsl:value-of select="?1"/></dt>
          <dd><xsl:value-of select="string-join(?2, '; ')"/></dd>
        </xsl:for-each>
      </dl>
      <xsl:if test="exists($metadata?summary)">
        <h3>Summary</h3>
        <xsl:for-each select="$metadata?summary"><p class="summary"><xsl:value-of select="."/></p></xsl:for-each>
      </xsl:if>
      <xsl:if test="exists($metadata?rights)">
        <h3>Rights</h3>
        <xsl:for-each select="$metadata?rights"><p class="rights"><xsl:value-of select="."/></p></xsl:for-each>
      </xsl:if>
    </section>
  </xsl:template>

  <xsl:template name="te:block">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="node" as="element()"/>
    <xsl:param name="content" as="item()*"/>
    <xsl:variable name="element" select="
      if ($kind = ('p', 'docket')) then 'p'
      else if ($kind = 'head') then concat('h', min((count($node/ancestor::*[self::div or self::div1 or self::div2 or self::div3 or self::div4 or self::list or self::lg]) + 1, 6)))
      else if ($kind = ('div', 'front', 'body', 'back', 'distribution')) then 'section'
      else if ($kind = 'list') then (if ($node/@rend = ('numbered', 'ordered') or $node/@type = ('ordered', 'numbered')) then 'ol' else 'ul')
      else if ($kind = 'item') then 'li'
      else if ($kind = 'quote') then 'blockquote'
      else if ($kind = 'table') then 'table'
      else if ($kind = 'row') then 'tr'
      else if ($kind = 'cell') then (if ($node/@role = 'label') then 'th' else 'td')
      else if ($kind = 'figure') then 'figure'
      else if ($kind = 'caption') then 'figcaption'
      else 'div'"/>
    <xsl:element name="{$element}">
      <xsl:attribute name="class" select="string-join(('tei-' || $kind, $node/@type ! ('type-' || replace(., '[^A-Za-z0-9_-]', '-'))), ' ')"/>
      <xsl:if test="te:id-of($node)"><xsl:attribute name="id" select="te:id-of($node)"/></xsl:if>
      <xsl:if test="$node/@xml:lang"><xsl:attribute name="lang" select="$node/@xml:lang"/></xsl:if>
      <xsl:sequence select="$content"/>
    </xsl:element>
  </xsl:template>

  <xsl:template name="te:inline">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="node" as="element()"/>
    <xsl:param name="content" as="item()*"/>
    <xsl:element name="{if ($kind = ('title', 'emph')) then 'em' else if ($kind = 'code') then 'code' else 'span'}">
      <xsl:attribute name="class" select="string-join(('tei-' || $kind, $node/@rend ! ('rend-' || replace(normalize-space(.), '[^A-Za-z0-9_-]', '-'))), ' ')"/>
      <xsl:if test="$node/@xml:lang"><xsl:attribute name="lang" select="$node/@xml:lang"/></xsl:if>
      <xsl:sequence select="$content"/>
    </xsl:element>
  </xsl:template>

  <xsl:template name="te:break">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="node" as="element()"/>
    <xsl:param name="n" as="xs:string?"/>
    <xsl:choose>
      <xsl:when test="$kind = 'line'"><br/></xsl:when>
      <xsl:otherwise><span class="tei-{$kind}break" data-n="{$n}"><xsl:value-of select="if ($n) then concat('[', $n, ']') else ''"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="te:name">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="node" as="element()"/>
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="content" as="item()*"/>
    <span class="name name-{$kind}">
      <xsl:if test="$key"><xsl:attribute name="data-ref" select="$key"/></xsl:if>
      <xsl:if test="$label"><xsl:attribute name="title" select="$label"/></xsl:if>
      <xsl:sequence select="$content"/>
    </span>
  </xsl:template>

  <xsl:template name="te:date">
    <xsl:param name="node" as="element()"/>
    <xsl:param name="iso" as="xs:string"/>
    <xsl:param name="content" as="item()*"/>
    <xsl:choose>
      <xsl:when test="matches($iso, '^-?\d{4}(-\d{2}(-\d{2})?)?$')"><time datetime="{$iso}"><xsl:sequence select="$content"/></time></xsl:when>
      <xsl:otherwise><span class="tei-date" data-date="{$iso}"><xsl:sequence select="$content"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="te:measure">
    <xsl:param name="node" as="element()"/>
    <xsl:param name="quantity" as="xs:string"/>
    <xsl:param name="unit" as="xs:string"/>
    <xsl:param name="content" as="item()*"/>
    <span class="tei-measure" data-quantity="{$quantity}" data-unit="{$unit}"><xsl:sequence select="$content"/></span>
  </xsl:template>

  <xsl:template name="te:speech">
    <xsl:param name="node" as="element()"/>
    <xsl:param name="who-key" as="xs:string"/>
    <xsl:param name="who-label" as="xs:string"/>
    <xsl:param name="direct" as="xs:boolean"/>
    <xsl:param name="block" as="xs:boolean"/>
    <xsl:param name="content" as="item()*"/>
    <xsl:element name="{if ($block) then 'div' else 'span'}">
      <xsl:attribute name="class" select="'speech ' || (if ($direct) then 'speech-direct' else 'speech-reported')"/>
      <xsl:if test="te:id-of($node)"><xsl:attribute name="id" select="te:id-of($node)"/></xsl:if>
      <xsl:if test="$who-key"><xsl:attribute name="data-who" select="$who-key"/></xsl:if>
      <xsl:if test="$who-label"><xsl:attribute name="title" select="(if ($direct) then 'Spoken by ' else 'Reported words of ') || $who-label"/></xsl:if>
      <xsl:sequence select="$content"/>
    </xsl:element>
  </xsl:template>

  <xsl:template name="te:remark">
    <xsl:param name="node" as="element()"/>
    <xsl:param name="resp-label" as="xs:string"/>
    <xsl:param name="content" as="item()*"/>
    <span class="remark" role="note" aria-label="{if ($resp-label) then 'Remark by ' || $resp-label else 'Author’s remark'}"><xsl:sequence select="$content"/></span>
  </xsl:template>

  <xsl:template name="te:note-anchor">
    <xsl:param name="node" as="element()"/>
    <xsl:param name="number" as="xs:integer"/>
    <a class="note-ref" id="noteref-{$number}" href="#note-{$number}" role="doc-noteref"><sup><xsl:value-of select="$number"/></sup></a>
  </xsl:template>

  <xsl:template name="te:notes-section">
    <xsl:param name="notes" as="element()*"/>
    <xsl:if test="exists($notes)">
      <section class="notes" aria-labelledby="notes-heading" role="doc-endnotes">
        <h2 id="notes-heading">Notes</h2>
        <ol>
          <xsl:for-each select="$notes">
            <li id="note-{te:note-number(.)}" class="note note-{(@type, 'editorial')[1]}">
              <xsl:call-template name="te:note-content"><xsl:with-param name="note" select="."/></xsl:call-template>
              <xsl:text> </xsl:text>
              <a class="note-back" href="#noteref-{te:note-number(.)}" role="doc-backlink" aria-label="Back to the text">↩</a>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:function name="te:resp-phrase" as="xs:string">
    <xsl:param name="resp-kind" as="xs:string"/>
    <xsl:param name="resp-label" as="xs:string"/>
    <xsl:sequence select="string-join((
      if ($resp-kind = 'translator') then 'by the translator' else if ($resp-kind = 'editor') then 'by the editors' else if ($resp-kind = 'author') then 'by the author' else (),
      if ($resp-label) then '(' || $resp-label || ')' else ()), ' ')"/>
  </xsl:function>

  <xsl:template name="te:alternatives">
    <xsl:param name="node" as="element()"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="reading" as="item()*"/>
    <xsl:param name="diplomatic" as="item()*"/>
    <xsl:param name="resp-kind" as="xs:string"/>
    <xsl:param name="resp-label" as="xs:string"/>
    <xsl:param name="cert" as="xs:string"/>
    <xsl:variable name="printed" select="normalize-space(string-join($diplomatic ! string(.), ''))"/>
    <xsl:variable name="read" select="normalize-space(string-join($reading ! string(.), ''))"/>
    <span class="choice choice-{$kind} resp-{($resp-kind[. ne ''], 'none')[1]}"
          title="{if ($kind = 'abbreviation') then 'Abbreviation, expanded ' else if ($kind = 'regularisation') then 'Printed “' || $printed || '”, regularised ' else 'Printed “' || $printed || '”, corrected '}{te:resp-phrase($resp-kind, $resp-label)}{if ($cert) then ' (certainty: ' || $cert || ')' else ''}">
      <xsl:choose>
        <xsl:when test="$printed = $read and $kind = 'abbreviation'">
          <xsl:sequence select="$reading"/>
        </xsl:when>
        <xsl:otherwise>
          <del class="v-dipl"><xsl:sequence select="$diplomatic"/></del><ins class="v-read"><xsl:sequence select="$reading"/></ins>
        </xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>

  <xsl:template name="te:marked">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="node" as="element()"/>
    <xsl:param name="resp-kind" as="xs:string"/>
    <xsl:param name="resp-label" as="xs:string"/>
    <xsl:param name="reason" as="xs:string"/>
    <xsl:param name="content" as="item()*"/>
    <span class="marked {$kind} resp-{($resp-kind[. ne ''], 'none')[1]}" title="{$kind}{if ($resp-kind or $resp-label) then ' ' || te:resp-phrase($resp-kind, $resp-label) else ''}{if ($reason) then ' (' || $reason || ')' else ''}">
      <xsl:choose>
        <xsl:when test="$kind = ('supplied', 'expan-part')">
          <span class="v-dipl bracket" aria-hidden="true">[</span><xsl:sequence select="$content"/><span class="v-dipl bracket" aria-hidden="true">]</span>
        </xsl:when>
        <xsl:when test="$kind = 'sic'">
          <xsl:sequence select="$content"/><span class="v-dipl sic-mark"> [sic]</span>
        </xsl:when>
        <xsl:when test="$kind = 'gap'">[…]</xsl:when>
        <xsl:when test="$kind = 'del'"><del><xsl:sequence select="$content"/></del></xsl:when>
        <xsl:when test="$kind = 'add'"><ins><xsl:sequence select="$content"/></ins></xsl:when>
        <xsl:otherwise><xsl:sequence select="$content"/></xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>

  <xsl:template name="te:stamp">
    <xsl:param name="node" as="element()"/>
    <xsl:param name="type" as="xs:string"/>
    <xsl:param name="date" as="xs:string"/>
    <xsl:param name="content" as="item()*"/>
    <span class="stamp" data-type="{$type}" data-date="{$date}" title="Stamp{if ($type) then ' (' || $type || ')' else ''}">
      <span class="stamp-label">stamp</span><xsl:text> </xsl:text><xsl:sequence select="$content"/>
    </span>
  </xsl:template>

  <xsl:template name="te:archival-mark">
    <xsl:param name="node" as="element()"/>
    <xsl:param name="type" as="xs:string"/>
    <xsl:param name="content" as="item()*"/>
    <span class="archival-mark" data-type="{$type}"><xsl:sequence select="$content"/></span>
  </xsl:template>

  <xsl:template name="te:link">
    <xsl:param name="node" as="element()"/>
    <xsl:param name="href" as="xs:string"/>
    <xsl:param name="internal" as="xs:boolean"/>
    <xsl:param name="content" as="item()*"/>
    <xsl:choose>
      <xsl:when test="$href"><a href="{$href}"><xsl:if test="not($internal)"><xsl:attribute name="rel" select="'noopener noreferrer'"/></xsl:if><xsl:sequence select="$content"/></a></xsl:when>
      <xsl:otherwise><span class="link-removed"><xsl:sequence select="$content"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="te:unknown">
    <xsl:param name="node" as="element()"/>
    <xsl:param name="block" as="xs:boolean"/>
    <xsl:param name="content" as="item()*"/>
    <xsl:element name="{if ($block) then 'div' else 'span'}">
      <xsl:attribute name="class" select="'tei-unknown tei-' || replace(local-name($node), '[^A-Za-z0-9_-]', '-')"/>
      <xsl:sequence select="$content"/>
    </xsl:element>
  </xsl:template>
</xsl:stylesheet>
