<?xml version="1.0" encoding="UTF-8"?>
<!--
  Copies of rendered text shown a second time on the page: the legend's
  samples of each convention and the lemma repeated in the apparatus. A copy
  keeps its look (classes, titles, both views) but none of what must be
  unique or interactive: ids, tab stops, links (which become spans) and the
  roles and labels that belong to them.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- TEI nodes rendered by the meaning layer, as a sequence of HTML nodes. -->
  <xsl:function name="te:render" as="item()*">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:apply-templates select="$nodes"/>
  </xsl:function>

  <!-- A copy of rendered HTML without ids, tab stops or links. -->
  <xsl:function name="te:sample" as="node()*">
    <xsl:param name="content" as="item()*"/>
    <xsl:apply-templates select="$content[. instance of node()]" mode="te:sample"/>
  </xsl:function>

  <xsl:mode name="te:sample" on-no-match="shallow-copy"/>

  <xsl:template match="@id | @tabindex | @href | @download | @rel | @data-note | @aria-describedby" mode="te:sample"/>

  <xsl:template match="*:a" mode="te:sample">
    <span>
      <xsl:apply-templates select="@* except (@role, @aria-label)" mode="te:sample"/>
      <xsl:apply-templates mode="te:sample"/>
    </span>
  </xsl:template>
</xsl:stylesheet>
