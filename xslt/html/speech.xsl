<?xml version="1.0" encoding="UTF-8"?>
<!--
  Speech: every said, q or u attributed to a speaker is a turn that names
  its speaker on hover (title) and on keyboard focus (the stylesheet shows
  data-speaker), and that says whether the words are direct or reported.
  Each turn has a stable id: its xml:id, else te-said-N by document order.
  The speaker control lists the speakers of the text so that a reader can
  highlight all turns of one of them (it needs the script).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- Speech turns of the text, numbered once in document order (a map, so that large plays stay linear). -->
  <xsl:variable name="te:turns" as="element()*" select="$te:tei/text//(said | q[@who] | u)"/>
  <xsl:variable name="te:turn-numbers" as="map(xs:string, xs:integer)"
    select="map:merge(for $i in 1 to count($te:turns) return map { generate-id($te:turns[$i]): $i })"/>

  <xsl:template name="te:speech">
    <xsl:param name="node" as="element()"/>
    <xsl:param name="who-key" as="xs:string"/>
    <xsl:param name="who-label" as="xs:string"/>
    <xsl:param name="direct" as="xs:boolean"/>
    <xsl:param name="block" as="xs:boolean"/>
    <xsl:param name="content" as="item()*"/>
    <xsl:variable name="mode" select="if ($direct) then 'direct' else 'reported'"/>
    <xsl:variable name="number" select="$te:turn-numbers(generate-id($node))"/>
    <xsl:element name="{if ($block or te:holds-blocks($content)) then 'div' else 'span'}">
      <xsl:attribute name="class" select="te:classes(('speech', 'speech-' || $mode, if ($node/@next) then 'speech-continues' else (), if ($node/@prev) then 'speech-continued' else ()), ())"/>
      <xsl:choose>
        <xsl:when test="$node/@xml:id"><xsl:sequence select="te:id-attribute($node)"/></xsl:when>
        <xsl:when test="exists($number)"><xsl:attribute name="id" select="'te-said-' || $number"/></xsl:when>
      </xsl:choose>
      <xsl:sequence select="te:lang-attributes($node)"/>
      <xsl:if test="$who-key ne ''"><xsl:attribute name="data-who" select="$who-key"/></xsl:if>
      <xsl:if test="$who-label ne ''">
        <xsl:attribute name="data-speaker" select="$who-label || (if ($direct) then '' else ' (reported)')"/>
        <xsl:attribute name="title" select="(if ($direct) then 'Spoken by ' else 'Reported words of ') || $who-label"/>
        <!-- Focusable, so that keyboard users get the speaker's name as well (shown on focus); a tab stop only while highlighting is on, since the turn is hidden and its text box shown otherwise. -->
        <xsl:attribute name="tabindex" select="'0'"/>
      </xsl:if>
      <xsl:element name="{if ($block or te:holds-blocks($content)) then 'div' else 'span'}">
        <xsl:attribute name="class" select="'speech-text'"/>
        <xsl:sequence select="$content"/>
      </xsl:element>
    </xsl:element>
  </xsl:template>

  <!-- The speakers of the text's turns ($turns, in order), in order of first appearance, with a checkbox each; hidden until the script runs. -->
  <xsl:template name="te:speaker-control">
    <xsl:param name="turns" as="element()*"/>
    <xsl:variable name="attributed" as="map(*)*">
      <xsl:for-each select="$turns">
        <xsl:variable name="pointer" select="(tokenize(normalize-space(@who), ' '))[1]"/>
        <xsl:variable name="speaker" select="te:target($pointer, .)"/>
        <xsl:variable name="label" select="if ($speaker) then te:entity-label($speaker) else string($pointer)"/>
        <xsl:if test="$speaker and string($speaker/@xml:id) ne '' and $label ne ''">
          <xsl:sequence select="map { 'who': string($speaker/@xml:id), 'label': $label }"/>
        </xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:if test="exists($attributed)">
      <fieldset class="speaker-control" hidden="hidden">
        <legend>Highlight speakers</legend>
        <xsl:for-each-group select="$attributed" group-by="?who">
          <xsl:variable name="who" select="current-grouping-key()"/>
          <label class="speaker-choice speaker-hue-{(position() - 1) mod 6}">
            <input type="checkbox" name="te-speaker" value="{$who}" data-hue="{(position() - 1) mod 6}"/>
            <xsl:text> </xsl:text>
            <xsl:value-of select="current-group()[1]?label"/>
            <xsl:text> </xsl:text>
            <span class="speaker-count">(<xsl:value-of select="count(current-group())"/>)</span>
          </label>
        </xsl:for-each-group>
      </fieldset>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
