<?xml version="1.0" encoding="UTF-8"?>
<!--
  Interventions: what the source printed and what an editor or translator
  made of it. A choice is resolved by the type of its children, never by
  their order: the reading view shows corr, reg and expan; the diplomatic
  view shows sic, orig and abbr. An expansion that the source itself printed
  (the translator's "Zh[ou]") is the printed text in both views: only its
  expanded part (ex) is marked, so the diplomatic view can bracket it.
  Each format renders choice and the marked stretches with match templates
  of its own (html/interventions.xsl, text/conventions.xsl) from these answers.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- correction | regularisation | abbreviation | alternative -->
  <xsl:function name="te:choice-kind" as="xs:string">
    <xsl:param name="choice" as="element(choice)"/>
    <xsl:sequence select="
      if ($choice/(sic | corr)) then 'correction'
      else if ($choice/(orig | reg)) then 'regularisation'
      else if ($choice/(abbr | expan)) then 'abbreviation'
      else 'alternative'"/>
  </xsl:function>

  <!-- True when an expansion is part of the printed source (its @resp is not this edition's editors). -->
  <xsl:function name="te:printed-expansion" as="xs:boolean">
    <xsl:param name="expan" as="element()?"/>
    <xsl:sequence select="exists($expan) and te:resp-kind($expan) = ('translator', 'author')"/>
  </xsl:function>

  <!-- The child of a choice that the reading view shows: corr, reg or expan, whatever their order. -->
  <xsl:function name="te:choice-reading" as="element()?">
    <xsl:param name="choice" as="element(choice)"/>
    <xsl:sequence select="($choice/corr, $choice/reg, $choice/expan, $choice/*[not(self::sic or self::orig or self::abbr)])[1]"/>
  </xsl:function>

  <!-- The child of a choice that the diplomatic view shows: sic, orig or abbr, or an expansion the source itself printed. -->
  <xsl:function name="te:choice-diplomatic" as="element()?">
    <xsl:param name="choice" as="element(choice)"/>
    <xsl:sequence select="
      if (te:choice-kind($choice) = 'abbreviation' and te:printed-expansion($choice/expan[1])) then $choice/expan[1]
      else ($choice/sic, $choice/orig, $choice/abbr, $choice/*)[1]"/>
  </xsl:function>

  <!-- subst: the deletion and the addition in order, each marked. -->
  <xsl:template match="subst | restore">
    <xsl:apply-templates/>
  </xsl:template>
</xsl:stylesheet>
