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

  <!-- The list entry a name points at (te:name-key) when the index shows it (te:entry-kind), else (). -->
  <xsl:function name="te:indexed-entry" as="element()?">
    <xsl:param name="name" as="element()"/>
    <xsl:variable name="key" select="te:name-key($name)"/>
    <xsl:sequence select="if ($key ne '') then key('te:id', $key, root($name))[1][te:entry-kind(.) ne ''] else ()"/>
  </xsl:function>

  <!--
    A reference to a person, place, organisation or other entity (te:name-kind), built in place: a
    link to its index entry (only entries the index shows can be linked to) unless it holds a block
    or a link of its own (decided from the source), else a span, or a div around a block.
  -->
  <xsl:template match="persName | placeName | orgName | geogName | rs | name[not(ancestor::teiHeader)]">
    <xsl:variable name="kind" select="te:name-kind(.)"/>
    <xsl:variable name="key" select="te:name-key(.)"/>
    <xsl:variable name="label" select="if ($key ne '') then te:entity-label(key('te:id', $key)[1]) else ''"/>
    <xsl:variable name="entry" select="te:indexed-entry(.)"/>
    <xsl:variable name="occurrence" select="if (exists($entry)) then te:occurrence-id(.) else ''"/>
    <xsl:variable name="title" select="if ($label ne '') then te:kind-word(($entry ! te:entry-kind(.), $kind)[1]) || ': ' || $label else ''"/>
    <xsl:variable name="classes" select="te:classes(('name', 'name-' || $kind), .)"/>
    <xsl:variable name="block" select="te:holds-block(.)"/>
    <xsl:choose>
      <xsl:when test="exists($entry) and not($block) and not(te:holds-interactive(.))">
        <a class="{$classes}" href="#{$key}" data-ref="{$key}">
          <xsl:if test="$occurrence ne ''"><xsl:attribute name="id" select="$occurrence"/></xsl:if>
          <xsl:if test="$title ne ''"><xsl:attribute name="title" select="$title"/></xsl:if>
          <xsl:apply-templates select="@xml:lang" mode="te:html-attributes"/>
          <!-- The text of the name in its own box: with highlighting off the link is hidden (and no tab stop) and only this shows. -->
          <span class="name-text"><xsl:apply-templates/></span>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <xsl:element name="{if ($block) then 'div' else 'span'}">
          <xsl:attribute name="class" select="$classes"/>
          <xsl:if test="$occurrence ne ''"><xsl:attribute name="id" select="$occurrence"/></xsl:if>
          <xsl:if test="$key ne ''"><xsl:attribute name="data-ref" select="$key"/></xsl:if>
          <xsl:if test="$title ne ''"><xsl:attribute name="title" select="$title"/></xsl:if>
          <xsl:apply-templates select="@xml:lang" mode="te:html-attributes"/>
          <xsl:apply-templates/>
        </xsl:element>
        <xsl:if test="exists($entry)">
          <a class="name-link" href="#{$key}" aria-label="Index: {$label}" title="{$title} (index entry)">°</a>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
