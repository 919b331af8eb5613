<?xml version="1.0" encoding="UTF-8"?>
<!--
  The collection pages: the list of documents (html/index.html, with the
  full-text search and the filters) and the indexes of persons, places and
  organisations across documents (html/persons.html, places.html,
  organisations.html), each list in pages of $page-size (index-2.html,
  persons-2.html, …), the documents also in title order (by-title.html). They have the look of the document pages (the same
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

  <!-- Documents, and entities, per page of a list. -->
  <xsl:param name="page-size" as="xs:string" select="'50'"/>
  <xsl:variable name="tc:page-size" as="xs:integer" select="max((1, xs:integer($page-size)))"/>

  <!-- The documents in title order: their positions (from 0) in the model's date order, as JSON (src/collection/render-collection.ts sorts them). -->
  <xsl:param name="title-order" as="xs:string" select="'[]'"/>
  <xsl:variable name="tc:title-order" as="xs:integer*" select="array:flatten(parse-json($title-order)) ! xs:integer(.)"/>

  <!-- Every index page: its kind in the model, its file, its heading, and the word for one of its entries. -->
  <xsl:variable name="tc:index-pages" as="map(*)*" select="
    map { 'kind': 'person', 'file': 'persons.html', 'base': 'persons', 'heading': 'Persons', 'one': 'person' },
    map { 'kind': 'place', 'file': 'places.html', 'base': 'places', 'heading': 'Places', 'one': 'place' },
    map { 'kind': 'org', 'file': 'organisations.html', 'base': 'organisations', 'heading': 'Organisations', 'one': 'organisation' }"/>

  <!-- The index pages that have entries (a collection without places has no page of places). -->
  <xsl:variable name="tc:present-pages" as="map(*)*" select="$tc:index-pages[array:size($tc:model?entities(?kind)) gt 0]"/>

  <xsl:template match="/">
    <xsl:call-template name="tc:documents-pages"/>
    <xsl:for-each select="$tc:present-pages">
      <xsl:call-template name="tc:entity-pages">
        <xsl:with-param name="page" select="."/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
