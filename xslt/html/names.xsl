<?xml version="1.0" encoding="UTF-8"?>
<!--
  Names in the text: each name that points at an index entry links to it,
  and carries a stable id (occ-ENTRY-N) that the entry links back to. A
  link cannot hold another link, so a name whose content already holds one
  (a nested name, a note reference) stays a span and gets a small separate
  link to its entry instead (shown, like the names' links, only while the
  reader has highlighting on: see te:reading-controls).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- The id of a name's occurrence, or '' for a name that is not indexed (or stands outside the text). -->
  <xsl:function name="te:occurrence-id" as="xs:string">
    <xsl:param name="name" as="element()"/>
    <xsl:variable name="n" select="te:occurrence-number($name)"/>
    <xsl:sequence select="if ($n gt 0) then 'occ-' || te:name-key($name) || '-' || $n else ''"/>
  </xsl:function>

  <!-- Words for a kind of entry, for titles and labels. -->
  <xsl:function name="te:kind-word" as="xs:string">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:sequence select="if ($kind = 'person') then 'Person' else if ($kind = 'place') then 'Place' else if ($kind = 'org') then 'Organisation' else if ($kind = 'event') then 'Event' else 'Name'"/>
  </xsl:function>

  <xsl:template name="te:name">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="node" as="element()"/>
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="content" as="item()*"/>
    <xsl:variable name="entry" select="if ($key ne '') then key('te:id', $key, root($node))[1] else ()"/>
    <!-- Only entries the index shows can be linked to. -->
    <xsl:variable name="indexed" select="exists($entry) and te:entry-kind($entry) ne ''"/>
    <xsl:variable name="occurrence" select="if ($indexed) then te:occurrence-id($node) else ''"/>
    <xsl:variable name="title" select="if ($label ne '') then te:kind-word(($entry ! te:entry-kind(.), $kind)[. ne ''][1]) || ': ' || $label else ''"/>
    <xsl:variable name="classes" select="te:classes(('name', 'name-' || $kind), $node)"/>
    <xsl:choose>
      <xsl:when test="$indexed and not(te:holds-interactive($content)) and not(te:holds-blocks($content))">
        <a class="{$classes}" href="#{$key}" data-ref="{$key}">
          <xsl:if test="$occurrence ne ''"><xsl:attribute name="id" select="$occurrence"/></xsl:if>
          <xsl:if test="$title ne ''"><xsl:attribute name="title" select="$title"/></xsl:if>
          <xsl:sequence select="te:lang-attributes($node)"/>
          <!-- The text of the name in its own box: with highlighting off the link is hidden (and no tab stop) and only this shows. -->
          <span class="name-text"><xsl:sequence select="$content"/></span>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <xsl:element name="{te:wrapper($content, 'span')}">
          <xsl:attribute name="class" select="$classes"/>
          <xsl:if test="$occurrence ne ''"><xsl:attribute name="id" select="$occurrence"/></xsl:if>
          <xsl:if test="$key ne ''"><xsl:attribute name="data-ref" select="$key"/></xsl:if>
          <xsl:if test="$title ne ''"><xsl:attribute name="title" select="$title"/></xsl:if>
          <xsl:sequence select="te:lang-attributes($node)"/>
          <xsl:sequence select="$content"/>
        </xsl:element>
        <xsl:if test="$indexed">
          <a class="name-link" href="#{$key}" aria-label="Index: {$label}" title="{$title} (index entry)">°</a>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
