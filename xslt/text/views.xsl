<?xml version="1.0" encoding="UTF-8"?>
<!--
  Whether the two views of a document can differ. The look consults $view in
  four places only: the bracket conventions (tx:apply-convention, for marked
  stretches, stamps, page and column breaks, events), choices
  (te:alternatives), quotation marks (tx:quotes-added) and notes inside
  something a view leaves out (notes.xsl, through tx:drop-reason, whose
  view-dependent reasons are again choices and conventions). A document whose
  text holds no choice, no quotation whose marks the reading view adds, and no
  element whose convention has different patterns in the two views reads the
  same in both.

  The pipeline learns the answer from the reading run, which writes it
  (true or false) to the result document named by the parameter views-report
  when that is set; other tools can ask the named template tx:views-differ on
  the same parameters. When the answer is no, the pipeline writes the reading
  text as the diplomatic text instead of rendering it again: 38 of
  the 97 shared corpus files the edition renders, among them its FRUS volumes,
  have no such element. tests/text/views.test.ts checks the answer against
  both views for each kind of element; tests/text/corpus.test.ts checks that
  every corpus file said not to differ has byte-identical views.

  Whoever makes another rendering depend on $view must extend tx:views-differ
  (the corpus test fails otherwise on any corpus file that has the element).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:te="urn:x-tei-edition"
  xmlns:tx="urn:x-tei-edition:text"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- The convention kinds whose patterns differ between the views, after the parameters. -->
  <xsl:variable name="tx:kinds-differing" as="xs:string*" select="
    distinct-values((map:keys($tx:conventions?reading), map:keys($tx:conventions?diplomatic)))
      [tx:pattern(., 'reading') ne tx:pattern(., 'diplomatic')]"/>

  <!-- The elements rendered with each convention kind (interventions.xsl, conventions.xsl, phrases.xsl). -->
  <xsl:variable name="tx:kind-elements" as="map(xs:string, xs:string+)" select="map {
    'sic': 'sic', 'supplied': 'supplied', 'unclear': 'unclear', 'gap': 'gap', 'del': 'del', 'add': 'add', 'surplus': 'surplus',
    'damage': 'damage', 'corr': 'corr', 'secl': 'secl', 'restore': 'restore', 'space': 'space', 'am': 'am', 'am-kept': 'am',
    'expan-part': 'ex', 'stamp': 'stamp', 'pb': 'pb', 'cb': 'cb', 'event': ('incident', 'vocal', 'kinesic', 'pause') }"/>

  <!-- The names of the elements that may render differently, as a map for one lookup per element of the text. -->
  <xsl:variable name="tx:names-differing" as="map(xs:string, xs:boolean)" select="map:merge((
    'choice',
    if ($tx:marks-removed or $tx:marks-kept) then () else ('said', 'q', 'soCalled', 'quote'),
    $tx:kinds-differing ! $tx:kind-elements(.)) ! map { .: true() }, map { 'duplicates': 'use-first' })"/>

  <!-- True when $element (one of those named above) renders differently in the two views. -->
  <xsl:function name="tx:differs" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:variable name="name" select="local-name($element)"/>
    <xsl:sequence select="
      if ($name = 'choice') then true()
      else if ($name = ('said', 'q', 'soCalled', 'quote')) then tx:quotable($element)
      else (if ($name = ('incident', 'vocal', 'kinesic', 'pause')) then 'event' else tx:marked-kind($element)) = $tx:kinds-differing"/>
  </xsl:function>

  <!-- True when the reading and the diplomatic text of this document can differ (see above). -->
  <xsl:variable name="tx:views-differ" as="xs:boolean" select="
    some $e in $tx:texts/descendant-or-self::*[map:contains($tx:names-differing, local-name())][namespace-uri() eq 'http://www.tei-c.org/ns/1.0']
    satisfies tx:differs($e)"/>

  <!--
    Where the reading run writes the answer ('' for nowhere): asking it of the run that renders the
    text spares a transform of its own, which cost saxon-js 1.2–1.4 s over the 97 shared corpus files
    (12–14 ms a document: setting up the compiled stylesheet and its global variables again).
  -->
  <xsl:param name="views-report" as="xs:string" select="''"/>

  <xsl:template name="tx:write-views-report">
    <xsl:if test="$views-report ne ''">
      <xsl:result-document href="{$views-report}" method="text" encoding="UTF-8">
        <xsl:value-of select="$tx:views-differ"/>
      </xsl:result-document>
    </xsl:if>
  </xsl:template>

  <!-- The answer as a named template: run with this initial template on the document, with the same parameters. -->
  <xsl:template name="tx:views-differ" visibility="public" as="xs:boolean">
    <xsl:sequence select="$tx:views-differ"/>
  </xsl:template>
</xsl:stylesheet>
