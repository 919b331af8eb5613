<?xml version="1.0" encoding="UTF-8"?>
<!--
  The markers the text edition leaves in its block model for the layout
  stage (src/transform/wrap-lines.ts): Unicode noncharacters (U+FDD0–U+FDDF),
  reserved for internal use, so they cannot collide with a source's
  private-use characters (MUFI and the like); never left in the output.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tx="urn:x-tei-edition:text"
  exclude-result-prefixes="#all">

  <!-- A forced line break (lb, verse lines inside a block). -->
  <xsl:variable name="tx:LINE" as="xs:string" select="'&#xFDD1;'"/>
  <!-- A space at which the line must not be broken (padding that aligns labels). -->
  <xsl:variable name="tx:GLUE" as="xs:string" select="'&#xFDD3;'"/>
  <!-- A line break that is not a word boundary (lb break="no"): the word is joined. -->
  <xsl:variable name="tx:JOIN" as="xs:string" select="'&#xFDD4;'"/>
  <!-- A page or column mark inside a word (pb break="no"), moved to the end of that word. -->
  <xsl:variable name="tx:MARK-START" as="xs:string" select="'&#xFDD7;'"/>
  <xsl:variable name="tx:MARK-END" as="xs:string" select="'&#xFDD8;'"/>

  <!-- $n spaces that survive white-space collapsing and at which no line is broken (padding that aligns labels). -->
  <xsl:function name="tx:hard-spaces" as="xs:string">
    <xsl:param name="n" as="xs:integer"/>
    <xsl:sequence select="if ($n le 0) then '' else string-join((1 to $n) ! $tx:GLUE, '')"/>
  </xsl:function>
</xsl:stylesheet>
