<?xml version="1.0" encoding="UTF-8"?>
<!--
  The header block of the text edition: what a scholar needs to cite and
  trust the text, from the header's facts (te:metadata): the title, then the
  short facts one per line with their labels aligned (author, date, place,
  archive and call numbers, translator…), then the longer statements as
  paragraphs: the source, the notes that come with it (the record's
  "Document Information" sentence), the summary and the rights statement,
  verbatim. A rule of "=" ends the block.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:te="urn:x-tei-edition"
  xmlns:tx="urn:x-tei-edition:text"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- Labels of the notes of a source citation, by @type; other types are spelled out from their name. -->
  <xsl:variable name="tx:source-note-labels" as="map(xs:string, xs:string)" select="map {
    'documentInformation': 'Document information',
    'funding': 'Funding',
    'editorial': 'Editorial note',
    'titleLine': 'Cited as',
    '': 'Note'
  }"/>

  <!-- "camelCase" or "kebab-case" as words: "Camel case". -->
  <xsl:function name="tx:humanise" as="xs:string">
    <xsl:param name="name" as="xs:string"/>
    <xsl:variable name="words" select="lower-case(normalize-space(replace(replace($name, '([a-z])([A-Z])', '$1 $2'), '[-_.]', ' ')))"/>
    <xsl:sequence select="upper-case(substring($words, 1, 1)) || substring($words, 2)"/>
  </xsl:function>

  <!-- The header block for the facts in $metadata: blocks, or nothing when $metadata has nothing to say. -->
  <xsl:function name="tx:header-block" as="element()*">
    <xsl:param name="metadata" as="map(*)"/>
    <xsl:variable name="facts" select="(
      [if (count($metadata?authors) gt 1) then 'Authors' else 'Author', $metadata?authors],
      ['Date', $metadata?date],
      ['Place', $metadata?place],
      ['Archive', string-join(($metadata?repository, $metadata?settlement), ', ')[. ne '']],
      [if (count($metadata?call-numbers) gt 1) then 'Call numbers' else 'Call number', $metadata?call-numbers],
      ['Translated by', $metadata?translated-by],
      ['Obtained by', $metadata?obtained-by],
      ['Edited by', $metadata?editors],
      ['Funded by', $metadata?funders],
      [if (count($metadata?languages-statement) gt 1) then 'Languages' else 'Language', $metadata?languages-statement]
    )[exists(?2[. ne ''])]"/>
    <xsl:variable name="label-width" select="max(($facts ! string-length(?1), 0)) + 2"/>
    <xsl:variable name="statements" as="element()*">
      <xsl:sequence select="$metadata?source-citation[. ne ''] ! tx:p('Source: ' || .)"/>
      <xsl:for-each select="$metadata?source-notes?*[?text ne '']">
        <xsl:sequence select="tx:p((($tx:source-note-labels(?type), tx:humanise(?type))[. ne ''])[1] || ': ' || ?text)"/>
      </xsl:for-each>
      <xsl:sequence select="$metadata?physical ! tx:p('Physical description: ' || .)"/>
      <xsl:sequence select="$metadata?settings ! tx:p('Setting: ' || .)"/>
      <xsl:sequence select="$metadata?summary ! tx:p('Summary: ' || .)"/>
      <xsl:for-each select="$metadata?availability">
        <xsl:variable name="content" as="item()*"><xsl:apply-templates select="node()"/></xsl:variable>
        <xsl:sequence select="tx:prefix(tx:blocks($content), if (position() = 1) then 'Rights: ' else '')"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:if test="exists($metadata?title) or exists($facts) or exists($statements)">
      <!-- The title underlined. -->
      <xsl:variable name="rule" as="element()"><tx:rule char="="/></xsl:variable>
      <xsl:sequence select="tx:group((($metadata?title, $metadata?subtitle) ! tx:p(.), $rule), map { 'tight': 'yes' })"/>
      <xsl:if test="exists($facts)">
        <xsl:sequence select="tx:group($facts ! tx:with(tx:p(?1 || ':' || tx:hard-spaces($label-width - string-length(?1) - 1) || string-join(?2, '; ')),
          map { 'hang': string($label-width) }), map { 'tight': 'yes' })"/>
      </xsl:if>
      <xsl:sequence select="$statements"/>
      <xsl:sequence select="$rule[exists($facts) or exists($statements)]"/>
    </xsl:if>
  </xsl:function>
</xsl:stylesheet>
