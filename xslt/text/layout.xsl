<?xml version="1.0" encoding="UTF-8"?>
<!--
  The block model of the text edition. The templates do not write text
  directly: inline meanings return strings, blocks return small layout
  elements in the tx: namespace, and the page is the block model: the layout
  stage (src/transform/layout-text.ts) lays it out once, at the end, when the
  width available to every block is known:

    tx:p      a block of running text (forced line breaks as tx:LINE markers);
              @align left|center|right, @indent (all lines), @hang (lines after
              the first), @pre="yes" for code whose spacing is kept
    tx:group  blocks laid out one after the other, separated by a blank line,
              or by a line break when @tight="yes"; @indent, @hang, and
              @align="block-right" (the group set flush right as one block,
              its lines aligned left among themselves, like a signature)
    tx:label  a speaker or list label waiting to be set before the next block
    tx:table  rows of cells (tables.xsl)
    tx:rule   a horizontal rule of @char
    tx:page   the blocks of the page, at @width (0: no wrapping)
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tx="urn:x-tei-edition:text"
  exclude-result-prefixes="#all">

  <!-- True for a layout element (a block); everything else in a content sequence is inline text. -->
  <xsl:function name="tx:is-block" as="xs:boolean">
    <xsl:param name="item" as="item()"/>
    <xsl:sequence select="$item instance of element() and namespace-uri($item) = 'urn:x-tei-edition:text'"/>
  </xsl:function>

  <!-- The text of inline items. -->
  <xsl:function name="tx:string" as="xs:string">
    <xsl:param name="items" as="item()*"/>
    <xsl:sequence select="string-join($items ! string(.), '')"/>
  </xsl:function>

  <!--
    The text of blocks run together into one line (for a table cell or a label, which cannot hold blocks): each paragraph, cell and label apart from the next.
    Block by block ("!", not "/"): the blocks come from different temporary trees, and a path would
    sort them into document order, which across trees is the order of the trees, not of the text.
  -->
  <xsl:function name="tx:flat-text" as="xs:string">
    <xsl:param name="blocks" as="element()*"/>
    <xsl:variable name="text" select="string-join($blocks ! descendant-or-self::*[self::tx:p or self::tx:cell or self::tx:label] ! string(.), ' ')"/>
    <xsl:sequence select="normalize-space(translate(replace($text, concat('[ \t\r\n]*', $tx:JOIN, '[ \t\r\n]*'), ''), $tx:LINE, ' '))"/>
  </xsl:function>

  <!-- True when a string carries text (not only white space and line markers). -->
  <xsl:function name="tx:has-text" as="xs:boolean">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="normalize-space(translate($s, concat($tx:LINE, $tx:JOIN), '  ')) ne ''"/>
  </xsl:function>

  <!-- A paragraph of running text. -->
  <xsl:function name="tx:p" as="element(tx:p)">
    <xsl:param name="text" as="xs:string"/>
    <tx:p><xsl:value-of select="$text"/></tx:p>
  </xsl:function>

  <!--
    The blocks of a mixed content sequence: runs of inline items become paragraphs (runs without
    text are dropped), blocks stay as they are. Text beside a nested block (a list inside a
    paragraph) is thus laid out before and after it.
  -->
  <xsl:function name="tx:blocks" as="element()*">
    <xsl:param name="items" as="item()*"/>
    <xsl:for-each-group select="$items" group-adjacent="tx:is-block(.)">
      <xsl:choose>
        <xsl:when test="current-grouping-key()">
          <xsl:sequence select="current-group()"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:variable name="text" select="tx:string(current-group())"/>
          <xsl:if test="tx:has-text($text)">
            <xsl:sequence select="tx:p($text)"/>
          </xsl:if>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each-group>
  </xsl:function>

  <!--
    A group of blocks with the given attributes (a map of attribute name to value). A group without
    attributes lays out exactly like its blocks standing in their parent (separated by blank lines),
    so its blocks are returned as they are: nesting divisions then costs no copying of their content,
    which is most of the work on a volume of several megabytes.
  -->
  <xsl:function name="tx:group" as="element()*">
    <xsl:param name="blocks" as="element()*"/>
    <xsl:param name="attributes" as="map(xs:string, xs:string)"/>
    <xsl:sequence select="if (map:size($attributes) = 0) then $blocks else tx:make-group($blocks, $attributes)" xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
  </xsl:function>

  <xsl:function name="tx:make-group" as="element(tx:group)">
    <xsl:param name="blocks" as="element()*"/>
    <xsl:param name="attributes" as="map(xs:string, xs:string)"/>
    <tx:group>
      <xsl:for-each select="sort(map:keys($attributes))" xmlns:map="http://www.w3.org/2005/xpath-functions/map">
        <xsl:attribute name="{.}" select="$attributes(.)"/>
      </xsl:for-each>
      <xsl:sequence select="$blocks"/>
    </tx:group>
  </xsl:function>

  <!-- $block with attributes added or replaced. -->
  <xsl:function name="tx:with" as="element()">
    <xsl:param name="block" as="element()"/>
    <xsl:param name="attributes" as="map(xs:string, xs:string)"/>
    <xsl:element name="{name($block)}" namespace="urn:x-tei-edition:text">
      <xsl:sequence select="$block/@*[not(local-name() = map:keys($attributes))]" xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
      <xsl:for-each select="sort(map:keys($attributes))" xmlns:map="http://www.w3.org/2005/xpath-functions/map">
        <xsl:attribute name="{.}" select="$attributes(.)"/>
      </xsl:for-each>
      <xsl:sequence select="$block/node()"/>
    </xsl:element>
  </xsl:function>

  <!--
    Content with $before set before its first character and $after after its last, whether the
    content is inline text or blocks (quotation marks around a speech of several paragraphs, a
    list bullet before an item's first paragraph). White space at the edges stays outside.
  -->
  <xsl:function name="tx:around" as="item()*">
    <xsl:param name="items" as="item()*"/>
    <xsl:param name="before" as="xs:string"/>
    <xsl:param name="after" as="xs:string"/>
    <xsl:choose>
      <xsl:when test="empty($items[tx:is-block(.)])">
        <xsl:variable name="text" select="tx:string($items)"/>
        <!-- (Lengths rather than captured groups: replace() rejects patterns that can match nothing.) -->
        <xsl:variable name="core" select="replace(replace($text, '^[ \t\r\n]+', ''), '[ \t\r\n]+$', '')"/>
        <xsl:variable name="lead" select="string-length($text) - string-length(replace($text, '^[ \t\r\n]+', ''))"/>
        <xsl:variable name="trail" select="if ($core = '') then 0 else string-length($text) - string-length(replace($text, '[ \t\r\n]+$', ''))"/>
        <xsl:sequence select="substring($text, 1, $lead) || $before || $core || $after || substring($text, string-length($text) - $trail + 1)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="tx:suffix(tx:prefix(tx:blocks($items), $before), $after)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- Blocks with $s set before the text of the first one. -->
  <xsl:function name="tx:prefix" as="element()*">
    <xsl:param name="blocks" as="element()*"/>
    <xsl:param name="s" as="xs:string"/>
    <xsl:variable name="first" select="$blocks[1]"/>
    <xsl:choose>
      <xsl:when test="$s = ''"><xsl:sequence select="$blocks"/></xsl:when>
      <xsl:when test="empty($first)"><xsl:sequence select="tx:p($s)"/></xsl:when>
      <xsl:when test="$first/self::tx:p">
        <tx:p><xsl:sequence select="$first/@*"/><xsl:value-of select="$s || replace(string($first), '^[ \t\r\n]+', '')"/></tx:p>
        <xsl:sequence select="subsequence($blocks, 2)"/>
      </xsl:when>
      <xsl:when test="$first/self::tx:group">
        <tx:group><xsl:sequence select="$first/@*, tx:prefix($first/*, $s)"/></tx:group>
        <xsl:sequence select="subsequence($blocks, 2)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="tx:p($s), $blocks"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- Blocks with $s set after the text of the last one. -->
  <xsl:function name="tx:suffix" as="element()*">
    <xsl:param name="blocks" as="element()*"/>
    <xsl:param name="s" as="xs:string"/>
    <xsl:variable name="last" select="$blocks[last()]"/>
    <xsl:choose>
      <xsl:when test="$s = ''"><xsl:sequence select="$blocks"/></xsl:when>
      <xsl:when test="empty($last)"><xsl:sequence select="tx:p($s)"/></xsl:when>
      <xsl:when test="$last/self::tx:p">
        <xsl:sequence select="subsequence($blocks, 1, count($blocks) - 1)"/>
        <tx:p><xsl:sequence select="$last/@*"/><xsl:value-of select="replace(string($last), '[ \t\r\n]+$', '') || $s"/></tx:p>
      </xsl:when>
      <xsl:when test="$last/self::tx:group">
        <xsl:sequence select="subsequence($blocks, 1, count($blocks) - 1)"/>
        <tx:group><xsl:sequence select="$last/@*, tx:suffix($last/*, $s)"/></tx:group>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="$blocks, tx:p($s)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!--
    The page: the blocks inside one tx:page that carries the width. Laying it out (wrapping,
    indents, alignment, tables, blank lines, NFC) is the work of the layout stage in TypeScript,
    src/transform/layout-text.ts, which measured faster than the same layout in XSLT (docs/performance.md).
  -->
  <xsl:function name="tx:page" as="element(tx:page)">
    <xsl:param name="blocks" as="element()*"/>
    <xsl:param name="width" as="xs:integer"/>
    <tx:page width="{$width}"><xsl:sequence select="$blocks"/></tx:page>
  </xsl:function>
</xsl:stylesheet>
