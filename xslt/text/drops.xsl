<?xml version="1.0" encoding="UTF-8"?>
<!--
  What the text edition leaves out, and why: nothing is dropped silently.

  Every rule that keeps an element's content out of the text is written
  once, here, as a template of mode tx:drop-reason that gives the reason
  (or '' when the element is shown). The same rules decide the rendering
  (the templates that render nothing are in this file, next to their
  reasons) and the drop report, so the two cannot disagree; choices and
  marked stretches ask the same functions as their rendering
  (te:choice-reading/-diplomatic, tx:omitted).

  The report, reports/<name>.text-drops.json, lists for each view the
  outermost elements whose content did not reach the text, grouped by
  element and reason, with their count, the characters of text they hold
  and where each one is (an XPath like the validator's diagnostics). It also
  lists the elements that no rule knows ("unknown"): their text is kept as
  running text, but their meaning is not rendered.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:array="http://www.w3.org/2005/xpath-functions/array"
  xmlns:te="urn:x-tei-edition"
  xmlns:tx="urn:x-tei-edition:text"
  xmlns:xi="http://www.w3.org/2001/XInclude"
  xmlns:cb="http://www.cbeta.org/ns/1.0"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- 'auto': the report is written by the reading run (one report covers both views); 'yes': always; 'no': never. -->
  <xsl:param name="drop-report" as="xs:string" select="'auto'"/>

  <xsl:variable name="tx:TEI-NS" as="xs:string" select="'http://www.tei-c.org/ns/1.0'"/>

  <!-- ===== The reasons (and, for the look's own omissions, the rendering) ===== -->

  <!-- The drop reason of $element in $for-view, '' when its content is shown. -->
  <xsl:function name="tx:drop-reason" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:param name="for-view" as="xs:string"/>
    <xsl:variable name="reason" as="xs:string?">
      <xsl:apply-templates select="$element" mode="tx:drop-reason">
        <xsl:with-param name="tx:for-view" select="$for-view" tunnel="yes"/>
      </xsl:apply-templates>
    </xsl:variable>
    <xsl:sequence select="string($reason)"/>
  </xsl:function>

  <xsl:template match="*" mode="tx:drop-reason" priority="-10" as="xs:string">
    <xsl:sequence select="''"/>
  </xsl:template>

  <!--
    Templates in both modes: in the default mode (rendering) they render nothing; asked for a
    reason (mode tx:drop-reason, with the view as a tunnel parameter) they give it.
  -->
  <xsl:template match="xi:include" mode="#default tx:drop-reason" as="xs:string?">
    <xsl:param name="tx:for-view" as="xs:string" select="''" tunnel="yes"/>
    <xsl:sequence select="('XInclude not resolved (the pipeline resolves XIncludes; this one''s target was missing or unreadable): the content of ' || (@href, 'the included file')[1] || ' is not part of this text')[$tx:for-view ne '']"/>
  </xsl:template>

  <xsl:template match="interp | interpGrp | span | spanGrp | fs | fLib | fvLib | link | linkGrp | join | joinGrp | alt | altGrp
                       | timeline | certainty | precision | respons | annotation | listAnnotation"
                mode="#default tx:drop-reason" as="xs:string?">
    <xsl:param name="tx:for-view" as="xs:string" select="''" tunnel="yes"/>
    <xsl:sequence select="'analytic annotation, not text'[$tx:for-view ne '']"/>
  </xsl:template>

  <xsl:template match="graphic | media | binaryObject" mode="#default tx:drop-reason" as="xs:string?">
    <xsl:param name="tx:for-view" as="xs:string" select="''" tunnel="yes"/>
    <xsl:sequence select="'image or media: not text'[$tx:for-view ne '']"/>
  </xsl:template>

  <!-- CBETA's table-of-contents entries repeat the heading they stand before. -->
  <xsl:template match="cb:mulu" mode="#default tx:drop-reason" as="xs:string?">
    <xsl:param name="tx:for-view" as="xs:string" select="''" tunnel="yes"/>
    <xsl:sequence select="'table-of-contents entry (CBETA): repeats the heading it stands before'[$tx:for-view ne '']"/>
  </xsl:template>

  <!-- Rendered nothing by the meaning layer (structure.xsl, apparatus.xsl): only the reason is given here. -->
  <xsl:template match="fw[@type = ('catch', 'sig')]" mode="tx:drop-reason" as="xs:string">
    <xsl:sequence select="'forme work: a catchword or signature mark of the printer, not text'"/>
  </xsl:template>

  <xsl:template match="index" mode="tx:drop-reason" as="xs:string">
    <xsl:sequence select="'index entry: an instruction for an index, not text'"/>
  </xsl:template>

  <xsl:template match="witDetail" mode="tx:drop-reason" as="xs:string">
    <xsl:sequence select="'witness detail of an apparatus reading: not shown'"/>
  </xsl:template>

  <xsl:template match="note" mode="tx:drop-reason" as="xs:string">
    <xsl:sequence select="if (tx:note-dropped(.)) then 'note of a type that the drop-note-types parameter leaves out' else ''"/>
  </xsl:template>

  <!-- A choice shows one child per view, chosen by type (interventions.xsl). -->
  <xsl:template match="choice/*" mode="tx:drop-reason" as="xs:string">
    <xsl:param name="tx:for-view" as="xs:string" tunnel="yes"/>
    <xsl:variable name="shown" select="if ($tx:for-view = 'diplomatic') then te:choice-diplomatic(..) else te:choice-reading(..)"/>
    <xsl:sequence select="
      if (. is $shown) then ''
      else 'choice: the ' || $tx:for-view || ' view shows ' || (if ($shown) then 'the ' || local-name($shown) else 'nothing') || ' instead'"/>
  </xsl:template>

  <!-- Marked stretches, as interventions.xsl matches them: left out, or replaced by a fixed mark, by the bracket conventions. -->
  <xsl:template match="sic[not(parent::choice)] | supplied | unclear | gap | del | add | surplus | damage | corr[not(parent::choice)]
                       | ex | am | secl | restore | space" mode="tx:drop-reason" as="xs:string">
    <xsl:param name="tx:for-view" as="xs:string" tunnel="yes"/>
    <xsl:variable name="kind" select="tx:marked-kind(.)"/>
    <xsl:variable name="pattern" select="tx:pattern($kind, $tx:for-view)"/>
    <xsl:sequence select="
      if ($pattern = '') then $kind || ': left out of the ' || $tx:for-view || ' view by the bracket conventions'
      else if (not(contains($pattern, '{}')) and normalize-space(.) ne '') then $kind || ': shown as &quot;' || $pattern || '&quot; in the ' || $tx:for-view || ' view (bracket conventions); its own text is not shown'
      else ''"/>
  </xsl:template>

  <!-- ===== Outside the rendered text ===== -->

  <!-- The reason a top-level part outside the rendered text is not in it (every part outside is listed). -->
  <xsl:function name="tx:outside-reason" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="
      if ($element/self::teiHeader) then
        (if ($header = 'no') then 'the header: left out (header=no)'
         else 'the header: only its facts are shown, in the header block (title, authors, date, place, archive and call numbers, translators, source and its notes, summary, rights)')
      else if ($element/self::facsimile) then 'facsimile: page images and zones, not text'
      else if ($element/self::sourceDoc) then 'documentary transcription (sourceDoc) beside the text: the edition renders &lt;text&gt;'
      else if ($element/self::standOff) then 'stand-off annotation (lists, relations, events): not running text'
      else if ($element/self::TEI) then 'a TEI document without text or sourceDoc: nothing to render'
      else if (local-name($element) = 'TEI.2' or local-name($element) = 'teiCorpus.2') then 'TEI P4 (' || local-name($element) || ', no namespace): not TEI P5; convert it to P5 first (for example with the TEI Stylesheets'' p4top5)'
      else if (namespace-uri($element) ne $tx:TEI-NS) then 'not a TEI element: this document is not TEI P5, nothing to render'
      else 'not text: ' || local-name($element) || ' is not part of the text'"/>
  </xsl:function>

  <!-- The parts of the document outside the rendered text: the root's, or each TEI's, other children. -->
  <xsl:variable name="tx:outside" as="element()*" select="
    if (empty($tx:texts)) then /*
    else (/*/descendant-or-self::*[self::TEI or self::teiCorpus]/*[not(self::TEI or self::teiCorpus)] except $tx:texts)"/>

  <!-- ===== Collecting ===== -->

  <!--
    The elements a rule of mode tx:drop-reason may give a reason for (a test keeps this list in step
    with those rules): only these are asked, rather than every element of a volume, twice.
  -->
  <xsl:function name="tx:drop-candidates" as="element()*">
    <xsl:param name="roots" as="element()*"/>
    <xsl:sequence select="$roots/descendant-or-self::*[
      self::xi:include or self::cb:mulu or self::note or self::fw or self::index or self::witDetail or parent::choice
      or self::interp or self::interpGrp or self::span or self::spanGrp or self::fs or self::fLib or self::fvLib
      or self::link or self::linkGrp or self::join or self::joinGrp or self::alt or self::altGrp or self::timeline
      or self::certainty or self::precision or self::respons or self::annotation or self::listAnnotation
      or self::graphic or self::media or self::binaryObject
      or self::sic or self::supplied or self::unclear or self::gap or self::del or self::add or self::surplus or self::damage
      or self::corr or self::ex or self::am or self::secl or self::restore or self::space]"/>
  </xsl:function>

  <!-- The outermost elements of $candidates that $for-view leaves out, as report entries (an element inside another one left out is not listed again), each with its 'node'. -->
  <xsl:function name="tx:collect" as="map(*)*">
    <xsl:param name="candidates" as="element()*"/>
    <xsl:param name="for-view" as="xs:string"/>
    <xsl:variable name="dropped" as="map(*)*" select="$candidates ! (let $reason := tx:drop-reason(., $for-view) return if ($reason ne '') then map { 'node': ., 'reason': $reason } else ())"/>
    <xsl:variable name="ids" select="map:merge($dropped ! map { generate-id(?node): true() })"/>
    <xsl:sequence select="$dropped[not(?node/ancestor::*[map:contains($ids, generate-id(.))])] ! map:put(tx:entry(?node, ?reason), 'node', ?node)"/>
  </xsl:function>

  <!-- The unknown elements shown in the reading view (none inside an example, which is shown whole as XML, or inside something left out). -->
  <xsl:function name="tx:collect-unknown" as="map(*)*">
    <xsl:param name="roots" as="element()*"/>
    <xsl:param name="dropped" as="map(*)*"/>
    <!-- By node identity, not by XPath: an XPath for every ancestor of every unknown element made the reading run of tei_simplePrint.doc.xml (2.7 MB) take 8.5 s instead of 7.7 s (medians of 3). -->
    <xsl:variable name="ids" select="map:merge($dropped ! map { generate-id(?node): true() })"/>
    <xsl:sequence select="$roots/descendant-or-self::*[not(te:has-rule(.))]
      [not(ancestor-or-self::*:egXML[namespace-uri() = 'http://www.tei-c.org/ns/Examples'])]
      [not(ancestor-or-self::*[map:contains($ids, generate-id(.))])]
      ! map:put(tx:entry(., 'no rule for this element: its text is kept as running text'), 'unknown', true())"/>
  </xsl:function>

  <xsl:function name="tx:entry" as="map(*)">
    <xsl:param name="element" as="element()"/>
    <xsl:param name="reason" as="xs:string"/>
    <xsl:sequence select="map {
      'element': tx:element-label($element),
      'reason': $reason,
      'characters': string-length(normalize-space($element)),
      'at': tx:path($element) }"/>
  </xsl:function>

  <!-- How the report names an element: its name as written, with what singles it out (a choice's child, a note's type). -->
  <xsl:function name="tx:element-label" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="
      if ($element/parent::choice) then 'choice/' || name($element)
      else if ($element/self::note and $element/@type) then 'note[@type=''' || $element/@type || ''']'
      else name($element)"/>
  </xsl:function>

  <!-- An XPath to $element in the form the validator's diagnostics use: /tei:TEI[1]/tei:text[1]/…, Q{uri}name outside TEI. -->
  <xsl:function name="tx:path" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="string-join(for $step in $element/ancestor-or-self::* return
      '/' || (if (namespace-uri($step) = $tx:TEI-NS) then 'tei:' || local-name($step)
              else if (namespace-uri($step) = '') then local-name($step)
              else 'Q{' || namespace-uri($step) || '}' || local-name($step))
      || '[' || (count($step/preceding-sibling::*[local-name() = local-name($step) and namespace-uri() = namespace-uri($step)]) + 1) || ']', '')"/>
  </xsl:function>

  <!-- ===== The report ===== -->

  <!-- Entries grouped by element and reason, sorted, as JSON objects. -->
  <xsl:function name="tx:json-entries" as="xs:string">
    <xsl:param name="entries" as="map(*)*"/>
    <xsl:param name="indent" as="xs:string"/>
    <xsl:variable name="groups" as="xs:string*">
      <xsl:for-each-group select="$entries" group-by="?element, ?reason" composite="yes">
        <xsl:sort select="?element"/>
        <xsl:sort select="?reason"/>
        <xsl:sequence select="$indent || '  {&#xA;'
          || $indent || '    &quot;element&quot;: ' || tx:json-string(current-group()[1]?element) || ',&#xA;'
          || $indent || '    &quot;count&quot;: ' || count(current-group()) || ',&#xA;'
          || $indent || '    &quot;characters&quot;: ' || sum(current-group() ! ?characters) || ',&#xA;'
          || $indent || '    &quot;reason&quot;: ' || tx:json-string(current-group()[1]?reason) || ',&#xA;'
          || $indent || '    &quot;at&quot;: [' || string-join(current-group() ! ('&#xA;' || $indent || '      ' || tx:json-string(?at)), ',') || '&#xA;' || $indent || '    ]&#xA;'
          || $indent || '  }'"/>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:sequence select="if (empty($groups)) then '[]' else '[&#xA;' || string-join($groups, ',&#xA;') || '&#xA;' || $indent || ']'"/>
  </xsl:function>

  <xsl:function name="tx:json-string" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <!-- The serializer escapes "/" as "\/", which JSON allows but nobody needs. -->
    <xsl:sequence select="replace(serialize($s, map { 'method': 'json' }), '\\/', '/')"/>
  </xsl:function>

  <!-- The drop report of this document, for both views, as JSON text. -->
  <xsl:function name="tx:drop-report" as="xs:string">
    <xsl:variable name="outside" select="$tx:outside ! tx:entry(., tx:outside-reason(.))"/>
    <xsl:variable name="candidates" select="tx:drop-candidates($tx:texts)"/>
    <xsl:variable name="reading" select="tx:collect($candidates, 'reading')"/>
    <xsl:variable name="diplomatic" select="tx:collect($candidates, 'diplomatic')"/>
    <xsl:variable name="unknown" select="tx:collect-unknown($tx:texts, $reading)"/>
    <xsl:sequence select="'{&#xA;'
      || '  &quot;document&quot;: ' || tx:json-string($name) || ',&#xA;'
      || '  &quot;parameters&quot;: {&#xA;'
      || '    &quot;drop-note-types&quot;: ' || tx:json-string(normalize-space($drop-note-types)) || ',&#xA;'
      || '    &quot;conventions&quot;: ' || tx:json-string(normalize-space($conventions)) || ',&#xA;'
      || '    &quot;conventions-reading&quot;: ' || tx:json-string(normalize-space($conventions-reading)) || ',&#xA;'
      || '    &quot;conventions-diplomatic&quot;: ' || tx:json-string(normalize-space($conventions-diplomatic)) || ',&#xA;'
      || '    &quot;header&quot;: ' || tx:json-string($header) || '&#xA;'
      || '  },&#xA;'
      || '  &quot;dropped&quot;: {&#xA;'
      || '    &quot;reading&quot;: ' || tx:json-entries(($outside, $reading), '    ') || ',&#xA;'
      || '    &quot;diplomatic&quot;: ' || tx:json-entries(($outside, $diplomatic), '    ') || '&#xA;'
      || '  },&#xA;'
      || '  &quot;unknown&quot;: ' || tx:json-entries($unknown, '  ') || '&#xA;'
      || '}&#xA;'"/>
  </xsl:function>

  <!-- Writes the report when this run should (see $drop-report). -->
  <xsl:template name="tx:write-drop-report">
    <xsl:if test="$drop-report = 'yes' or ($drop-report = 'auto' and $view = 'reading')">
      <xsl:result-document href="reports/{$te:name-uri}.text-drops.json" method="text" encoding="UTF-8">
        <xsl:value-of select="tx:drop-report()"/>
      </xsl:result-document>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
