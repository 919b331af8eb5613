<?xml version="1.0" encoding="UTF-8"?>
<!--
  The page: head (Content-Security-Policy, citation tags, assets), banner,
  the side panels (about, how to cite, conventions), the text with its
  controls, notes, apparatus and indexes, and a footer. It also writes the
  page's companions with xsl:result-document: the CSL-JSON record beside the
  page and the coverage report under reports/.

  Generated ids start with "te-" so that they never meet a TEI xml:id, which
  is written as is (a reader cites #p5).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- No inline script or style is ever written, so scripts and styles may come from the assets folder only. -->
  <xsl:variable name="te:csp" as="xs:string"
    select="&quot;default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; font-src 'self'; connect-src 'none'; base-uri 'none'; form-action 'none'&quot;"/>

  <!-- The last segment of the output name: companions of the page (its CSL-JSON) sit beside it. -->
  <xsl:variable name="te:leaf-name" as="xs:string" select="tokenize($name, '/')[last()]"/>
  <!-- The same, percent-encoded, for links (te:leaf-name stays as it is for download names). -->
  <xsl:variable name="te:leaf-uri" as="xs:string" select="encode-for-uri($te:leaf-name)"/>

  <xsl:template name="te:document">
    <xsl:param name="metadata" as="map(*)"/>
    <xsl:param name="text" as="item()*"/>
    <xsl:param name="notes" as="item()*"/>
    <xsl:variable name="tei" select="$te:tei"/>
    <xsl:variable name="citation" select="if ($tei/self::TEI) then te:citation($tei) else map {}"/>
    <xsl:variable name="apparatus" as="element()*"><xsl:call-template name="te:apparatus-section"/></xsl:variable>
    <!-- The page's menu links the index only when there is one: a project stylesheet may leave it out (docs/customising.md). -->
    <xsl:variable name="index" as="element()*"><xsl:call-template name="te:index-panel"/></xsl:variable>
    <xsl:variable name="lang" select="(te:lang-tag($metadata?lang)[. ne ''], 'en')[1]"/>
    <xsl:variable name="title" select="($metadata?title, normalize-space($tei/teiHeader//title[1]), $name)[. ne ''][1]"/>

    <xsl:result-document href="reports/{$te:name-uri}.coverage.json" method="text" encoding="UTF-8">
      <xsl:sequence select="te:coverage-json($tei)"/>
    </xsl:result-document>
    <xsl:if test="$tei/self::TEI">
      <xsl:result-document href="html/{$te:name-uri}.csl.json" method="text" encoding="UTF-8">
        <xsl:sequence select="te:csl-json($citation, $metadata)"/>
      </xsl:result-document>
    </xsl:if>

    <html lang="{$lang}">
      <xsl:if test="te:is-rtl($lang)"><xsl:attribute name="dir" select="'rtl'"/></xsl:if>
      <head>
        <meta charset="utf-8"/>
        <meta http-equiv="Content-Security-Policy" content="{$te:csp}"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="color-scheme" content="light dark"/>
        <meta name="referrer" content="no-referrer"/>
        <title><xsl:value-of select="$title"/></title>
        <xsl:if test="exists($metadata?summary)">
          <meta name="description" content="{string-join($metadata?summary, ' ')}"/>
        </xsl:if>
        <xsl:if test="$tei/self::TEI">
          <xsl:call-template name="te:citation-meta">
            <xsl:with-param name="citation" select="$citation"/>
            <xsl:with-param name="metadata" select="$metadata"/>
          </xsl:call-template>
          <link rel="alternate" type="application/vnd.citationstyles.csl+json" href="{$te:leaf-uri}.csl.json"/>
        </xsl:if>
        <xsl:if test="$source-href">
          <link rel="alternate" type="application/tei+xml" href="{$source-href}"/>
        </xsl:if>
        <link rel="stylesheet" href="{$assets-path}edition.css"/>
        <script src="{$assets-path}edition.js" defer="defer"></script>
      </head>
      <body>
        <a class="skip-link" href="#te-text">Skip to the text</a>
        <header class="edition-header">
          <xsl:if test="exists($metadata?publisher)">
            <p class="edition-series"><xsl:value-of select="$metadata?publisher[1]"/></p>
          </xsl:if>
          <h1 id="te-title"><xsl:value-of select="$title"/></h1>
          <xsl:if test="exists($metadata?subtitle)">
            <p class="edition-subtitle"><xsl:value-of select="string-join($metadata?subtitle, ' · ')"/></p>
          </xsl:if>
          <xsl:variable name="byline" select="string-join(($metadata?authors ! string(.), $metadata?date[1], $metadata?place[1])[. ne ''], ' · ')"/>
          <xsl:if test="$byline ne ''"><p class="byline"><xsl:value-of select="$byline"/></p></xsl:if>
          <nav class="page-nav" aria-label="Parts of this page">
            <ul>
              <li><a href="#te-text">Text</a></li>
              <xsl:if test="exists($notes)"><li><a href="#te-notes">Notes</a></li></xsl:if>
              <xsl:if test="exists($apparatus)"><li><a href="#te-apparatus">Apparatus</a></li></xsl:if>
              <xsl:if test="exists($index)"><li><a href="#te-index">Index</a></li></xsl:if>
              <li><a href="#te-about">About</a></li>
              <xsl:if test="$tei/self::TEI"><li><a href="#te-cite">How to cite</a></li></xsl:if>
              <xsl:if test="$source-href"><li><a href="{$source-href}" download="{$te:leaf-name}.xml" type="application/tei+xml">Download TEI</a></li></xsl:if>
            </ul>
          </nav>
        </header>
        <main id="te-main" class="edition">
          <div class="edition-reading">
            <xsl:call-template name="te:reading-controls"/>
            <article id="te-text" class="text" aria-labelledby="te-title" tabindex="-1">
              <xsl:sequence select="te:lang-attributes($tei/text)"/>
              <xsl:sequence select="$text"/>
            </article>
            <xsl:sequence select="$notes"/>
            <xsl:sequence select="$apparatus"/>
            <xsl:sequence select="$index"/>
          </div>
          <div class="edition-side">
            <xsl:call-template name="te:metadata-panel">
              <xsl:with-param name="metadata" select="$metadata"/>
              <xsl:with-param name="tei" select="$tei"/>
            </xsl:call-template>
            <xsl:if test="$tei/self::TEI">
              <xsl:call-template name="te:citation-panel">
                <xsl:with-param name="citation" select="$citation"/>
                <xsl:with-param name="metadata" select="$metadata"/>
              </xsl:call-template>
            </xsl:if>
            <xsl:call-template name="te:legend">
              <xsl:with-param name="elements" select="$te:text-elements, $te:note-elements, $te:apparatus-elements"/>
            </xsl:call-template>
          </div>
        </main>
        <footer class="edition-footer">
          <p>
            <xsl:value-of select="string-join((
              if (exists($metadata?publisher)) then 'Edited by ' || $metadata?publisher[1] else (),
              if ($metadata?edition-date ne '') then 'published ' || $metadata?edition-date else ()), ', ')"/>
            <xsl:if test="exists($metadata?publisher) or $metadata?edition-date ne ''">. </xsl:if>
            <xsl:text>Rendered from TEI P5 by tei-edition.</xsl:text>
            <xsl:if test="$source-href">
              <xsl:text> </xsl:text><a href="{$source-href}" download="{$te:leaf-name}.xml" type="application/tei+xml">Download the TEI source</a>.
            </xsl:if>
          </p>
        </footer>
      </body>
    </html>
  </xsl:template>

  <!--
    The view control (reading / diplomatic) and, when the text attributes speech, the speaker
    highlight control. The view control is a radio pair: it works from the keyboard and, through
    the stylesheet's :has() rules, without scripts; the script adds the URL memory (?view=). The
    speaker control needs the script, so it is hidden until the script shows it.
  -->
  <!-- True when an element of the text is rendered differently in the reading and the diplomatic view. -->
  <xsl:function name="te:shows-views" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e[self::supplied or self::ex or self::del or self::surplus or self::secl or self::am or self::lb[@break = 'no']
      or self::sic[not(parent::choice)][te:resp-kind(.) = ('translator', 'author')]])
      or ($e/self::choice and (te:choice-kind($e) ne 'abbreviation' or exists(te:render($e) ! descendant-or-self::*[contains-token(@class, 'v-dipl')])))"/>
  </xsl:function>

  <xsl:template name="te:reading-controls">
    <!-- Decided from the elements of the running text (te:text-elements): those that show both views, speak, or are highlighted. -->
    <xsl:variable name="has-views" select="exists($te:text-elements[te:shows-views(.)])"/>
    <xsl:variable name="speakers" as="element()*">
      <xsl:call-template name="te:speaker-control"><xsl:with-param name="turns" select="$te:text-elements[self::said or self::q[@who] or self::u]"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="has-highlights" select="exists($te:text-elements[self::persName or self::placeName or self::orgName or self::geogName or self::rs
                                                or self::name[not(ancestor::teiHeader)] or self::said or self::q[@who] or self::u or self::note[te:is-remark(.)]])"/>
    <xsl:if test="$has-views or exists($speakers) or $has-highlights">
      <div class="reading-controls">
        <xsl:if test="$has-views">
          <fieldset class="view-control">
            <legend>View</legend>
            <label><input type="radio" name="te-view" id="te-view-reading" value="reading" checked="checked"/> Reading</label>
            <label><input type="radio" name="te-view" id="te-view-diplomatic" value="diplomatic"/> Diplomatic</label>
          </fieldset>
        </xsl:if>
        <!--
          Highlighting of names (linked to the index), speech and the author's remarks is off by default,
          so that the text reads quietly and names are no tab stops; this checkbox turns it on through the
          stylesheet's :has() rules, without scripts.
        -->
        <xsl:if test="$has-highlights">
          <label class="highlight-control"><input type="checkbox" id="te-highlight" name="te-highlight"/> Highlight names and speech</label>
        </xsl:if>
        <xsl:sequence select="$speakers"/>
      </div>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
