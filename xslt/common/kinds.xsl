<?xml version="1.0" encoding="UTF-8"?>
<!--
  What some elements are, whatever the format: whether a head is the heading
  of a division or a caption of what it stands in, and which elements are
  non-verbal events of a spoken text (described, not spoken, like a stage
  direction). Decided here once; each format decides how they look.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- Containers whose head titles a division of the text's outline. -->
  <xsl:variable name="te:divisions" as="map(xs:string, xs:boolean)"
    select="te:set(('div', 'div1', 'div2', 'div3', 'div4', 'div5', 'div6', 'div7', 'body', 'front', 'back', 'group', 'text'))"/>

  <!--
    'heading' when a head titles a division (a TEI division, or a project's own div in another
    namespace); 'caption' when it heads a list, table, figure, stanza, speech or anything else.
  -->
  <xsl:function name="te:head-kind" as="xs:string">
    <xsl:param name="head" as="element()"/>
    <xsl:variable name="parent" select="$head/parent::*"/>
    <xsl:sequence select="
      if (empty($parent)) then 'caption'
      else if (namespace-uri($parent) eq 'http://www.tei-c.org/ns/1.0') then (if (map:contains($te:divisions, local-name($parent))) then 'heading' else 'caption')
      else if (local-name($parent) eq 'div') then 'heading'
      else 'caption'"/>
  </xsl:function>

  <!-- Non-verbal events of a spoken text: a passing truck (incident), a laugh (vocal), a gesture (kinesic), a pause. -->
  <xsl:variable name="te:events" as="map(xs:string, xs:boolean)" select="te:set(('incident', 'vocal', 'kinesic', 'pause'))"/>

  <xsl:function name="te:is-event" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="namespace-uri($element) eq 'http://www.tei-c.org/ns/1.0' and map:contains($te:events, local-name($element))"/>
  </xsl:function>

  <!-- What an event is called where it is shown: its description ($described, its desc as rendered), else the kind of event. -->
  <xsl:function name="te:event-label" as="xs:string">
    <xsl:param name="event" as="element()"/>
    <xsl:param name="described" as="xs:string"/>
    <xsl:sequence select="if (normalize-space($described) eq '') then local-name($event) else normalize-space($described)"/>
  </xsl:function>
</xsl:stylesheet>
