<?xml version="1.0" encoding="UTF-8"?>
<!--
  The HTML edition: how each meaning decided in xslt/common/ looks on one
  static page per document. It imports the meaning layer and overrides the
  look interface (look.xsl), one concern per included module.

  Reading and diplomatic alternatives are both written, marked with the
  classes v-read and v-dipl; assets/edition.css shows the reading view unless
  the view control (a radio pair that works without scripts) or the page's
  data-view says otherwise, so the page is complete with scripts off. Nothing
  is inline: no style attributes, no script elements with content, so the
  page runs under a strict Content-Security-Policy.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:import href="../common/meaning.xsl"/>

  <!-- This format, for the one list of the elements that have a rule (ruled-elements.xsl). -->
  <xsl:variable name="te:format" as="xs:string" select="'html'"/>

  <xsl:include href="../common/ruled-elements.xsl"/>
  <xsl:include href="../common/block-content.xsl"/>
  <xsl:include href="../common/conventions.xsl"/>
  <xsl:include href="attributes.xsl"/>
  <xsl:include href="page.xsl"/>
  <xsl:include href="metadata-panel.xsl"/>
  <xsl:include href="citation.xsl"/>
  <xsl:include href="blocks.xsl"/>
  <xsl:include href="phrases.xsl"/>
  <xsl:include href="names.xsl"/>
  <xsl:include href="interactive.xsl"/>
  <xsl:include href="index.xsl"/>
  <xsl:include href="speech.xsl"/>
  <xsl:include href="interventions.xsl"/>
  <xsl:include href="notes.xsl"/>
  <xsl:include href="marks.xsl"/>
  <xsl:include href="apparatus.xsl"/>
  <xsl:include href="samples.xsl"/>
  <xsl:include href="legend.xsl"/>
  <xsl:include href="coverage.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>

  <!-- Relative path from the page to output/html/assets/. -->
  <xsl:param name="assets-path" as="xs:string" select="'assets/'"/>
  <!-- Relative path from the page to the copy of its TEI source ('' for none). -->
  <xsl:param name="source-href" as="xs:string" select="''"/>
  <!--
    Absolute URL of the folder where the HTML pages are published (e.g. "https://example.org/edition/html/"),
    for the citation and the Highwire tags; '' when unknown, in which case a URL given in the header's
    publicationStmt (idno type="URI", ptr) is used, and otherwise none is cited.
  -->
  <xsl:param name="edition-base-url" as="xs:string" select="''"/>
</xsl:stylesheet>
