<?xml version="1.0" encoding="UTF-8"?>
<!--
  The list of documents, in pages of $tc:page-size (xslt/collection/collection.xsl):
  in date order (undated ones last) html/index.html, index-2.html, …, and in
  title order html/by-title.html, by-title-2.html, …; each page links to the
  others and to the other order, plain links that work without scripts and
  from file://. Each document shows its title, date, place, authors, summary
  (or the opening of its text) and keywords. The script
  (assets/collection.js) adds what needs one: the full-text search over the
  whole collection, and the filters by person, place, organisation and
  keyword over the documents of the page shown, which it reveals.
  Controls are native (a search form, select elements), so they work from
  the keyboard as they are.
  Each item carries the anchors of its entities and keywords in data
  attributes, for the filters.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:array="http://www.w3.org/2005/xpath-functions/array"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:te="urn:x-tei-edition"
  xmlns:tc="urn:x-tei-edition:collection"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- The two orders of the list: the file names of their pages, and how the links name them. -->
  <xsl:variable name="tc:orders" as="map(*)*" select="
    map { 'key': 'date', 'base': 'index', 'label': 'By date', 'words': 'by date' },
    map { 'key': 'title', 'base': 'by-title', 'label': 'By title', 'words': 'by title' }"/>

  <!-- Every page of the list, in both orders. -->
  <xsl:template name="tc:documents-pages">
    <xsl:variable name="all" select="$tc:model?documents?*" as="map(*)*"/>
    <xsl:variable name="pages" select="max((1, (count($all) + $tc:page-size - 1) idiv $tc:page-size))" as="xs:integer"/>
    <xsl:for-each select="$tc:orders">
      <xsl:variable name="order" select="."/>
      <xsl:variable name="sorted" select="if (?key eq 'title') then (for $i in $tc:title-order return $all[$i + 1]) else $all" as="map(*)*"/>
      <xsl:for-each select="1 to $pages">
        <xsl:variable name="n" select="."/>
        <xsl:result-document href="html/{tc:page-file($order?base, $n)}" method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no">
          <xsl:call-template name="tc:documents-page">
            <xsl:with-param name="order" select="$order"/>
            <xsl:with-param name="n" select="$n"/>
            <xsl:with-param name="pages" select="$pages"/>
            <xsl:with-param name="total" select="count($all)"/>
            <xsl:with-param name="documents" select="subsequence($sorted, ($n - 1) * $tc:page-size + 1, $tc:page-size)"/>
          </xsl:call-template>
        </xsl:result-document>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="tc:documents-page">
    <xsl:param name="order" as="map(*)"/>
    <xsl:param name="n" as="xs:integer"/>
    <xsl:param name="pages" as="xs:integer"/>
    <xsl:param name="total" as="xs:integer"/>
    <xsl:param name="documents" as="map(*)*"/>
    <xsl:variable name="first" select="($n - 1) * $tc:page-size + 1"/>
    <xsl:call-template name="tc:page">
      <xsl:with-param name="file" select="tc:page-file($order?base, $n)"/>
      <xsl:with-param name="section" select="'index.html'"/>
      <xsl:with-param name="heading" select="string($tc:model?title)"/>
      <xsl:with-param name="description" select="tc:count($total, 'document', 'documents')"/>
      <xsl:with-param name="scripts" select="'assets/search-options.js', 'assets/search-engine.js', 'assets/collection.js'"/>
      <xsl:with-param name="content" as="item()*">
        <section id="te-search" class="collection-search" aria-labelledby="te-search-heading" hidden="hidden">
          <h2 id="te-search-heading">Search</h2>
          <form class="search-form" role="search">
            <label for="te-search-input">Words in the text, titles and summaries</label>
            <div class="search-row">
              <input type="search" id="te-search-input" name="q" autocomplete="off" spellcheck="false" aria-describedby="te-search-hint"/>
              <button type="submit" class="search-button">Search</button>
            </div>
            <p id="te-search-hint" class="search-hint">Every word must occur; a word of three letters or more also finds longer words that begin with it; words in "double quotes" are a phrase; year:1950-1960 keeps those years.</p>
          </form>
          <p id="te-search-status" class="search-status" role="status" aria-live="polite"></p>
          <ol id="te-search-results" class="search-results"></ol>
        </section>

        <section id="te-documents" class="collection-documents" aria-labelledby="te-documents-heading">
          <h2 id="te-documents-heading">Documents</h2>
          <xsl:if test="$total gt 1">
            <nav class="list-order" aria-label="Order of the list">
              <ul>
                <xsl:for-each select="$tc:orders">
                  <li>
                    <a href="{tc:page-file(?base, 1)}">
                      <xsl:if test="?key eq $order?key"><xsl:attribute name="aria-current" select="'true'"/></xsl:if>
                      <xsl:value-of select="?label"/>
                    </a>
                  </li>
                </xsl:for-each>
              </ul>
            </nav>
          </xsl:if>
          <xsl:if test="$pages gt 1">
            <p class="list-range">
              <xsl:value-of select="'Documents ' || format-integer($first, '#,##0') || '–' || format-integer($first + count($documents) - 1, '#,##0') || ' of ' || format-integer($total, '#,##0') || ', ' || $order?words"/>
            </p>
          </xsl:if>
          <xsl:call-template name="tc:filters">
            <xsl:with-param name="documents" select="$documents"/>
          </xsl:call-template>
          <p id="te-filter-status" class="filter-status" role="status" aria-live="polite"></p>
          <ol class="document-list">
            <xsl:if test="$first gt 1"><xsl:attribute name="start" select="$first"/></xsl:if>
            <xsl:for-each select="$documents">
              <xsl:call-template name="tc:document-item"/>
            </xsl:for-each>
          </ol>
          <xsl:call-template name="tc:pagination">
            <xsl:with-param name="base" select="$order?base"/>
            <xsl:with-param name="n" select="$n"/>
            <xsl:with-param name="pages" select="$pages"/>
            <xsl:with-param name="label" select="'Pages of the list ' || $order?words"/>
          </xsl:call-template>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- Each entity's label and place in its index (alphabetical), by anchor, per kind; and each keyword's. -->
  <xsl:variable name="tc:entity-index" as="map(*)" select="map:merge(
    for $kind in ('person', 'place', 'org')
    return map { $kind: map:merge(
      for $i in 1 to array:size($tc:model?entities($kind))
      return map { $tc:model?entities($kind)($i)?anchor: map { 'label': $tc:model?entities($kind)($i)?label, 'order': $i } }) })"/>
  <xsl:variable name="tc:keyword-index" as="map(*)" select="map:merge(
    for $i in 1 to array:size($tc:model?keywords)
    return map { $tc:model?keywords($i)?key: map { 'label': $tc:model?keywords($i)?label, 'order': $i } })"/>

  <!--
    The filters: a choice of entity per index, and of keyword, among those of the documents on the
    page (the filters act on them), each with the number of those documents. Revealed by the script.
    Listing only the page's keeps a page's size to its documents, however large the indexes grow.
  -->
  <xsl:template name="tc:filters">
    <xsl:param name="documents" as="map(*)*"/>
    <xsl:variable name="choices" as="map(*)*">
      <xsl:for-each select="$tc:present-pages">
        <xsl:variable name="kind" select="?kind"/>
        <xsl:variable name="index" select="$tc:entity-index($kind)"/>
        <xsl:variable name="anchors" select="sort(distinct-values($documents ! ?entities($kind)?*), (), function ($a) { $index($a)?order })"/>
        <xsl:if test="exists($anchors)">
          <xsl:sequence select="map { 'name': $kind, 'label': ?heading, 'all': 'any ' || ?one,
            'options': array { for $a in $anchors return map { 'value': $a, 'label': $index($a)?label, 'count': count($documents[?entities($kind)?* = $a]) } } }"/>
        </xsl:if>
      </xsl:for-each>
      <xsl:variable name="keys" select="sort(distinct-values($documents ! ?keywords?*?key), (), function ($k) { $tc:keyword-index($k)?order })"/>
      <xsl:if test="exists($keys)">
        <xsl:sequence select="map { 'name': 'keyword', 'label': 'Keywords', 'all': 'any keyword',
          'options': array { for $k in $keys return map { 'value': $k, 'label': $tc:keyword-index($k)?label, 'count': count($documents[?keywords?*?key = $k]) } } }"/>
      </xsl:if>
    </xsl:variable>
    <xsl:if test="exists($choices)">
      <fieldset class="collection-filters" hidden="hidden">
        <legend>Filter the documents</legend>
        <xsl:for-each select="$choices">
          <div class="filter">
            <label for="te-filter-{?name}"><xsl:value-of select="?label"/></label>
            <select id="te-filter-{?name}" name="{?name}" data-filter="{?name}">
              <option value=""><xsl:value-of select="'(' || ?all || ')'"/></option>
              <xsl:for-each select="?options?*">
                <option value="{?value}"><xsl:value-of select="?label || ' (' || ?count || ')'"/></option>
              </xsl:for-each>
            </select>
          </div>
        </xsl:for-each>
        <div class="filter filter-reset">
          <button type="button" class="filter-clear">Show all</button>
        </div>
      </fieldset>
    </xsl:if>
  </xsl:template>

  <xsl:template name="tc:document-item">
    <xsl:variable name="doc" select="." as="map(*)"/>
    <li class="document-item">
      <xsl:for-each select="$tc:present-pages">
        <xsl:attribute name="data-{?kind}" select="string-join($doc?entities(?kind)?*, ' ')"/>
      </xsl:for-each>
      <xsl:attribute name="data-keyword" select="string-join($doc?keywords?*?key, ' ')"/>
      <h3 class="document-title">
        <a href="{?href}">
          <xsl:sequence select="tc:lang-attributes(?lang, ?dir)"/>
          <xsl:value-of select="?title"/>
        </a>
      </h3>
      <xsl:variable name="byline" select="string-join((?date, ?place, ?authors?*)[. instance of xs:string][. ne ''], ' · ')"/>
      <xsl:if test="$byline ne ''">
        <p class="byline"><xsl:value-of select="$byline"/></p>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="?summary instance of xs:string">
          <xsl:for-each select="tokenize(?summary, '\n\n')">
            <p class="summary"><xsl:value-of select="."/></p>
          </xsl:for-each>
        </xsl:when>
        <xsl:when test="?opening ne ''">
          <p class="document-opening">
            <xsl:sequence select="tc:lang-attributes(?lang, ?dir)"/>
            <xsl:value-of select="?opening"/>
          </p>
        </xsl:when>
      </xsl:choose>
      <xsl:if test="array:size(?keywords) gt 0">
        <ul class="keywords">
          <xsl:for-each select="?keywords?*">
            <li><xsl:value-of select="?label"/></li>
          </xsl:for-each>
        </ul>
      </xsl:if>
    </li>
  </xsl:template>
</xsl:stylesheet>
