<?xml version="1.0" encoding="UTF-8"?>
<!--
  Blocks of the text edition, laid out as in a printed edition: paragraphs
  separated by blank lines; headings of divisions centred; an opener's lines
  flush left, one under the other; a closer set flush right as one block, as
  a signature is printed; datelines flush right; title-page parts centred;
  verse one line per line; list items with their bullet or number and a
  hanging indent; block quotations indented; dramatic turns as
  "Speaker: text" with the rest of the turn indented under it.

  Elements that are blocks in their own right but stand inside running
  text (a stage direction inside a line of verse, a label inside a
  paragraph) stay inline.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:te="urn:x-tei-edition"
  xmlns:tx="urn:x-tei-edition:text"
  xmlns:egx="http://www.tei-c.org/ns/Examples"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- True when $node stands inside running text: beside non-blank text, or inside a phrase-level element. -->
  <xsl:function name="tx:in-running-text" as="xs:boolean">
    <xsl:param name="node" as="element()"/>
    <xsl:variable name="parent" select="$node/parent::*"/>
    <xsl:sequence select="
      exists($parent/text()[normalize-space() ne ''])
      or exists($parent[self::p or self::ab or self::l or self::seg or self::s or self::hi or self::head or self::item
        or self::cell or self::castItem or self::label or self::title or self::emph or self::foreign or self::q
        or self::stage or self::speaker or self::line or self::persName or self::name or self::rs
        or (self::said | self::quote | self::note)[not(p | ab | lg | l | list | table)]])"/>
  </xsl:function>

  <!-- A speaker's name as the label of a turn: its own closing full stop or colon gives way to the colon. -->
  <xsl:function name="tx:turn-label" as="xs:string">
    <xsl:param name="label" as="xs:string"/>
    <xsl:sequence select="replace(normalize-space($label), '[ \t]*[.:]$', '') || ': '"/>
  </xsl:function>

  <!-- Sets each label before the block that follows it ($separator between them); a label with nothing after it stands alone. -->
  <xsl:function name="tx:attach-labels" as="element()*">
    <xsl:param name="blocks" as="element()*"/>
    <xsl:param name="as-turn" as="xs:boolean"/>
    <xsl:for-each-group select="$blocks" group-starting-with="tx:label">
      <xsl:choose>
        <xsl:when test="current-group()[1][self::tx:label] and count(current-group()) gt 1">
          <xsl:variable name="label" select="string(current-group()[1])"/>
          <xsl:sequence select="tx:prefix(current-group()[2], if ($as-turn) then tx:turn-label($label) else normalize-space($label) || ' ')"/>
          <xsl:sequence select="subsequence(current-group(), 3)"/>
        </xsl:when>
        <xsl:when test="current-group()[1][self::tx:label]">
          <xsl:sequence select="tx:p(if ($as-turn) then normalize-space(tx:turn-label(current-group()[1])) else normalize-space(current-group()[1]))"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:sequence select="current-group()"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each-group>
  </xsl:function>

  <!-- The marker of a list item: a number in ordered lists, a dash in bulleted ones, nothing in simple lists (the default, as printed lists of names and copies are). -->
  <xsl:function name="tx:item-marker" as="xs:string">
    <xsl:param name="item" as="element()"/>
    <xsl:variable name="list" select="$item/parent::*"/>
    <xsl:variable name="style" select="lower-case(string-join(($list/@rend, $list/@type, $list/@rendition), ' '))"/>
    <xsl:sequence select="
      if ($item/preceding-sibling::*[1][self::label]) then ''
      else if (matches($style, 'numbered|ordered|decimal|arabic')) then (($item/@n, count($item/preceding-sibling::item) + 1)[1] || '. ')
      else if (matches($style, 'bullet|unordered|disc|dash')) then '- '
      else ''"/>
  </xsl:function>

  <!-- The blocks of a leaf kind: one paragraph with the given layout attributes, or a group when the content holds blocks of its own. -->
  <xsl:function name="tx:leaf" as="element()*">
    <xsl:param name="blocks" as="element()*"/>
    <xsl:param name="attributes" as="map(xs:string, xs:string)"/>
    <xsl:sequence select="
      if (map:size($attributes) = 0) then $blocks
      else if (count($blocks) = 1 and $blocks/self::tx:p) then tx:with($blocks, $attributes)
      else if (empty($blocks)) then ()
      else tx:group($blocks ! (if (self::tx:p) then tx:with(., $attributes) else .), map {})"/>
  </xsl:function>

  <!--
    One template per element, each building its content in place (apply-templates into a variable,
    then tx:blocks) and laying it out. Conditions are instructions (xsl:if, xsl:choose), not
    "if (…) then tx:group(…) else ()" expressions: for those, the xslt3 compiler (2.7) wraps the
    result in a sort into document order, and blocks made in different temporary trees then come out
    in the order of their trees, not of the text (a page break before a division with a heading was
    printed after the division). The fixture tests/fixtures/text/block-order keeps it so.
  -->

  <!-- A cast list's role and its description, printed "Claudius, king of Denmark"; descriptions in a row apart. -->
  <xsl:template match="(role | roleDesc)[preceding-sibling::node()[1][self::role or self::roleDesc]]" priority="4">
    <xsl:variable name="content" as="item()*"><xsl:apply-templates/></xsl:variable>
    <xsl:variable name="punctuated" select="matches(normalize-space(tx:string($content)), '^\p{P}')"/>
    <xsl:sequence select="(if ($punctuated) then '' else if (self::roleDesc and preceding-sibling::node()[1][self::role]) then ', ' else ' '), $content"/>
  </xsl:template>

  <!-- Blocks that can stand inside running text (a stage direction in a line of verse, a label in a paragraph) stay inline there. -->
  <xsl:template match="(stage | label | signed | dateline | salute | byline | docAuthor | docDate | docTitle | titlePart | docImprint
                        | role | roleDesc | figDesc | trailer | l)[tx:in-running-text(.)]" priority="3">
    <xsl:apply-templates/>
  </xsl:template>

  <!-- Running text: a paragraph, and every leaf block without a layout of its own, is its blocks as they are. -->
  <xsl:template match="p | ab | stage | salute | figDesc | castItem | docket | role | roleDesc | label">
    <xsl:variable name="content" as="item()*"><xsl:apply-templates/></xsl:variable>
    <xsl:sequence select="tx:blocks($content)"/>
  </xsl:template>

  <!-- Pure containers of blocks, separated by blank lines. -->
  <xsl:template match="front | body | back | div | div1 | div2 | div3 | div4 | div5 | div6 | div7 | postscript | argument | epigraph
                       | titlePage | floatingText | listBibl | set | docImprint">
    <xsl:variable name="content" as="item()*"><xsl:apply-templates/></xsl:variable>
    <xsl:variable name="blocks" select="tx:blocks($content)"/>
    <xsl:if test="exists($blocks)"><xsl:sequence select="tx:group($blocks, map {})"/></xsl:if>
  </xsl:template>

  <!-- Containers whose children stand one per line, without blank lines between them. -->
  <xsl:template match="opener | castList | castGroup | docTitle">
    <xsl:variable name="content" as="item()*"><xsl:apply-templates/></xsl:variable>
    <xsl:variable name="blocks" select="tx:blocks($content)"/>
    <xsl:if test="exists($blocks)"><xsl:sequence select="tx:group($blocks, map { 'tight': 'yes' })"/></xsl:if>
  </xsl:template>

  <xsl:template match="closer">
    <xsl:variable name="content" as="item()*"><xsl:apply-templates/></xsl:variable>
    <xsl:variable name="blocks" select="tx:blocks($content)"/>
    <xsl:if test="exists($blocks)"><xsl:sequence select="tx:group($blocks, map { 'tight': 'yes', 'align': 'block-right' })"/></xsl:if>
  </xsl:template>

  <xsl:template match="sp">
    <xsl:variable name="content" as="item()*"><xsl:apply-templates/></xsl:variable>
    <xsl:sequence select="tx:group(tx:attach-labels(tx:blocks($content), true()), map { 'hang': '2' })"/>
  </xsl:template>

  <xsl:template match="speaker | label[parent::list]">
    <xsl:variable name="content" as="item()*"><xsl:apply-templates/></xsl:variable>
    <tx:label><xsl:value-of select="tx:flat-text(tx:blocks($content))"/></tx:label>
  </xsl:template>

  <!-- A list nested in an item is indented under the item's text by the item's hanging indent. -->
  <xsl:template match="list">
    <xsl:variable name="content" as="item()*"><xsl:apply-templates/></xsl:variable>
    <xsl:variable name="blocks" select="tx:blocks($content)"/>
    <xsl:if test="exists($blocks)"><xsl:sequence select="tx:group(tx:attach-labels($blocks, false()), map { 'tight': 'yes' })"/></xsl:if>
  </xsl:template>

  <xsl:template match="item">
    <xsl:variable name="content" as="item()*"><xsl:apply-templates/></xsl:variable>
    <xsl:variable name="marker" select="tx:item-marker(.)"/>
    <xsl:variable name="hang" select="string(if ($marker = '') then (if (preceding-sibling::*[1][self::label]) then 4 else 2) else string-length($marker))"/>
    <xsl:sequence select="tx:group(tx:prefix(tx:blocks($content), $marker), map { 'hang': $hang, 'tight': 'yes' })"/>
  </xsl:template>

  <xsl:template match="lg">
    <xsl:variable name="content" as="item()*"><xsl:apply-templates/></xsl:variable>
    <xsl:variable name="blocks" select="tx:blocks($content)"/>
    <xsl:if test="exists($blocks)"><xsl:sequence select="tx:group($blocks, map { 'tight': if (lg) then 'no' else 'yes' })"/></xsl:if>
  </xsl:template>

  <xsl:template match="l">
    <xsl:variable name="content" as="item()*"><xsl:apply-templates/></xsl:variable>
    <xsl:sequence select="tx:leaf(tx:blocks($content), map { 'hang': '4' })"/>
  </xsl:template>

  <!-- The heading of a division is centred; a caption (of a list, table, figure, stanza…) stands as it is. -->
  <xsl:template match="head">
    <xsl:variable name="content" as="item()*"><xsl:apply-templates/></xsl:variable>
    <xsl:sequence select="tx:leaf(tx:blocks($content), if (te:head-kind(.) = 'heading') then map { 'align': 'center' } else map {})"/>
  </xsl:template>

  <!-- Title-page parts, set centred. -->
  <xsl:template match="byline | docAuthor | docDate | titlePart | trailer">
    <xsl:variable name="content" as="item()*"><xsl:apply-templates/></xsl:variable>
    <xsl:sequence select="tx:leaf(tx:blocks($content), map { 'align': 'center' })"/>
  </xsl:template>

  <!-- Inside a closer the whole block is set flush right; alone, the line itself is. -->
  <xsl:template match="dateline | signed">
    <xsl:variable name="content" as="item()*"><xsl:apply-templates/></xsl:variable>
    <xsl:sequence select="tx:leaf(tx:blocks($content), if (ancestor::closer) then map {} else map { 'align': 'right' })"/>
  </xsl:template>

  <!-- Block quotations (quote with paragraphs, or standing between paragraphs), indented. -->
  <xsl:template match="quote[p | lg | ab | l] | cit[parent::div or parent::body]">
    <xsl:variable name="content" as="item()*"><xsl:apply-templates/></xsl:variable>
    <xsl:variable name="blocks" select="tx:blocks($content)"/>
    <xsl:if test="exists($blocks)"><xsl:sequence select="tx:group($blocks, map { 'indent': '4' })"/></xsl:if>
  </xsl:template>

  <xsl:template match="figure">
    <xsl:variable name="content" as="item()*"><xsl:apply-templates/></xsl:variable>
    <xsl:variable name="blocks" select="tx:blocks($content)"/>
    <xsl:choose>
      <xsl:when test="exists($blocks)"><xsl:sequence select="tx:group(tx:around($blocks, '[Figure: ', ']'), map {})"/></xsl:when>
      <xsl:otherwise><xsl:sequence select="tx:p('[Figure]')"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="table">
    <xsl:variable name="content" as="item()*"><xsl:apply-templates/></xsl:variable>
    <xsl:sequence select="tx:table(., tx:blocks($content))"/>
  </xsl:template>

  <xsl:template match="row">
    <xsl:variable name="content" as="item()*"><xsl:apply-templates/></xsl:variable>
    <tx:row role="{if (@role = 'label') then 'label' else 'data'}"><xsl:sequence select="tx:blocks($content)"/></tx:row>
  </xsl:template>

  <xsl:template match="cell">
    <xsl:variable name="content" as="item()*"><xsl:apply-templates/></xsl:variable>
    <tx:cell cols="{max((1, xs:integer((@cols[. castable as xs:integer], 1)[1])))}"
             role="{if (@role = 'label' or parent::row/@role = 'label') then 'label' else 'data'}">
      <xsl:value-of select="tx:flat-text(tx:blocks($content))"/>
    </tx:cell>
  </xsl:template>

  <!-- Code (eg, egXML as the markup it is): its lines and spacing kept, indented, never wrapped. -->
  <xsl:template match="eg | egx:egXML">
    <xsl:variable name="text" select="te:example-text(.)"/>
    <tx:p pre="yes" indent="4"><xsl:value-of select="if (tx:has-text($text)) then $text else ''"/></tx:p>
  </xsl:template>

  <!-- A documentary transcription (sourceDoc): surfaces and zones are blocks, each line a line. -->
  <xsl:template match="sourceDoc | surfaceGrp | surface | zone">
    <xsl:variable name="blocks" select="tx:blocks(tx:transcription-content(.))"/>
    <xsl:if test="exists($blocks)"><xsl:sequence select="tx:group($blocks, map { 'tight': if (self::zone and not(zone)) then 'yes' else 'no' })"/></xsl:if>
  </xsl:template>

  <xsl:template match="line">
    <xsl:variable name="content" as="item()*"><xsl:apply-templates/></xsl:variable>
    <xsl:sequence select="tx:leaf(tx:blocks($content), map { 'hang': '4' })"/>
  </xsl:template>

  <xsl:function name="tx:transcription-content" as="item()*">
    <xsl:param name="container" as="element()"/>
    <xsl:apply-templates select="$container/node()"/>
  </xsl:function>
</xsl:stylesheet>
