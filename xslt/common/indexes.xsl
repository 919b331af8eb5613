<?xml version="1.0" encoding="UTF-8"?>
<!--
  Indexes: the persons, places and organisations that the header (or a
  standOff) lists, and every name in the text that points at one of them.
  Occurrences are numbered once per entry, in document order, so that each
  gets a stable identifier ("zhou-enlai" 1, 2, 3…) that the looks can link
  to from the index and back.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- The document whose text is rendered (the first TEI of a corpus, as for notes). -->
  <xsl:variable name="te:index-tei" as="element()?" select="$te:tei"/>

  <!-- person | place | org, or '' for an element that is no index entry. -->
  <xsl:function name="te:entry-kind" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="
      if ($entry/self::person or $entry/self::personGrp) then 'person'
      else if ($entry/self::place) then 'place'
      else if ($entry/self::org) then 'org'
      else if ($entry/self::event) then 'event'
      else ''"/>
  </xsl:function>

  <!-- The listed entries of one kind, in the order the lists give them. -->
  <xsl:function name="te:index-entries" as="element()*">
    <xsl:param name="tei" as="element()?"/>
    <xsl:param name="kind" as="xs:string"/>
    <!-- One walk testing each element (a union after // is evaluated, and sorted, at every node); te:entry-kind is '' for any other element. -->
    <xsl:sequence select="$tei/(teiHeader, standOff, text/back)/descendant::*[@xml:id][te:entry-kind(.) = $kind]"/>
  </xsl:function>

  <!--
    The names of the text that point at a listed entry (the same elements te:name renders): one walk of
    the text testing each element (text//(a | b) costs a union, sorted, at every node).
  -->
  <xsl:variable name="te:indexed-names" as="element()*"
    select="$te:index-tei/text/descendant::*[self::persName or self::placeName or self::orgName or self::geogName or self::rs or self::name][te:name-key(.) ne '']"/>

  <!-- generate-id of a name → its occurrence number among the names pointing at the same entry. -->
  <xsl:variable name="te:occurrence-numbers" as="map(xs:string, xs:integer)">
    <xsl:map>
      <xsl:for-each-group select="$te:indexed-names" group-by="te:name-key(.)">
        <xsl:for-each select="current-group()">
          <xsl:map-entry key="generate-id(.)" select="position()"/>
        </xsl:for-each>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:variable>

  <!-- The occurrence number of a name in the text (1, 2…), or 0 for a name outside the text or pointing nowhere. -->
  <xsl:function name="te:occurrence-number" as="xs:integer">
    <xsl:param name="name" as="element()"/>
    <xsl:sequence select="($te:occurrence-numbers(generate-id($name)), 0)[1]"/>
  </xsl:function>

  <!-- Every name of the text that points at $entry, in document order. -->
  <xsl:function name="te:occurrences" as="element()*">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="key('te:ref', '#' || $entry/@xml:id, root($entry))[te:occurrence-number(.) gt 0][te:name-key(.) = $entry/@xml:id]"/>
  </xsl:function>

  <!-- The nearest enclosing unit a reader can cite (a paragraph, speech turn, head, line… with an xml:id), for labelling occurrences. -->
  <xsl:function name="te:citable-unit" as="element()?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="$node/ancestor-or-self::*[@xml:id][self::p or self::ab or self::head or self::l or self::item or self::opener
      or self::closer or self::dateline or self::div or self::sp or self::note or self::cell or self::lg][1]"/>
  </xsl:function>

  <!--
    The authority table (authorities.json beside this module, which src/collection/authority-identifier.ts
    reads too): read when the stylesheet is compiled (a static variable), so the SEF carries it and
    nothing is read at run time, wherever the package is installed.
  -->
  <xsl:variable name="te:authorities-json" static="yes" as="xs:string" select="unparsed-text('authorities.json')"/>
  <xsl:variable name="te:authorities" as="map(*)*" select="array:flatten(parse-json($te:authorities-json)?authorities)"
    xmlns:array="http://www.w3.org/2005/xpath-functions/array"/>

  <!--
    Authority links of an entry, from its idno children (and @sameAs): maps with 'label' (Wikidata,
    VIAF, GeoNames, GND, ORCID…) and 'url' (absolute, safe to follow). Bare identifiers
    ("Q1394", "102333412") are turned into the authority's URL.
  -->
  <xsl:function name="te:authority-links" as="map(*)*">
    <xsl:param name="entry" as="element()"/>
    <xsl:for-each select="$entry/idno, $entry/@sameAs ! tokenize(normalize-space(.), ' ')[matches(., '^https?://')]">
      <xsl:variable name="type" select="if (. instance of element()) then lower-case(normalize-space(@type)) else ''"/>
      <xsl:variable name="value" select="normalize-space(.)"/>
      <xsl:variable name="url" select="te:safe-url(
        if (matches($value, '^https?://')) then $value
        else ($te:authorities[?type = $type][matches($value, ?bare)] ! (?record || $value), '')[1])"/>
      <xsl:if test="$url ne ''">
        <xsl:sequence select="map {
          'url': $url,
          'label': (
            $te:authorities[?type = $type or contains($url, ?host)][1]?label,
            if ($type = ('uri', 'url', '')) then replace($url, '^https?://([^/]+).*$', '$1') else $type)[1] }"/>
      </xsl:if>
    </xsl:for-each>
  </xsl:function>

  <!-- The other names of an entry (variants, originals in other scripts), besides its display label. -->
  <xsl:function name="te:other-names" as="element()*">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="label" select="te:entity-label($entry)"/>
    <xsl:sequence select="$entry/(persName, placeName, orgName, name)[normalize-space(te:name-text(.)) ne $label]"/>
  </xsl:function>
</xsl:stylesheet>
