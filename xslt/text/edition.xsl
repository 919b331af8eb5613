<?xml version="1.0" encoding="UTF-8"?>
<!--
  The plain-text edition: one plain template rule per TEI element, each
  building its content in place, on the meaning decided once in xslt/common/
  (functions, maps and keys; no named look templates). One run renders one view ($view): 'reading' (corrections,
  regularisations and expansions; the reader's text) or 'diplomatic' (the
  text as printed, with the marks the source printed restored).

  Modules, one concern each:
    layout.xsl       the block model: layout elements and the page, laid out by src/transform/layout-text.ts
    markers.xsl      the markers left in the text for the layout stage (forced breaks, glue, joins)
    blocks.xsl       paragraphs, headings, opener and closer, lists, verse, drama
    tables.xsl       tables with aligned columns
    phrases.xsl      speech, breaks, remarks, unknown elements
    quotes.xsl       quotation marks by language and nesting
    conventions.xsl  the bracket conventions (supplied, gap, unclear, del, add…)
    notes.xsl        endnotes and apparatus
    header.xsl       the header block
    drops.xsl        what is left out, and the drop report
    views.xsl        whether the two views of a document can differ
    document.xsl     what the text is, and the page

  Parameters (all strings; see docs/text-edition.md):
    view, width, header, drop-note-types, conventions, conventions-reading,
    conventions-diplomatic, drop-report, views-report; name comes from the
    meaning layer.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:te="urn:x-tei-edition"
  xmlns:tx="urn:x-tei-edition:text"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:import href="../common/meaning.xsl"/>

  <!-- This format, for the one list of the elements that have a rule (ruled-elements.xsl). -->
  <xsl:variable name="te:format" as="xs:string" select="'text'"/>

  <xsl:include href="../common/ruled-elements.xsl"/>
  <xsl:include href="../common/kinds.xsl"/>

  <xsl:include href="markers.xsl"/>
  <xsl:include href="layout.xsl"/>
  <xsl:include href="conventions.xsl"/>
  <xsl:include href="quotes.xsl"/>
  <xsl:include href="blocks.xsl"/>
  <xsl:include href="tables.xsl"/>
  <xsl:include href="phrases.xsl"/>
  <xsl:include href="notes.xsl"/>
  <xsl:include href="header.xsl"/>
  <xsl:include href="drops.xsl"/>
  <xsl:include href="views.xsl"/>
  <xsl:include href="document.xsl"/>

  <!-- The principal result is the block model (one tx:page), which the layout stage turns into the text. -->
  <xsl:output method="xml" encoding="UTF-8" omit-xml-declaration="yes" indent="no"/>

  <!-- reading: corrections, regularisations and expansions; diplomatic: the text as printed. -->
  <xsl:param name="view" as="xs:string" select="'reading'"/>
  <!-- Wrap width in columns; 0 disables wrapping. A string, so that a JS number's xs:double never leaks in. -->
  <xsl:param name="width" as="xs:string" select="'78'"/>
  <!-- 'yes' (default): the header block heads the text; 'no': the text alone (for corpus tools). -->
  <xsl:param name="header" as="xs:string" select="'yes'"/>

  <xsl:variable name="tx:width" as="xs:integer" select="if ($width castable as xs:integer) then max((0, xs:integer($width))) else 78"/>
</xsl:stylesheet>
