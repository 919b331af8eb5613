<?xml version="1.0" encoding="UTF-8"?>
<!--
  Tables in the block model: a tx:table of tx:row (@role label|data) of
  tx:cell (@cols, the columns spanned; @start, the first column). The layout
  stage sets them in aligned columns (src/transform/layout-table.ts).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tx="urn:x-tei-edition:text"
  exclude-result-prefixes="#all">

  <!-- A table's blocks: its head (and anything else that is not a row) before the rows, which become one tx:table. -->
  <xsl:function name="tx:table" as="element()*">
    <xsl:param name="node" as="element()"/>
    <xsl:param name="blocks" as="element()*"/>
    <xsl:variable name="rows" as="element(tx:row)*">
      <xsl:for-each select="$blocks[self::tx:row][tx:cell]">
        <tx:row><xsl:sequence select="@*"/>
          <xsl:for-each select="tx:cell">
            <tx:cell start="{1 + sum(preceding-sibling::tx:cell/xs:integer(@cols))}"><xsl:sequence select="@*, node()"/></tx:cell>
          </xsl:for-each>
        </tx:row>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="others" select="$blocks[not(self::tx:row)]"/>
    <xsl:sequence select="tx:group(($others, if (exists($rows)) then tx:group-table($rows) else ()), map {})"/>
  </xsl:function>

  <xsl:function name="tx:group-table" as="element(tx:table)">
    <xsl:param name="rows" as="element(tx:row)*"/>
    <tx:table><xsl:sequence select="$rows"/></tx:table>
  </xsl:function>
</xsl:stylesheet>
