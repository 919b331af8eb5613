<?xml version="1.0" encoding="UTF-8"?>
<!--
  html/index.html: every document of the collection in date order (undated
  ones last), with its title, date, place, authors, summary (or the opening
  of its text) and keywords. The list is complete without scripts; the
  script (assets/collection.js) adds what needs one: the full-text search and
  the filters by person, place, organisation and keyword, which it reveals.
  Controls are native (a search form, select elements), so they work from
  the keyboard as they are.
  Each item carries the anchors of its entities and keywords in data
  attributes, for the filters.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:array="http://www.w3.org/2005/xpath-functions/array"
  xmlns:te="urn:x-tei-edition"
  xmlns:tc="urn:x-tei-edition:collection"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:template name="tc:documents-page">
    <xsl:variable name="documents" select="$tc:model?documents?*" as="map(*)*"/>
    <xsl:call-template name="tc:page">
      <xsl:with-param name="file" select="'index.html'"/>
      <xsl:with-param name="heading" select="string($tc:model?title)"/>
      <xsl:with-param name="description" select="tc:count(count($documents), 'document', 'documents')"/>
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
          <xsl:call-template name="tc:filters"/>
          <p id="te-filter-status" class="filter-status" role="status" aria-live="polite"></p>
          <ol class="document-list">
            <xsl:for-each select="$documents">
              <xsl:call-template name="tc:document-item"/>
            </xsl:for-each>
          </ol>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The filters: a choice of entity per index, and of keyword; only those the collection has. Revealed by the script. -->
  <xsl:template name="tc:filters">
    <xsl:variable name="choices" as="map(*)*">
      <xsl:for-each select="$tc:present-pages">
        <xsl:sequence select="map { 'name': ?kind, 'label': ?heading, 'all': 'any ' || ?one,
          'options': array:for-each($tc:model?entities(?kind), function ($e) { map { 'value': $e?anchor, 'label': $e?label, 'count': array:size($e?documents) } }) }"/>
      </xsl:for-each>
      <xsl:if test="array:size($tc:model?keywords) gt 0">
        <xsl:sequence select="map { 'name': 'keyword', 'label': 'Keywords', 'all': 'any keyword',
          'options': array:for-each($tc:model?keywords, function ($k) { map { 'value': $k?key, 'label': $k?label, 'count': $k?count } }) }"/>
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
