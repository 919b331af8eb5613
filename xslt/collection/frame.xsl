<?xml version="1.0" encoding="UTF-8"?>
<!--
  What every collection page shares: the head (the document pages'
  Content-Security-Policy, so that nothing inline runs), the banner with the
  collection's title and the navigation between its pages, and the footer.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:te="urn:x-tei-edition"
  xmlns:tc="urn:x-tei-edition:collection"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- The policy of the document pages (xslt/html/page.xsl); a test keeps the two equal. -->
  <xsl:variable name="tc:csp" as="xs:string"
    select="&quot;default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; font-src 'self'; connect-src 'none'; base-uri 'none'; form-action 'none'&quot;"/>

  <!-- "1 document", "12 documents". -->
  <xsl:function name="tc:count" as="xs:string">
    <xsl:param name="n" as="xs:integer"/>
    <xsl:param name="one" as="xs:string"/>
    <xsl:param name="many" as="xs:string"/>
    <xsl:sequence select="format-integer($n, '#,##0') || ' ' || (if ($n eq 1) then $one else $many)"/>
  </xsl:function>

  <!-- The file of page $n of a paginated list: index.html, index-2.html, … -->
  <xsl:function name="tc:page-file" as="xs:string">
    <xsl:param name="base" as="xs:string"/>
    <xsl:param name="n" as="xs:integer"/>
    <xsl:sequence select="$base || (if ($n eq 1) then '' else '-' || $n) || '.html'"/>
  </xsl:function>

  <!-- Links to the pages of a list (previous, each page, next); nothing when it has one page. -->
  <xsl:template name="tc:pagination">
    <xsl:param name="base" as="xs:string"/>
    <xsl:param name="n" as="xs:integer"/>
    <xsl:param name="pages" as="xs:integer"/>
    <xsl:param name="label" as="xs:string"/>
    <xsl:if test="$pages gt 1">
      <nav class="pagination" aria-label="{$label}">
        <ul>
          <xsl:if test="$n gt 1">
            <li><a href="{tc:page-file($base, $n - 1)}" rel="prev">Previous</a></li>
          </xsl:if>
          <xsl:for-each select="1 to $pages">
            <li>
              <a href="{tc:page-file($base, .)}" aria-label="page {.}">
                <xsl:if test=". eq $n"><xsl:attribute name="aria-current" select="'page'"/></xsl:if>
                <xsl:value-of select="."/>
              </a>
            </li>
          </xsl:for-each>
          <xsl:if test="$n lt $pages">
            <li><a href="{tc:page-file($base, $n + 1)}" rel="next">Next</a></li>
          </xsl:if>
        </ul>
      </nav>
    </xsl:if>
  </xsl:template>

  <!-- lang and dir for text in its own language, when the page knows it. -->
  <xsl:function name="tc:lang-attributes" as="attribute()*">
    <xsl:param name="lang" as="xs:string?"/>
    <xsl:param name="dir" as="xs:string?"/>
    <xsl:if test="$lang ne '' and $lang ne 'en'"><xsl:attribute name="lang" select="$lang"/></xsl:if>
    <xsl:if test="$dir = ('rtl', 'ltr')"><xsl:attribute name="dir" select="$dir"/></xsl:if>
  </xsl:function>

  <xsl:template name="tc:page">
    <xsl:param name="file" as="xs:string"/>
    <!-- The first page of the list this page belongs to (persons.html for persons-2.html), for the navigation. -->
    <xsl:param name="section" as="xs:string" select="$file"/>
    <xsl:param name="heading" as="xs:string"/>
    <xsl:param name="description" as="xs:string"/>
    <xsl:param name="scripts" as="xs:string*"/>
    <xsl:param name="content" as="item()*"/>
    <xsl:variable name="title" select="string($tc:model?title)"/>
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta http-equiv="Content-Security-Policy" content="{$tc:csp}"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="color-scheme" content="light dark"/>
        <meta name="referrer" content="no-referrer"/>
        <meta name="generator" content="{$tc:model?generator}"/>
        <title><xsl:value-of select="if ($heading eq $title) then $title else $heading || ' · ' || $title"/></title>
        <meta name="description" content="{$description}"/>
        <link rel="stylesheet" href="assets/edition.css"/>
        <link rel="stylesheet" href="assets/collection.css"/>
        <xsl:for-each select="$scripts">
          <script src="{.}" defer="defer"></script>
        </xsl:for-each>
      </head>
      <body class="collection-page">
        <a class="skip-link" href="#te-main">Skip to the content</a>
        <header class="edition-header">
          <xsl:if test="$heading ne $title">
            <p class="edition-series"><xsl:value-of select="$title"/></p>
          </xsl:if>
          <h1 id="te-title"><xsl:value-of select="$heading"/></h1>
          <p class="byline"><xsl:value-of select="$description"/></p>
          <nav class="page-nav" aria-label="Collection">
            <ul>
              <xsl:for-each select="map { 'file': 'index.html', 'heading': 'Documents' }, $tc:present-pages">
                <li>
                  <a href="{?file}">
                    <xsl:if test="?file eq $section"><xsl:attribute name="aria-current" select="if ($file eq $section) then 'page' else 'true'"/></xsl:if>
                    <xsl:value-of select="?heading"/>
                  </a>
                </li>
              </xsl:for-each>
            </ul>
          </nav>
        </header>
        <main id="te-main" class="collection" tabindex="-1">
          <xsl:sequence select="$content"/>
        </main>
        <footer class="edition-footer">
          <p>Rendered from TEI P5 by tei-edition.</p>
        </footer>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
