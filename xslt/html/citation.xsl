<?xml version="1.0" encoding="UTF-8"?>
<!--
  How to cite the document, three ways from the same facts (te:citation):
  a ready citation on the page, Highwire citation_* and Dublin Core <meta>
  tags that Zotero and other reference managers read from the head, and a
  CSL-JSON record beside the page. The edition's date is the header's, never
  the build's, so that the output is the same from run to run.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:fn="http://www.w3.org/2005/xpath-functions"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- The page's own URL: from the edition-base-url parameter, else from the header, else ''. -->
  <xsl:function name="te:page-url" as="xs:string">
    <xsl:param name="citation" as="map(*)"/>
    <xsl:variable name="base" select="te:safe-url($edition-base-url)[matches(., '^https?://')]"/>
    <xsl:sequence select="
      if ($base) then (if (ends-with($base, '/')) then $base else $base || '/') || $te:name-uri || '.html'
      else string(($citation?edition-url, '')[1])"/>
  </xsl:function>

  <!-- A person as "Family, Given" (for sorting, the first author of a citation and citation_author), or the literal name. -->
  <xsl:function name="te:inverted-name" as="xs:string">
    <xsl:param name="parts" as="map(*)"/>
    <xsl:sequence select="if (exists($parts?family) and $parts?family ne '') then string-join(($parts?family, $parts?given[. ne '']), ', ') else string($parts?literal)"/>
  </xsl:function>

  <!-- A person as "Given Family", or the literal name. -->
  <xsl:function name="te:natural-name" as="xs:string">
    <xsl:param name="parts" as="map(*)"/>
    <xsl:sequence select="if (exists($parts?family) and $parts?family ne '') then string-join(($parts?given[. ne ''], $parts?family), ' ') else string($parts?literal)"/>
  </xsl:function>

  <!-- An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) in words ("26 November 2026"); anything else as given. -->
  <xsl:function name="te:date-in-words" as="xs:string">
    <xsl:param name="iso" as="xs:string?"/>
    <xsl:sequence select="
      if (matches($iso, '^[0-9]{4}-[0-9]{2}-[0-9]{2}$') and $iso castable as xs:date) then format-date(xs:date($iso), '[D] [MNn] [Y0001]', 'en', (), ())
      else if (matches($iso, '^[0-9]{4}-[0-9]{2}$') and ($iso || '-01') castable as xs:date) then format-date(xs:date($iso || '-01'), '[MNn] [Y0001]', 'en', (), ())
      else string($iso)"/>
  </xsl:function>

  <!-- The citation as one sentence, in the manner of an archival citation (Chicago style). -->
  <xsl:function name="te:citation-text" as="xs:string">
    <xsl:param name="c" as="map(*)"/>
    <xsl:param name="url" as="xs:string"/>
    <xsl:variable name="authors" select="$c?authors"/>
    <xsl:variable name="author-text" select="string-join((
      $authors[1] ! te:inverted-name(.), $authors[position() gt 1] ! te:natural-name(.)), if (count($authors) gt 2) then ', ' else ' and ')"/>
    <xsl:variable name="archive" select="string-join(($c?archive, $c?archive-place, $c?call-number)[. ne ''], ', ')"/>
    <xsl:variable name="translators" select="string-join($c?translators ! te:natural-name(.), ' and ')"/>
    <xsl:variable name="edition" select="string-join((
      if ($c?publisher ne '') then 'Digital edition by ' || $c?publisher else 'Digital edition',
      if ($c?edition-date ne '') then te:date-in-words($c?edition-date) else ()), ', ')"/>
    <xsl:sequence select="string-join((
      $author-text[. ne ''] ! (replace(., '\.$', '') || '.'),
      '“' || replace($c?title, '\.$', '') || '.”',
      $c?date[. ne ''] ! (. || '.'),
      $archive[. ne ''] ! (. || '.'),
      $translators[. ne ''] ! ('Translated by ' || . || '.'),
      $c?container[. ne ''] ! (. || '.'),
      $edition || '.',
      $url[. ne '']), ' ')"/>
  </xsl:function>

  <!--
    The citation in the archive's own form, when the source is published at an address the header
    gives: author, 'title', date, archive, call number. Credits. Address (accessed date). Then this
    edition: "TEI edition by … , date", and the page's own address when known.
  -->
  <xsl:function name="te:archive-citation-text" as="xs:string">
    <xsl:param name="c" as="map(*)"/>
    <xsl:param name="url" as="xs:string"/>
    <xsl:variable name="a" select="$c?archive-citation"/>
    <xsl:sequence select="string-join((
      string-join(($a?author, $a?title[. ne ''] ! ('‘' || . || '’'), $a?date, $a?container, $a?call-number)[. ne ''], ', ') || '.',
      $a?credits[. ne ''] ! (replace(., '\.$', '') || '.'),
      $a?url || ($a?accessed[. ne ''] ! (' (accessed ' || te:date-in-words(.) || ')')) || '.',
      string-join((
        if ($c?publisher ne '') then 'TEI edition by ' || $c?publisher else 'TEI edition',
        if ($c?edition-date ne '') then te:date-in-words($c?edition-date) else ()), ', ') || '.',
      $url[. ne '']), ' ')"/>
  </xsl:function>

  <xsl:template name="te:citation-panel">
    <xsl:param name="citation" as="map(*)"/>
    <xsl:param name="metadata" as="map(*)"/>
    <xsl:variable name="url" select="te:page-url($citation)"/>
    <section id="te-cite" class="panel citation" aria-labelledby="te-cite-heading">
      <h2 id="te-cite-heading">How to cite</h2>
      <p class="citation-text" id="te-citation-text"><xsl:value-of select="if (exists($citation?archive-citation)) then te:archive-citation-text($citation, $url) else te:citation-text($citation, $url)"/></p>
      <p class="citation-tools">
        <a href="{$te:leaf-uri}.csl.json" type="application/vnd.citationstyles.csl+json" download="{$te:leaf-name}.csl.json">CSL-JSON</a>
        <xsl:text> for Zotero, Mendeley and other reference managers (which also read this page's citation tags). </xsl:text>
        <button type="button" class="copy-citation" data-copy="te-citation-text" hidden="hidden">Copy citation</button>
      </p>
      <p class="citation-hint">Cite a paragraph by its number, e.g. <code>#p5</code> after the page address.</p>
    </section>
  </xsl:template>

  <!-- Highwire Press citation_* tags (read by Zotero, Google Scholar) and Dublin Core, in the head. -->
  <xsl:template name="te:citation-meta">
    <xsl:param name="citation" as="map(*)"/>
    <xsl:param name="metadata" as="map(*)"/>
    <xsl:variable name="url" select="te:page-url($citation)"/>
    <xsl:variable name="date" select="replace(tokenize($citation?date-iso, '/')[1], '-', '/')"/>
    <meta name="citation_title" content="{$citation?title}"/>
    <xsl:for-each select="$citation?authors"><meta name="citation_author" content="{te:inverted-name(.)}"/></xsl:for-each>
    <xsl:if test="matches($date, '^-?[0-9]{4}')"><meta name="citation_date" content="{$date}"/></xsl:if>
    <xsl:if test="$citation?publisher ne ''"><meta name="citation_publisher" content="{$citation?publisher}"/></xsl:if>
    <xsl:if test="$citation?edition-date ne ''"><meta name="citation_online_date" content="{replace($citation?edition-date, '-', '/')}"/></xsl:if>
    <xsl:if test="exists($metadata?lang)"><meta name="citation_language" content="{$metadata?lang}"/></xsl:if>
    <xsl:for-each select="$metadata?keywords"><meta name="citation_keywords" content="{.}"/></xsl:for-each>
    <xsl:if test="exists($metadata?summary)"><meta name="citation_abstract" content="{string-join($metadata?summary, ' ')}"/></xsl:if>
    <xsl:if test="$url ne ''"><meta name="citation_public_url" content="{$url}"/></xsl:if>
    <xsl:if test="exists($citation?archive-citation)"><meta name="DC.relation" content="{$citation?archive-citation?url}"/></xsl:if>
    <meta name="DC.title" content="{$citation?title}"/>
    <xsl:for-each select="$citation?authors"><meta name="DC.creator" content="{te:inverted-name(.)}"/></xsl:for-each>
    <xsl:for-each select="$citation?translators"><meta name="DC.contributor" content="{te:inverted-name(.)}"/></xsl:for-each>
    <xsl:if test="$citation?date-iso ne ''"><meta name="DC.date" content="{$citation?date-iso}"/></xsl:if>
    <xsl:variable name="source" select="string-join(($citation?archive, $citation?archive-place, $citation?call-number)[. ne ''], ', ')"/>
    <xsl:if test="$source ne ''"><meta name="DC.source" content="{$source}"/></xsl:if>
    <xsl:if test="exists($metadata?rights)"><meta name="DC.rights" content="{string-join($metadata?rights, ' ')}"/></xsl:if>
    <xsl:if test="exists($metadata?lang)"><meta name="DC.language" content="{$metadata?lang}"/></xsl:if>
  </xsl:template>

  <!-- CSL-JSON date parts from an ISO date or an ISO range ("1970-04-20/1970-04-30"). -->
  <xsl:template name="te:csl-date">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="iso" as="xs:string"/>
    <xsl:variable name="ends" select="tokenize($iso, '/')[matches(., '^-?[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$')]"/>
    <xsl:if test="exists($ends)">
      <fn:map key="{$key}">
        <fn:array key="date-parts">
          <xsl:for-each select="$ends">
            <fn:array>
              <xsl:for-each select="tokenize(replace(., '^-', ''), '-')">
                <fn:number><xsl:value-of select="xs:integer(.)"/></fn:number>
              </xsl:for-each>
            </fn:array>
          </xsl:for-each>
        </fn:array>
      </fn:map>
    </xsl:if>
  </xsl:template>

  <xsl:template name="te:csl-names">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="names" as="map(*)*"/>
    <xsl:if test="exists($names)">
      <fn:array key="{$key}">
        <xsl:for-each select="$names">
          <fn:map>
            <xsl:choose>
              <xsl:when test="exists(?family) and ?family ne ''">
                <fn:string key="family"><xsl:value-of select="?family"/></fn:string>
                <xsl:if test="?given ne ''"><fn:string key="given"><xsl:value-of select="?given"/></fn:string></xsl:if>
              </xsl:when>
              <xsl:otherwise><fn:string key="literal"><xsl:value-of select="?literal"/></fn:string></xsl:otherwise>
            </xsl:choose>
          </fn:map>
        </xsl:for-each>
      </fn:array>
    </xsl:if>
  </xsl:template>

  <!-- The CSL-JSON record (an array of one item, as Zotero and citeproc import it), keys in a fixed order. -->
  <xsl:function name="te:csl-json" as="xs:string">
    <xsl:param name="c" as="map(*)"/>
    <xsl:param name="metadata" as="map(*)"/>
    <xsl:variable name="url" select="te:page-url($c)"/>
    <xsl:variable name="record">
      <fn:array>
        <fn:map>
          <fn:string key="id"><xsl:value-of select="$name"/></fn:string>
          <fn:string key="type">manuscript</fn:string>
          <fn:string key="title"><xsl:value-of select="$c?title"/></fn:string>
          <xsl:call-template name="te:csl-names"><xsl:with-param name="key" select="'author'"/><xsl:with-param name="names" select="$c?authors"/></xsl:call-template>
          <xsl:call-template name="te:csl-names"><xsl:with-param name="key" select="'translator'"/><xsl:with-param name="names" select="$c?translators"/></xsl:call-template>
          <xsl:call-template name="te:csl-names"><xsl:with-param name="key" select="'editor'"/><xsl:with-param name="names" select="$c?editors"/></xsl:call-template>
          <xsl:call-template name="te:csl-date"><xsl:with-param name="key" select="'issued'"/><xsl:with-param name="iso" select="$c?date-iso"/></xsl:call-template>
          <xsl:if test="$c?archive ne ''"><fn:string key="archive"><xsl:value-of select="$c?archive"/></fn:string></xsl:if>
          <xsl:if test="$c?archive-place ne ''"><fn:string key="archive-place"><xsl:value-of select="$c?archive-place"/></fn:string></xsl:if>
          <xsl:if test="$c?call-number ne ''"><fn:string key="archive_location"><xsl:value-of select="$c?call-number"/></fn:string></xsl:if>
          <xsl:if test="$c?container ne ''"><fn:string key="collection-title"><xsl:value-of select="$c?container"/></fn:string></xsl:if>
          <xsl:if test="$c?publisher ne ''"><fn:string key="publisher"><xsl:value-of select="$c?publisher"/></fn:string></xsl:if>
          <xsl:call-template name="te:csl-date"><xsl:with-param name="key" select="'available-date'"/><xsl:with-param name="iso" select="$c?edition-date"/></xsl:call-template>
          <xsl:variable name="archive-url" select="string(($c?archive-citation?url, '')[1])"/>
          <xsl:if test="$url ne '' or $archive-url ne ''"><fn:string key="URL"><xsl:value-of select="($url[. ne ''], $archive-url)[1]"/></fn:string></xsl:if>
          <xsl:if test="$url eq ''"><xsl:call-template name="te:csl-date"><xsl:with-param name="key" select="'accessed'"/><xsl:with-param name="iso" select="string(($c?archive-citation?accessed, '')[1])"/></xsl:call-template></xsl:if>
          <xsl:if test="exists($metadata?summary)"><fn:string key="abstract"><xsl:value-of select="string-join($metadata?summary, ' ')"/></fn:string></xsl:if>
          <xsl:if test="exists($metadata?keywords)"><fn:string key="keyword"><xsl:value-of select="string-join($metadata?keywords, ', ')"/></fn:string></xsl:if>
          <xsl:if test="exists($metadata?lang)"><fn:string key="language"><xsl:value-of select="$metadata?lang"/></fn:string></xsl:if>
          <fn:string key="note"><xsl:value-of select="string-join((
            if ($c?publisher ne '') then 'Digital edition by ' || $c?publisher else 'Digital edition',
            if ($c?edition-date ne '') then te:date-in-words($c?edition-date) else ()), ', ') || '.'"/></fn:string>
        </fn:map>
      </fn:array>
    </xsl:variable>
    <xsl:sequence select="xml-to-json($record, map { 'indent': true() }) || '&#10;'"/>
  </xsl:function>
</xsl:stylesheet>
