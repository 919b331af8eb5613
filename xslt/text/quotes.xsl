<?xml version="1.0" encoding="UTF-8"?>
<!--
  Quotation marks for speech and quotations. The reading view marks direct
  speech (said, q) and inline quotations with the quotation marks of the
  passage's language, alternating outer and inner marks by nesting. The
  diplomatic view adds marks only where the header says the printed marks
  were removed into markup (editorialDecl/quotation/@marks="none"); where
  it says they were all kept (the record: marks="all"), the printed
  characters are the only marks in both views, as in the HTML edition.

  No marks are added where the text already has them: content that starts
  with a quotation mark, or an element right after an opening mark.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:te="urn:x-tei-edition"
  xmlns:tx="urn:x-tei-edition:text"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- Outer and inner marks by primary language subtag (the typographic conventions of each language); others use English marks. -->
  <xsl:variable name="tx:quote-marks" as="map(xs:string, array(xs:string))" select="map {
    'en': ['“', '”', '‘', '’'],
    'de': ['„', '“', '‚', '‘'],
    'yi': ['„', '“', '‚', '‘'],
    'cs': ['„', '“', '‚', '‘'],
    'pl': ['„', '”', '«', '»'],
    'ru': ['«', '»', '„', '“'],
    'uk': ['«', '»', '„', '“'],
    'be': ['«', '»', '„', '“'],
    'fr': ['«&#xA0;', '&#xA0;»', '“', '”'],
    'it': ['«', '»', '“', '”'],
    'es': ['«', '»', '“', '”'],
    'el': ['«', '»', '“', '”'],
    'grc': ['«', '»', '“', '”'],
    'zh': ['「', '」', '『', '』'],
    'ja': ['「', '」', '『', '』'],
    'he': ['„', '”', '‚', '’']
  }"/>

  <!-- True when the header says quotation marks were removed from the text and are represented by markup only. -->
  <xsl:variable name="tx:marks-removed" as="xs:boolean"
    select="(//teiHeader//editorialDecl//quotation/@marks)[1] = 'none'"/>

  <!--
    True when the header says every quotation mark is kept as a printed character (marks="all"):
    then no view adds any, as the HTML edition adds none.
  -->
  <xsl:variable name="tx:marks-kept" as="xs:boolean"
    select="(//teiHeader//editorialDecl//quotation/@marks)[1] = 'all'"/>

  <!-- Characters that open or close a quotation. -->
  <xsl:variable name="tx:quote-chars" as="xs:string" select="'[&quot;“”„‟«»‹›‘’‚‛「」『』]'"/>

  <!-- The language of $node: the nearest xml:lang, primary subtag, lower case. -->
  <xsl:function name="tx:lang" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="lower-case(tokenize(string(($node/ancestor-or-self::*/@xml:lang)[last()]), '-')[1])"/>
  </xsl:function>

  <!-- True for an element whose quotation marks the look generates (in the reading view). -->
  <xsl:function name="tx:is-quotation" as="xs:boolean">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="
      ($node/self::said and not($node/@direct = 'false'))
      or $node/self::q or $node/self::soCalled
      or ($node/self::quote and not($node/(p | lg | ab | l)) and not($node/parent::cit[parent::div or parent::body]))"/>
  </xsl:function>

  <!-- True when $node's text is already quoted by printed characters. -->
  <xsl:function name="tx:already-quoted" as="xs:boolean">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="
      matches(normalize-space($node), concat('^', $tx:quote-chars))
      or matches(string($node/preceding-sibling::node()[1][self::text()]), concat($tx:quote-chars, '$'))"/>
  </xsl:function>

  <!-- True when the look adds quotation marks around $node in a view that adds marks (the reading view, or both when the printed marks were removed). -->
  <xsl:function name="tx:quotable" as="xs:boolean">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="
      tx:is-quotation($node)
      and not($node/@rend = ('none', 'noquotes', 'inline-noquotes'))
      and not(tx:already-quoted($node))"/>
  </xsl:function>

  <!-- True when the look adds quotation marks around $node in the current view. -->
  <xsl:function name="tx:quotes-added" as="xs:boolean">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="not($tx:marks-kept) and ($view = 'reading' or $tx:marks-removed) and tx:quotable($node)"/>
  </xsl:function>

  <!-- $content in quotation marks of $node's language and nesting depth (outer marks at even depth). -->
  <xsl:function name="tx:quoted" as="item()*">
    <xsl:param name="node" as="element()"/>
    <xsl:param name="content" as="item()*"/>
    <xsl:variable name="marks" select="($tx:quote-marks(tx:lang($node)), $tx:quote-marks('en'))[1]"/>
    <xsl:variable name="depth" select="count($node/ancestor::*[tx:is-quotation(.)][not(tx:already-quoted(.))])"/>
    <xsl:variable name="open" select="if ($depth mod 2 = 0) then $marks(1) else $marks(3)"/>
    <xsl:variable name="close" select="if ($depth mod 2 = 0) then $marks(2) else $marks(4)"/>
    <xsl:choose>
      <xsl:when test="empty($content[tx:is-block(.)])">
        <xsl:sequence select="tx:around($content, $open, $close)"/>
      </xsl:when>
      <xsl:otherwise>
        <!-- Speech of several paragraphs: an opening mark before each paragraph, the closing mark after the last only (as printed). -->
        <xsl:variable name="blocks" select="tx:blocks($content)"/>
        <xsl:sequence select="tx:suffix($blocks ! tx:prefix(., $open), $close)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>
</xsl:stylesheet>
