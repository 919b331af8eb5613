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

  <xsl:template name="te:stamp">
    <xsl:param name="node" as="element()"/>
    <xsl:param name="type" as="xs:string"/>
    <xsl:param name="date" as="xs:string"/>
    <xsl:param name="content" as="item()*"/>
    <xsl:variable name="kind" select="te:code-words($type)"/>
    <!-- A type given with less than high certainty is a conjecture: the label shows what the source shows (a stamp), the hover says what it may be. -->
    <xsl:variable name="uncertain" select="exists($node/@cert) and not($node/@cert = 'high')"/>
    <xsl:variable name="label" select="string-join(('stamp', $kind[. ne ''][not($uncertain)]), ' · ')"/>
    <xsl:element name="{te:wrapper($content, 'span')}">
      <xsl:attribute name="class" select="te:classes(('stamp', $type[. ne ''] ! ('stamp-' || te:token(.))), ())"/>
      <xsl:sequence select="te:id-attribute($node), te:lang-attributes($node)"/>
      <xsl:if test="$date ne ''"><xsl:attribute name="data-date" select="$date"/></xsl:if>
      <xsl:attribute name="title" select="string-join((
        upper-case(substring($label, 1, 1)) || substring($label, 2),
        if ($uncertain and $kind ne '') then '(perhaps a ' || $kind || ' stamp: a conjecture of ' || $node/@cert || ' certainty)' else (),
        if ($date ne '') then 'dated ' || $date else ()), ' ')"/>
      <span class="stamp-label"><xsl:value-of select="$label"/></span>
      <xsl:text> </xsl:text>
      <xsl:element name="{te:wrapper($content, 'span')}"><xsl:attribute name="class" select="'stamp-content'"/><xsl:sequence select="$content"/></xsl:element>
    </xsl:element>
  </xsl:template>

  <xsl:template name="te:archival-mark">
    <xsl:param name="node" as="element()"/>
    <xsl:param name="type" as="xs:string"/>
    <xsl:param name="content" as="item()*"/>
    <xsl:variable name="label" select="(te:number-label($type)[. ne ''], 'identifier')[1]"/>
    <span class="{te:classes(('archival-mark', $type[. ne ''] ! ('mark-' || te:token(.))), ())}" title="Archival mark: {$label}">
      <xsl:sequence select="te:id-attribute($node)"/>
      <xsl:sequence select="$content"/>
    </span>
  </xsl:template>
</xsl:stylesheet>
