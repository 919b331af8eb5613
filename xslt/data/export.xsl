<?xml version="1.0" encoding="UTF-8"?>
<!--
  The data export of one document, as JSON for web tools: what the header
  says (from te:metadata and te:citation in xslt/common/, the one place that
  decides what a header field means), and the entities the document lists
  or names with an authority. The reading text is not made here: it is the
  text edition's own output (xslt/text/, header="no"), so that the two never
  disagree. The shape is documented in docs/exchange.md and checked by
  schema/exchange-data.schema.json.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:te="urn:x-tei-edition"
  xmlns:dx="urn:x-tei-edition:data"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:import href="../common/meaning.xsl"/>

  <xsl:output method="json" indent="yes" encoding="UTF-8"/>

  <!-- A string, or null (the empty sequence) when the header does not say. -->
  <xsl:function name="dx:string" as="xs:string?">
    <xsl:param name="values" as="xs:string*"/>
    <xsl:sequence select="($values[. ne ''])[1]"/>
  </xsl:function>

  <!-- An identifier: what kind it is and its value. -->
  <xsl:function name="dx:id" as="map(*)">
    <xsl:param name="type" as="xs:string"/>
    <xsl:param name="value" as="xs:string"/>
    <xsl:sequence select="map { 'type': $type, 'value': $value }"/>
  </xsl:function>

  <!-- The idno children of an element (a list entry, a publicationStmt) as identifiers. -->
  <xsl:function name="dx:idnos" as="map(*)*">
    <xsl:param name="owner" as="element()*"/>
    <xsl:sequence select="$owner/idno[normalize-space()] ! dx:id(string((@type, 'idno')[1]), normalize-space(.))"/>
  </xsl:function>

  <!-- The absolute URIs among an attribute's pointers: authority records named directly. -->
  <xsl:function name="dx:uris" as="xs:string*">
    <xsl:param name="pointers" as="attribute()*"/>
    <xsl:sequence select="distinct-values($pointers ! tokenize(normalize-space(.), ' ')[matches(., '^https?://')])"/>
  </xsl:function>

  <xsl:function name="dx:metadata" as="map(*)">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="m" select="te:metadata($tei)"/>
    <xsl:variable name="publication" select="$tei/teiHeader/fileDesc/publicationStmt"/>
    <xsl:sequence select="map {
      'id': dx:string(string($tei/@xml:id)),
      'title': dx:string($m?title),
      'subtitle': array { $m?subtitle },
      'authors': array { $m?authors },
      'editors': array { $m?editors },
      'translators': array { $m?translated-by },
      'date': dx:string($m?date),
      'dateIso': dx:string($m?date-iso),
      'place': dx:string($m?place),
      'summary': dx:string(string-join($m?summary, '&#10;&#10;')),
      'keywords': array { $m?keywords },
      'languages': array { $m?languages },
      'repository': dx:string($m?repository),
      'settlement': dx:string($m?settlement),
      'callNumbers': array { $m?call-numbers },
      'source': dx:string($m?source-citation),
      'publisher': dx:string($m?publisher),
      'editionDate': dx:string($m?edition-date),
      'licence': dx:string($m?licence),
      'rights': array { $m?rights },
      'ids': array {
        (string($tei/@xml:id)[. ne ''] ! dx:id('xml:id', .)),
        dx:idnos($publication),
        te:call-numbers($tei) ! dx:id(if (?type ne '') then ?type else 'call-number', ?value)
      }
    }"/>
  </xsl:function>

  <!-- The citation facts with their sequences as arrays (JSON has no sequences). -->
  <xsl:function name="dx:citation" as="map(*)">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="c" select="te:citation($tei)"/>
    <xsl:sequence select="map:merge((
      (: Keys and a lookup rather than map:for-each with an inline function, which Saxon-HE 9.9 (Debian's) cannot compile. :)
      (for $key in map:keys($c) return let $value := $c($key) return if (count($value) eq 1 and not($value instance of map(*))) then map { $key: $value } else ()),
      map { 'authors': array { $c?authors }, 'translators': array { $c?translators }, 'editors': array { $c?editors } }))"/>
  </xsl:function>

  <!-- Every person, group, place and organisation the document lists, with its names and authority identifiers. -->
  <xsl:function name="dx:listed" as="map(*)*">
    <xsl:param name="tei" as="element()"/>
    <xsl:for-each select="$tei//(person | personGrp | place | org)">
      <xsl:variable name="id" select="string(@xml:id)"/>
      <xsl:sequence select="map {
        'id': dx:string($id),
        'kind': if (self::place) then 'place' else if (self::org) then 'org' else 'person',
        'label': te:entity-label(.),
        'names': array { distinct-values(te:strings((persName, placeName, orgName, name, settlement, country, persona/persName))) },
        'idnos': array { dx:idnos(.), dx:uris((@ref, @sameAs, @corresp)) ! dx:id('uri', .) },
        'mentions': if ($id) then count(key('te:ref', '#' || $id, root(.))) else 0
      }"/>
    </xsl:for-each>
  </xsl:function>

  <!-- Names in the document that point straight at an authority record (no list entry), one per record. -->
  <xsl:function name="dx:named" as="map(*)*">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="names" select="$tei//(persName | placeName | orgName | rs | name)[not(ancestor::person | ancestor::place | ancestor::org | ancestor::personGrp)][dx:uris(@ref) or dx:uris(@key)]"/>
    <xsl:for-each-group select="$names" group-by="(dx:uris(@ref), dx:uris(@key))[1]">
      <xsl:sequence select="map {
        'id': (),
        'kind': te:name-kind(.),
        'label': normalize-space(te:name-text(.)),
        'names': array { distinct-values(current-group() ! normalize-space(te:name-text(.))[. ne '']) },
        'idnos': array { dx:id('uri', current-grouping-key()) },
        'mentions': count(current-group())
      }"/>
    </xsl:for-each-group>
  </xsl:function>

  <xsl:template match="/">
    <xsl:variable name="tei" select="(//TEI, /*)[1]"/>
    <xsl:sequence select="map {
      'name': $name,
      'metadata': dx:metadata($tei),
      'citation': dx:citation($tei),
      'entities': array { dx:listed($tei), dx:named($tei) }
    }"/>
  </xsl:template>
</xsl:stylesheet>
