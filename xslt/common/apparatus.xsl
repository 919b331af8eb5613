<?xml version="1.0" encoding="UTF-8"?>
<!--
  Critical apparatus, in the three methods of the Guidelines (TC 12.2,
  "Linking the Apparatus to the Text"), as the header's
  variantEncoding/@method says, else as each app shows:
  - parallel segmentation: app inline, its lemma (else its first reading)
    stands in the text;
  - location-referenced: app/@loc names a line or canonical reference; the
    lem, if any, quotes the base text, which stands in the text already;
  - double end-point attached: app/@from and @to point at the ends of the
    lemma in the text (an inline app without @to ends it where it stands).
  An app stands apart from the text (external, variantEncoding/@location)
  in a listApp or standOff, or in back when the header says "external"; its
  mark then goes to the anchor that ends its lemma. Every app is numbered
  once, in document order, and its readings are described with the witness
  sigla that the header's listWit gives.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- Every apparatus entry of the text and of its stand-off apparatus, in the order of their marks. -->
  <xsl:variable name="te:apps" as="element(app)*" select="te:apps-in-mark-order($te:tei/(text, standOff))"/>

  <!--
    The apps under $roots in the order a reader meets their marks: an app in the text where it stands, an
    external one at the anchor that ends its lemma; external apps without such an anchor come last.
  -->
  <xsl:function name="te:apps-in-mark-order" as="element(app)*">
    <xsl:param name="roots" as="element()*"/>
    <xsl:variable name="marked" select="for $n in $roots//(app | anchor[@xml:id]) return if ($n/self::anchor) then te:apps-ending-at($n) else $n/self::app[not(te:app-external(.))]"/>
    <xsl:sequence select="$marked, ($roots//app except $marked)"/>
  </xsl:function>

  <!-- The header's declaration of the method, if any. -->
  <xsl:variable name="te:variant-encoding" as="element(variantEncoding)?" select="($te:tei/teiHeader//variantEncoding)[1]"/>

  <!-- True for an app that stands apart from the running text. -->
  <xsl:function name="te:app-external" as="xs:boolean">
    <xsl:param name="app" as="element(app)"/>
    <xsl:sequence select="exists($app/(ancestor::listApp, ancestor::standOff))
      or ($te:variant-encoding/@location = 'external' and exists($app/ancestor::back))"/>
  </xsl:function>

  <!-- The method of an app: parallel-segmentation, location-referenced or double-end-point. -->
  <xsl:function name="te:app-method" as="xs:string">
    <xsl:param name="app" as="element(app)"/>
    <xsl:variable name="declared" select="string($te:variant-encoding/@method)"/>
    <xsl:sequence select="
      if ($app/(@from, @to)) then 'double-end-point'
      else if ($app/@loc) then 'location-referenced'
      else if ($declared = ('location-referenced', 'double-end-point')) then $declared
      else if (te:app-external($app)) then 'location-referenced'
      else 'parallel-segmentation'"/>
  </xsl:function>

  <!-- The reading an app puts into the running text: in parallel segmentation its base reading, else none (the base text is around it). -->
  <xsl:function name="te:app-in-text" as="element()?">
    <xsl:param name="app" as="element(app)"/>
    <xsl:sequence select="if (te:app-method($app) eq 'parallel-segmentation') then te:app-base($app) else ()"/>
  </xsl:function>

  <!-- The location an app refers to (@loc), or ''. -->
  <xsl:function name="te:app-loc" as="xs:string">
    <xsl:param name="app" as="element(app)"/>
    <xsl:sequence select="normalize-space($app/@loc)"/>
  </xsl:function>

  <!-- The element of the text that a location names (a line, line break, milestone, segment or division with that @n and an xml:id), if any. -->
  <xsl:function name="te:app-loc-target" as="element()?">
    <xsl:param name="app" as="element(app)"/>
    <xsl:variable name="loc" select="te:app-loc($app)"/>
    <xsl:sequence select="if ($loc eq '') then () else ($te:tei/text//(l, lb, milestone, seg, ab, p, div)[@xml:id][normalize-space(@n) eq $loc])[1]"/>
  </xsl:function>

  <!-- Where a double end-point lemma starts and ends: the elements @from and @to point at (an inline app without @to ends the lemma itself). -->
  <xsl:function name="te:app-ends" as="element()*">
    <xsl:param name="app" as="element(app)"/>
    <xsl:variable name="from" select="te:target(normalize-space($app/@from), $app)"/>
    <xsl:variable name="to" select="if ($app/@to) then te:target(normalize-space($app/@to), $app) else if (te:app-external($app)) then () else $app"/>
    <xsl:sequence select="if (exists($from) and exists($to) and not($to &lt;&lt; $from)) then ($from, $to) else ()"/>
  </xsl:function>

  <!--
    The base text between the ends of a double end-point lemma, as a string (notes and the readings of
    other apparatus entries left out), shortened to its first and last words when long; '' when the ends
    are not found.
  -->
  <xsl:function name="te:app-span-text" as="xs:string">
    <xsl:param name="app" as="element(app)"/>
    <xsl:variable name="ends" select="te:app-ends($app)"/>
    <xsl:variable name="from" select="$ends[1]"/>
    <xsl:variable name="to" select="$ends[2]"/>
    <xsl:variable name="texts" select="
      (($from/descendant::text() | $from/following::text())[. &lt;&lt; $to], $to[not(self::app)]/descendant::text())
      [not(ancestor::note or ancestor::rdg or ancestor::witDetail or ancestor::teiHeader)]
      [not(ancestor::lem[parent::app[te:app-method(.) ne 'parallel-segmentation']])]"/>
    <xsl:variable name="words" select="tokenize(normalize-space(string-join($texts, '')), ' ')[. ne '']"/>
    <xsl:sequence select="if (count($words) gt 8) then string-join(($words[position() le 3], '…', $words[position() gt last() - 3]), ' ') else string-join($words, ' ')"/>
  </xsl:function>

  <!-- The external apps whose lemma ends at $node (for their marks). -->
  <xsl:key name="te:app-end" match="app[@to or @from]" use="replace(normalize-space((@to, @from)[1]), '^#', '')"/>
  <xsl:function name="te:apps-ending-at" as="element(app)*">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="if ($node/@xml:id) then key('te:app-end', string($node/@xml:id), root($node))[te:app-external(.)] else ()"/>
  </xsl:function>

  <xsl:variable name="te:app-numbers" as="map(xs:string, xs:integer)"
    select="map:merge(for $i in 1 to count($te:apps) return map { generate-id($te:apps[$i]): $i })"/>

  <xsl:function name="te:app-number" as="xs:integer">
    <xsl:param name="app" as="element(app)"/>
    <xsl:sequence select="($te:app-numbers(generate-id($app)), 0)[1]"/>
  </xsl:function>

  <!-- The base reading: the lemma, else (in parallel segmentation, where a reading must stand in the text) the first reading. -->
  <xsl:function name="te:app-base" as="element()?">
    <xsl:param name="app" as="element(app)"/>
    <xsl:sequence select="($app/lem, $app/rdgGrp/lem, if (te:app-method($app) eq 'parallel-segmentation') then ($app/rdg, $app/rdgGrp/rdg) else ())[1]"/>
  </xsl:function>

  <!-- The sigla of the witnesses a pointer list names: a witness's @n, else its abbr or label, else its xml:id; an unresolved pointer as written. -->
  <xsl:function name="te:witness-sigla" as="xs:string*">
    <xsl:param name="pointers" as="xs:string?"/>
    <xsl:param name="context" as="node()"/>
    <xsl:for-each select="tokenize(normalize-space($pointers), ' ')[. ne '']">
      <xsl:variable name="witness" select="te:target(., $context)"/>
      <xsl:sequence select="
        if ($witness) then (normalize-space($witness/@n)[. ne ''], ($witness/(abbr, label, idno[@type = ('siglum', 'sigil')]) ! normalize-space(.))[. ne ''], string($witness/@xml:id))[1]
        else replace(., '^#', '')"/>
    </xsl:for-each>
  </xsl:function>

  <!-- The full description of a witness (for a tooltip or a list of witnesses), or ''. -->
  <xsl:function name="te:witness-description" as="xs:string">
    <xsl:param name="pointer" as="xs:string"/>
    <xsl:param name="context" as="node()"/>
    <xsl:variable name="witness" select="te:target($pointer, $context)"/>
    <xsl:sequence select="if ($witness) then normalize-space(string-join($witness/(node() except (abbr, idno[@type = ('siglum', 'sigil')]))! string(.), '')) else ''"/>
  </xsl:function>

  <!--
    The readings of an app, in order, as maps: 'kind' (lem | rdg), 'sigla' (witness sigla),
    'type' (@type, e.g. orthographic), 'cause' (@cause, e.g. homeoteleuton), 'node' (the lem or rdg, whose content a look renders),
    'empty' (true for a reading that omits the passage).
  -->
  <xsl:function name="te:app-readings" as="map(*)*">
    <xsl:param name="app" as="element(app)"/>
    <xsl:for-each select="$app/(lem, rdg, rdgGrp/(lem, rdg))">
      <xsl:sequence select="map {
        'kind': local-name(),
        'sigla': te:witness-sigla(string-join((@wit, parent::rdgGrp/@wit), ' '), .),
        'witnesses': tokenize(normalize-space(string-join((@wit, parent::rdgGrp/@wit), ' ')), ' ')[. ne ''],
        'type': string((@type, parent::rdgGrp/@type)[1]),
        'cause': string((@cause, parent::rdgGrp/@cause)[1]),
        'node': .,
        'empty': normalize-space(.) = '' and empty(*[not(self::note or self::witDetail)])
      }"/>
    </xsl:for-each>
  </xsl:function>

  <!-- An app at its place: in parallel segmentation its base reading and its mark; otherwise its mark alone. An external app has no place: its mark is at the end of its lemma. -->
  <!--
    A reading's type and cause as labels in words ("orthographic", "cause: homeoteleuton"; camelCase and
    hyphenated codes spelt out), for both formats to show them told apart.
  -->
  <xsl:function name="te:reading-kinds" as="xs:string*">
    <xsl:param name="reading" as="map(*)"/>
    <xsl:sequence select="($reading?type, $reading?cause ! ('cause: ' || .))[not(ends-with(., ' ') or . = '')]
      ! lower-case(replace(replace(normalize-space(.), '([a-z])([A-Z])', '$1 $2'), '[_-]+', ' '))"/>
  </xsl:function>

  <xsl:template match="app">
    <xsl:if test="not(te:app-external(.))">
      <xsl:call-template name="te:apparatus">
        <xsl:with-param name="node" select="."/>
        <xsl:with-param name="number" select="te:app-number(.)"/>
        <xsl:with-param name="lemma" as="item()*"><xsl:apply-templates select="te:app-in-text(.)/node()"/></xsl:with-param>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- The anchor that ends the lemma of external apps: the marks of those apps follow it. -->
  <xsl:template match="anchor[exists(te:apps-ending-at(.))]" priority="1">
    <xsl:next-match/>
    <xsl:for-each select="te:apps-ending-at(.)">
      <xsl:call-template name="te:apparatus">
        <xsl:with-param name="node" select="."/>
        <xsl:with-param name="number" select="te:app-number(.)"/>
        <xsl:with-param name="lemma" select="()"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <!-- A list of apparatus entries stands apart from the text: its entries are in the apparatus. -->
  <xsl:template match="listApp"/>

  <!-- Witness details, sigla lists (wit) and notes on a reading belong to the apparatus entry, not to the running text. -->
  <xsl:template match="witDetail | wit"/>

  <!-- A list of witnesses outside the header: its witnesses are listed with the apparatus (te:witnesses). -->
  <xsl:template match="listWit | witness"/>

  <!-- The witnesses of the edition, with an xml:id, from every listWit (the header's, or one in back). -->
  <xsl:variable name="te:witnesses" as="element(witness)*" select="$te:tei//listWit//witness[@xml:id]"/>

  <!-- The id of a witness's entry in the list of witnesses (for links from the sigla). -->
  <xsl:function name="te:witness-anchor" as="xs:string">
    <xsl:param name="witness" as="element(witness)"/>
    <xsl:sequence select="'te-wit-' || $witness/@xml:id"/>
  </xsl:function>
</xsl:stylesheet>
