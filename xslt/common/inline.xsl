<?xml version="1.0" encoding="UTF-8"?>
<!--
  Phrase-level meaning: the normalised value of a date, measures, stamps and
  archival marks (the other phrases, dates included, are plain match templates of each format, in
  xslt/html/phrases.xsl and xslt/text/phrases.xsl).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- The normalised value of a date: @when, a @notBefore/@notAfter range, or a @from/@to span. -->
  <xsl:function name="te:date-iso" as="xs:string">
    <xsl:param name="date" as="element()"/>
    <xsl:sequence select="
      if ($date/@when) then string($date/@when)
      else if ($date/@notBefore or $date/@notAfter) then concat($date/@notBefore, '/', $date/@notAfter)
      else if ($date/@from or $date/@to) then concat($date/@from, '/', $date/@to)
      else string(($date/@when-iso, $date/@notBefore-iso, $date/@from-iso)[1])"/>
  </xsl:function>



</xsl:stylesheet>
