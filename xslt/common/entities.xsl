<?xml version="1.0" encoding="UTF-8"?>
<!--
  Entities (persons, places, organisations…) and the names that refer to
  them: what kind of thing a name designates, which list entry it points at,
  and the display label of that entry.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- The display label of a list entry (person, place, org…) or of any element: its preferred (main) name, else a name in the document's own language, else its text. -->
  <xsl:function name="te:entity-label" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="names" select="$entry/(persName, orgName, placeName, name, persona/persName, settlement, country, label, title)"/>
    <xsl:variable name="preferred" select="($names[@type = ('main', 'preferred', 'display', 'standard', 'full', 'reg')], $names[not(@type)][not(@xml:lang)], $names[not(@type)], $names)[1]"/>
    <xsl:sequence select="normalize-space(if ($preferred) then te:name-text($preferred) else string($entry))"/>
  </xsl:function>

  <!-- The text of a name, read with corrections, regularisations and expansions (not sic/orig/abbr). -->
  <xsl:function name="te:name-text" as="xs:string">
    <xsl:param name="name" as="element()"/>
    <xsl:sequence select="string-join($name//text()[not(ancestor::sic[parent::choice] or ancestor::orig[parent::choice] or ancestor::abbr[parent::choice] or ancestor::note)], '')"/>
  </xsl:function>

  <!-- person | place | org | event | object | other -->
  <xsl:function name="te:name-kind" as="xs:string">
    <xsl:param name="name" as="element()"/>
    <xsl:variable name="declared" select="lower-case(string($name/@type))"/>
    <xsl:sequence select="
      if ($name/self::persName) then 'person'
      else if ($name/self::placeName or $name/self::geogName or $name/self::settlement or $name/self::country or $name/self::region or $name/self::bloc) then 'place'
      else if ($name/self::orgName) then 'org'
      else if ($declared = ('person', 'persname', 'people')) then 'person'
      else if ($declared = ('place', 'placename', 'location')) then 'place'
      else if ($declared = ('org', 'organisation', 'organization', 'orgname')) then 'org'
      else if ($declared = ('event')) then 'event'
      else if ($declared = ('object', 'work', 'title')) then 'object'
      else 'other'"/>
  </xsl:function>

  <!-- The xml:id of the local list entry a name points at (first @ref or @key pointer), or ''. -->
  <xsl:function name="te:name-key" as="xs:string">
    <xsl:param name="name" as="element()"/>
    <xsl:variable name="pointer" select="(tokenize(normalize-space($name/@ref), ' ')[starts-with(., '#')])[1]"/>
    <xsl:sequence select="if ($pointer and te:target($pointer, $name)) then substring($pointer, 2) else ''"/>
  </xsl:function>

</xsl:stylesheet>
