<?xml version="1.0" encoding="UTF-8"?>
<!--
  The collection pages: the list of documents (html/index.html, with the
  full-text search and the filters) and the indexes of persons, places and
  organisations across documents (html/persons.html, places.html,
  organisations.html). They have the look of the document pages (the same
  edition.css classes, the same Content-Security-Policy, nothing inline),
  plus assets/collection.css and assets/collection.js for what only they do.

  The input is the collection model as JSON, in the parameter "model"
  (src/collection/collection-model.ts); the source document is a
  placeholder. It imports the meaning layer for what a link to an authority
  means (te:authority-links), decided there once for every page.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:array="http://www.w3.org/2005/xpath-functions/array"
  xmlns:te="urn:x-tei-edition"
  xmlns:tc="urn:x-tei-edition:collection"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:import href="../common/meaning.xsl"/>

  <xsl:include href="frame.xsl"/>
  <xsl:include href="documents-page.xsl"/>
  <xsl:include href="entity-pages.xsl"/>

  <!-- The collection model, as JSON. -->
  <xsl:param name="model" as="xs:string" select="'{}'"/>

  <xsl:variable name="tc:model" as="map(*)" select="parse-json($model)"/>

  <!-- Every index page: its kind in the model, its file, its heading, and the word for one of its entries. -->
  <xsl:variable name="tc:index-pages" as="map(*)*" select="
    map { 'kind': 'person', 'file': 'persons.html', 'heading': 'Persons', 'one': 'person' },
    map { 'kind': 'place', 'file': 'places.html', 'heading': 'Places', 'one': 'place' },
    map { 'kind': 'org', 'file': 'organisations.html', 'heading': 'Organisations', 'one': 'organisation' }"/>

  <!-- The index pages that have entries (a collection without places has no page of places). -->
  <xsl:variable name="tc:present-pages" as="map(*)*" select="$tc:index-pages[array:size($tc:model?entities(?kind)) gt 0]"/>

  <xsl:template match="/">
    <xsl:result-document href="html/index.html" method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no">
      <xsl:call-template name="tc:documents-page"/>
    </xsl:result-document>
    <xsl:for-each select="$tc:present-pages">
      <xsl:result-document href="html/{?file}" method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no">
        <xsl:call-template name="tc:entity-page">
          <xsl:with-param name="page" select="."/>
        </xsl:call-template>
      </xsl:result-document>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
