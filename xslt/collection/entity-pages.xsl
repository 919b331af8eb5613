<?xml version="1.0" encoding="UTF-8"?>
<!--
  The indexes across documents (html/persons.html, places.html,
  organisations.html, and persons-2.html … when an index has more entities
  than a page holds): each entity once, filed under its initial, with its
  other names, its authority links, and every document that lists or names
  it, linking to its entry in that document's own index and to each of its
  occurrences there (the anchors the document page gives them). An entity
  whose page entry has no anchor (a name pointing straight at an authority)
  links to the document.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:array="http://www.w3.org/2005/xpath-functions/array"
  xmlns:te="urn:x-tei-edition"
  xmlns:tc="urn:x-tei-edition:collection"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- The id of an initial's section ("te-initial-3" for the third), safe whatever the script of the letter. -->
  <xsl:function name="tc:initial-id" as="xs:string">
    <xsl:param name="position" as="xs:integer"/>
    <xsl:sequence select="'te-initial-' || $position"/>
  </xsl:function>

  <!-- The entity's identifiers as TEI idno elements, so that the meaning layer says where each one leads. -->
  <xsl:function name="tc:authority-links" as="map(*)*">
    <xsl:param name="entity" as="map(*)"/>
    <xsl:variable name="entry" as="element()">
      <person xmlns="http://www.tei-c.org/ns/1.0">
        <xsl:for-each select="$entity?idnos?*">
          <idno type="{?type}"><xsl:value-of select="?value"/></idno>
        </xsl:for-each>
      </person>
    </xsl:variable>
    <!-- One link per URL: the same record may be named by two documents with different idno types. -->
    <xsl:for-each-group select="te:authority-links($entry)" group-by="?url">
      <xsl:sequence select="current-group()[1]"/>
    </xsl:for-each-group>
  </xsl:function>

  <!-- Every page of one index: $tc:page-size entities a page, in alphabetical order. -->
  <xsl:template name="tc:entity-pages">
    <xsl:param name="page" as="map(*)"/>
    <xsl:variable name="entities" select="$tc:model?entities($page?kind)?*" as="map(*)*"/>
    <xsl:variable name="pages" select="max((1, (count($entities) + $tc:page-size - 1) idiv $tc:page-size))" as="xs:integer"/>
    <!-- Each initial once, with the page its first entity is on. -->
    <xsl:variable name="initials" as="map(*)*">
      <xsl:for-each-group select="$entities" group-by="?initial">
        <xsl:variable name="at" select="index-of($entities ! ?anchor, current-group()[1]?anchor)[1]"/>
        <xsl:sequence select="map { 'initial': current-grouping-key(), 'id': tc:initial-id(position()), 'page': ($at - 1) idiv $tc:page-size + 1 }"/>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:for-each select="1 to $pages">
      <xsl:variable name="n" select="."/>
      <xsl:result-document href="html/{tc:page-file($page?base, $n)}" method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no">
        <xsl:call-template name="tc:entity-page">
          <xsl:with-param name="page" select="$page"/>
          <xsl:with-param name="n" select="$n"/>
          <xsl:with-param name="pages" select="$pages"/>
          <xsl:with-param name="total" select="count($entities)"/>
          <xsl:with-param name="initials" select="$initials"/>
          <xsl:with-param name="entities" select="subsequence($entities, ($n - 1) * $tc:page-size + 1, $tc:page-size)"/>
        </xsl:call-template>
      </xsl:result-document>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="tc:entity-page">
    <xsl:param name="page" as="map(*)"/>
    <xsl:param name="n" as="xs:integer"/>
    <xsl:param name="pages" as="xs:integer"/>
    <xsl:param name="total" as="xs:integer"/>
    <xsl:param name="initials" as="map(*)*"/>
    <xsl:param name="entities" as="map(*)*"/>
    <xsl:call-template name="tc:page">
      <xsl:with-param name="file" select="tc:page-file($page?base, $n)"/>
      <xsl:with-param name="section" select="$page?file"/>
      <xsl:with-param name="heading" select="$page?heading"/>
      <xsl:with-param name="description" select="tc:count($total, $page?one, lower-case($page?heading)) || ' in ' || tc:count(array:size($tc:model?documents), 'document', 'documents')"/>
      <xsl:with-param name="scripts" select="'assets/collection.js'"/>
      <xsl:with-param name="content" as="item()*">
        <nav class="initials" aria-label="Initials">
          <ul>
            <xsl:for-each select="$initials">
              <li><a href="{if (?page eq $n) then '' else tc:page-file($page?base, ?page)}#{?id}"><xsl:value-of select="?initial"/></a></li>
            </xsl:for-each>
          </ul>
        </nav>
        <!-- Not a form: it filters as one types, and there is nothing to submit. -->
        <div class="entity-find" role="search" aria-label="Find a name" hidden="hidden">
          <label for="te-find">Find a name</label>
          <input type="search" id="te-find" autocomplete="off" spellcheck="false"/>
          <p id="te-find-status" class="filter-status" role="status" aria-live="polite"></p>
        </div>
        <xsl:for-each-group select="$entities" group-by="?initial">
          <xsl:variable name="id" select="$initials[?initial eq current-grouping-key()][1]?id"/>
          <section class="initial-group" aria-labelledby="{$id}">
            <h2 id="{$id}"><xsl:value-of select="current-grouping-key()"/></h2>
            <ul class="index-list">
              <xsl:for-each select="current-group()">
                <xsl:call-template name="tc:entity-entry">
                  <xsl:with-param name="page" select="$page"/>
                </xsl:call-template>
              </xsl:for-each>
            </ul>
          </section>
        </xsl:for-each-group>
        <xsl:call-template name="tc:pagination">
          <xsl:with-param name="base" select="$page?base"/>
          <xsl:with-param name="n" select="$n"/>
          <xsl:with-param name="pages" select="$pages"/>
          <xsl:with-param name="label" select="'Pages of the ' || lower-case($page?heading)"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="tc:entity-entry">
    <xsl:param name="page" as="map(*)"/>
    <xsl:variable name="label" select="string(?label)"/>
    <xsl:variable name="documents" select="?documents?*" as="map(*)*"/>
    <li id="{?anchor}" class="index-entry index-entry-{?kind}" data-names="{string-join(($label, ?names?*), ' | ')}">
      <p class="entry-head">
        <span class="entry-name"><xsl:value-of select="$label"/></span>
        <xsl:for-each select="?names?*">
          <xsl:text> </xsl:text>
          <span class="entry-alt"><xsl:value-of select="."/></span>
        </xsl:for-each>
      </p>
      <xsl:variable name="authorities" select="tc:authority-links(.)"/>
      <xsl:if test="exists($authorities)">
        <p class="entry-authorities">
          <xsl:for-each select="$authorities">
            <xsl:if test="position() gt 1"><xsl:text> · </xsl:text></xsl:if>
            <a href="{?url}" rel="noopener noreferrer"><xsl:value-of select="?label"/></a>
          </xsl:for-each>
        </p>
      </xsl:if>
      <p class="entry-count">
        <xsl:value-of select="tc:count(count($documents), 'document', 'documents')"/>
        <!-- The list's filters see the documents of the page shown: with one page, that is all of them. -->
        <xsl:if test="array:size($tc:model?documents) le $tc:page-size">
          <xsl:text> · </xsl:text>
          <a href="index.html?{$page?kind}={encode-for-uri(?anchor)}" aria-label="list them: the documents with {$label}">list them</a>
        </xsl:if>
      </p>
      <ul class="entry-documents">
        <xsl:for-each select="$documents">
          <xsl:variable name="occurrences" select="?occurrences?*" as="map(*)*"/>
          <li>
            <a class="entry-document" href="{(?entry, ?href)[1]}"><xsl:value-of select="?title"/></a>
            <xsl:if test="exists($occurrences)">
              <xsl:text>: </xsl:text>
              <span class="entry-occurrences">
                <xsl:variable name="title" select="?title"/>
                <xsl:for-each select="$occurrences">
                  <xsl:if test="position() gt 1"><xsl:text> </xsl:text></xsl:if>
                  <a class="occurrence" href="{?href}" aria-label="{$label} in {$title}, occurrence {position()} of {count($occurrences)}, {?label}"><xsl:value-of select="?label"/></a>
                </xsl:for-each>
              </span>
            </xsl:if>
          </li>
        </xsl:for-each>
      </ul>
    </li>
  </xsl:template>
</xsl:stylesheet>
