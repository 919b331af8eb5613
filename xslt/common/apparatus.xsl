<?xml version="1.0" encoding="UTF-8"?>
<!--
  Critical apparatus in parallel segmentation (app with lem and rdg inline):
  the lemma stands in the text; every app is numbered once, in document
  order, and its readings are described with the witness sigla that the
  header's listWit gives. An app without lem shows its first reading.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- Every apparatus entry of the text, in document order. -->
  <xsl:variable name="te:apps" as="element(app)*" select="$te:tei/text//app"/>

  <xsl:variable name="te:app-numbers" as="map(xs:string, xs:integer)"
    select="map:merge(for $i in 1 to count($te:apps) return map { generate-id($te:apps[$i]): $i })"/>

  <xsl:function name="te:app-number" as="xs:integer">
    <xsl:param name="app" as="element(app)"/>
    <xsl:sequence select="($te:app-numbers(generate-id($app)), 0)[1]"/>
  </xsl:function>

  <!-- The reading that stands in the text: the lemma, else the first reading. -->
  <xsl:function name="te:app-base" as="element()?">
    <xsl:param name="app" as="element(app)"/>
    <xsl:sequence select="($app/lem, $app/rdgGrp/lem, $app/rdg, $app/rdgGrp/rdg)[1]"/>
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
    'type' (@type, e.g. orthographic), 'node' (the lem or rdg, whose content a look renders),
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
        'node': .,
        'empty': normalize-space(.) = '' and empty(*[not(self::note or self::witDetail)])
      }"/>
    </xsl:for-each>
  </xsl:function>

  <xsl:template match="app">
    <xsl:variable name="base" select="te:app-base(.)"/>
    <xsl:call-template name="te:apparatus">
      <xsl:with-param name="node" select="."/>
      <xsl:with-param name="number" select="te:app-number(.)"/>
      <xsl:with-param name="lemma" as="item()*"><xsl:apply-templates select="$base/node()"/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- Witness details and notes on a reading belong to the apparatus entry, not to the running text. -->
  <xsl:template match="witDetail"/>
</xsl:stylesheet>
