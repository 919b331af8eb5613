<?xml version="1.0" encoding="UTF-8"?>
<!--
  Marks on the document itself: a stamp is a boxed mark that shows its type
  and carries its date; identifiers written on the document (idno in the
  opener: call numbers, the number of the document it is attached to) are
  the archive's marks, set apart in a typewriter face and named on hover
  (only the printed characters are text: the page reads as the document).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- A stamp, built in place: its label (stamp · type), and its date (the first date inside) in data-date and the tooltip. -->
  <xsl:template match="stamp">
    <xsl:variable name="kind" select="te:code-words(string(@type))"/>
    <xsl:variable name="date" select="string((.//date/te:date-iso(.))[1])"/>
    <!-- A type given with less than high certainty is a conjecture: the label shows what the source shows (a stamp), the hover says what it may be. -->
    <xsl:variable name="uncertain" select="exists(@cert) and not(@cert = 'high')"/>
    <xsl:variable name="label" select="string-join(('stamp', $kind[. ne ''][not($uncertain)]), ' · ')"/>
    <xsl:variable name="wrapper" select="if (te:holds-block(.)) then 'div' else 'span'"/>
    <xsl:element name="{$wrapper}">
      <xsl:attribute name="class" select="te:classes(('stamp', @type[. ne ''] ! ('stamp-' || te:token(.))), ())"/>
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="te:html-attributes"/>
      <xsl:if test="$date ne ''"><xsl:attribute name="data-date" select="$date"/></xsl:if>
      <xsl:attribute name="title" select="string-join((
        upper-case(substring($label, 1, 1)) || substring($label, 2),
        if ($uncertain and $kind ne '') then '(perhaps a ' || $kind || ' stamp: a conjecture of ' || @cert || ' certainty)' else (),
        if ($date ne '') then 'dated ' || $date else ()), ' ')"/>
      <span class="stamp-label"><xsl:value-of select="$label"/></span>
      <xsl:text> </xsl:text>
      <xsl:element name="{$wrapper}"><xsl:attribute name="class" select="'stamp-content'"/><xsl:apply-templates/></xsl:element>
    </xsl:element>
  </xsl:template>

  <!-- An archival mark (an idno in the text), built in place: named on hover by its type. -->
  <xsl:template match="idno[not(ancestor::teiHeader)]">
    <xsl:variable name="type" select="string(@type)"/>
    <span class="{te:classes(('archival-mark', $type[. ne ''] ! ('mark-' || te:token(.))), ())}" title="Archival mark: {(te:number-label($type)[. ne ''], 'identifier')[1]}">
      <xsl:apply-templates select="@xml:id" mode="te:html-attributes"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>
</xsl:stylesheet>
