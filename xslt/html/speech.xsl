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
  <xsl:variable name="te:turn-numbers" as="map(xs:string, xs:integer)"
    select="map:merge(for $i in 1 to count($te:turns) return map { generate-id($te:turns[$i]): $i })"/>

  <!-- A turn, built in place: a div when it holds paragraphs or any other block, else a span. -->
  <xsl:template match="said | q[@who] | u">
    <xsl:variable name="who" select="te:speech-speaker(.)"/>
    <xsl:variable name="direct" select="not(@direct = 'false')"/>
    <xsl:variable name="element" select="if (exists(p | ab | lg | list | table | sp) or te:holds-block(.)) then 'div' else 'span'"/>
    <xsl:element name="{$element}">
      <xsl:attribute name="class" select="te:classes(('speech', 'speech-' || (if ($direct) then 'direct' else 'reported'), if (@next) then 'speech-continues' else (), if (@prev) then 'speech-continued' else ()), ())"/>
      <xsl:choose>
        <xsl:when test="@xml:id"><xsl:apply-templates select="@xml:id" mode="te:html-attributes"/></xsl:when>
        <xsl:otherwise>
          <xsl:variable name="number" select="$te:turn-numbers(generate-id(.))"/>
          <xsl:if test="exists($number)"><xsl:attribute name="id" select="'te-said-' || $number"/></xsl:if>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:apply-templates select="@xml:lang" mode="te:html-attributes"/>
      <xsl:if test="$who?key ne ''"><xsl:attribute name="data-who" select="$who?key"/></xsl:if>
      <xsl:if test="$who?label ne ''">
        <xsl:attribute name="data-speaker" select="$who?label || (if ($direct) then '' else ' (reported)')"/>
        <xsl:attribute name="title" select="(if ($direct) then 'Spoken by ' else 'Reported words of ') || $who?label"/>
        <!-- Focusable, so that keyboard users get the speaker's name as well (shown on focus); a tab stop only while highlighting is on, since the turn is hidden and its text box shown otherwise. -->
        <xsl:attribute name="tabindex" select="'0'"/>
      </xsl:if>
      <xsl:element name="{$element}">
        <xsl:attribute name="class" select="'speech-text'"/>
        <xsl:apply-templates/>
      </xsl:element>
    </xsl:element>
  </xsl:template>

  <!-- The speakers of the text's turns ($turns, in order), in order of first appearance, with a checkbox each; hidden until the script runs. -->
  <xsl:template name="te:speaker-control">
    <xsl:param name="turns" as="element()*"/>
    <xsl:variable name="attributed" as="map(*)*" select="$turns ! te:speech-speaker(.)[?key ne '' and ?label ne '']"/>
    <xsl:if test="exists($attributed)">
      <fieldset class="speaker-control" hidden="hidden">
        <legend>Highlight speakers</legend>
        <xsl:for-each-group select="$attributed" group-by="?key">
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
