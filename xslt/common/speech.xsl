<?xml version="1.0" encoding="UTF-8"?>
<!--
  Speech and attribution: said and q with @who are speech of a speaker,
  direct unless @direct="false"; nested speech (the attaché relaying what
  Zudin told him of Kim's words) nests in every format. Each format renders
  turns with match templates of its own (html/speech.xsl, text/phrases.xsl).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!--
    Who speaks $turn, as map { 'key': the xml:id of the speaker's list entry ('' when @who points at
    none); 'label': that entry's name, else the pointer itself ('' when unattributed) }. Decided once
    per speaker for the text's turns ($te:speakers), so that each turn and the speaker list read it.
  -->
  <xsl:function name="te:speech-speaker" as="map(xs:string, xs:string)">
    <xsl:param name="turn" as="element()"/>
    <xsl:variable name="pointer" select="string((tokenize(normalize-space($turn/@who), ' '))[1])"/>
    <xsl:sequence select="
      if (root($turn) is root($te:tei)) then ($te:speakers($pointer), te:pointer-speaker($pointer, $turn))[1]
      else te:pointer-speaker($pointer, $turn)"/>
  </xsl:function>

  <xsl:function name="te:pointer-speaker" as="map(xs:string, xs:string)">
    <xsl:param name="pointer" as="xs:string"/>
    <xsl:param name="context" as="node()"/>
    <xsl:variable name="speaker" select="te:target($pointer, $context)"/>
    <xsl:sequence select="map {
      'key': if ($speaker) then string($speaker/@xml:id) else '',
      'label': if ($speaker) then te:entity-label($speaker) else $pointer }"/>
  </xsl:function>

  <!-- Speech turns of the text, in document order (one walk of the text, testing each element once). -->
  <xsl:variable name="te:turns" as="element()*" select="$te:tei/text/descendant::*[self::said or self::q[@who] or self::u]"/>

  <!-- The speaker of every first pointer of a turn's @who, by pointer. -->
  <xsl:variable name="te:speakers" as="map(xs:string, map(xs:string, xs:string))"
    select="map:merge(distinct-values($te:turns ! string((tokenize(normalize-space(@who), ' '))[1])) ! map { .: te:pointer-speaker(., $te:tei) })"/>
</xsl:stylesheet>
