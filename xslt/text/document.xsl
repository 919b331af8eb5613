<?xml version="1.0" encoding="UTF-8"?>
<!--
  The document as a whole: which parts of the source are the text, and the
  page that results (header block, text, notes, apparatus).

  The text is the TEI's <text>; for a teiCorpus, the text of every TEI in
  it, each after its own header block; for a TEI that has only a
  documentary transcription, its <sourceDoc>; for a file whose root is a
  piece of a text (a div or a page surface included by XInclude), that
  piece. Anything else (TEI P4, other XML, a header fragment) has no text,
  and the drop report says why.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:te="urn:x-tei-edition"
  xmlns:tx="urn:x-tei-edition:text"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- Roots that are a piece of a text when they stand alone in a file. -->
  <xsl:variable name="tx:text-pieces" as="xs:string*"
    select="('text', 'body', 'front', 'back', 'group', 'div', 'div1', 'div2', 'div3', 'div4', 'div5', 'div6', 'div7', 'p', 'ab', 'lg',
             'sp', 'floatingText', 'sourceDoc', 'surface', 'surfaceGrp', 'zone')"/>

  <!-- The parts of the source rendered as text (see above). -->
  <xsl:variable name="tx:texts" as="element()*" select="
    let $root := /*
    return
      if ($root/self::teiCorpus) then $root//TEI/(text, sourceDoc[empty(../text)])
      else if ($root/self::TEI) then ($root/text, $root/sourceDoc[empty($root/text)])[1]
      else if (namespace-uri($root) = 'http://www.tei-c.org/ns/1.0' and local-name($root) = $tx:text-pieces) then $root
      else ()"/>

  <!-- The TEI (or teiCorpus) whose header heads the page; for a piece of a text, the piece (it has no header). -->
  <xsl:variable name="tx:top" as="element()" select="/*"/>

  <!-- The page: header block, text, endnotes and apparatus, as the block model at the width; then the reports. -->
  <xsl:template match="/">
    <xsl:variable name="text" as="item()*">
      <xsl:choose>
        <xsl:when test="$tx:top/self::teiCorpus">
          <!-- Each TEI of the corpus under its own header block. -->
          <xsl:for-each select="$tx:texts">
            <xsl:variable name="content" as="item()*"><xsl:apply-templates select="."/></xsl:variable>
            <xsl:sequence select="tx:group((if ($header = 'no') then () else tx:header-block(te:metadata(ancestor::TEI[1])), tx:blocks($content)), map {})"/>
          </xsl:for-each>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates select="$tx:texts"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="blocks" as="element()*" select="
      (if ($header = 'no') then () else tx:header-block(te:metadata($tx:top))),
      tx:blocks($text),
      tx:notes-section(),
      tx:apparatus-section()"/>
    <xsl:sequence select="tx:page($blocks, $tx:width)"/>
    <xsl:call-template name="tx:write-drop-report"/>
    <xsl:call-template name="tx:write-views-report"/>
  </xsl:template>
</xsl:stylesheet>
