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
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- Kinds that are pure containers of blocks, separated by blank lines. -->
  <!-- These kinds are sets (te:set): te:block tests every block against them. -->
  <xsl:variable name="tx:loose-containers" as="map(xs:string, xs:boolean)"
    select="te:set(('div', 'front', 'body', 'back', 'distribution', 'postscript', 'argument', 'epigraph', 'titlePage',
             'floatingText', 'listBibl', 'set', 'docImprint'))"/>

  <!-- Kinds whose children stand one per line, without blank lines between them. -->
  <xsl:variable name="tx:tight-containers" as="map(xs:string, xs:boolean)" select="te:set(('opener', 'castList', 'castGroup', 'docTitle'))"/>

  <!-- Kinds set centred, as on a title page. -->
  <xsl:variable name="tx:centred" as="map(xs:string, xs:boolean)" select="te:set(('byline', 'docAuthor', 'docDate', 'titlePart', 'trailer'))"/>

  <!-- Kinds that stay inline when they stand inside running text. -->
  <xsl:variable name="tx:phrase-capable" as="map(xs:string, xs:boolean)"
    select="te:set(('stage', 'label', 'signed', 'dateline', 'salute', 'byline', 'docAuthor', 'docDate', 'docTitle', 'titlePart',
             'docImprint', 'role', 'roleDesc', 'caption', 'trailer', 'l', 'speaker'))"/>

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

  <!-- True when a head is the heading of a division (centred), not of a list, table, figure or stanza. -->
  <xsl:function name="tx:division-head" as="xs:boolean">
    <xsl:param name="head" as="element()"/>
    <xsl:sequence select="exists($head/parent::*[self::div or self::div1 or self::div2 or self::div3 or self::div4 or self::div5
      or self::div6 or self::div7 or self::body or self::front or self::back or self::group or self::text])
      or (namespace-uri($head/parent::*) ne 'http://www.tei-c.org/ns/1.0' and local-name($head/parent::*) = 'div')"/>
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

  <xsl:template name="te:block">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="node" as="element()"/>
    <xsl:param name="children" as="node()*"/>
    <xsl:variable name="content" as="item()*"><xsl:apply-templates select="$children"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$kind = ('role', 'roleDesc') and $node/preceding-sibling::node()[1][self::role or self::roleDesc]">
        <!-- A cast list's role and its description, printed "Claudius, king of Denmark"; descriptions in a row apart. -->
        <xsl:variable name="punctuated" select="matches(normalize-space(tx:string($content)), '^\p{P}')"/>
        <xsl:sequence select="(if ($punctuated) then '' else if ($kind = 'roleDesc' and $node/preceding-sibling::node()[1][self::role]) then ', ' else ' '), $content"/>
      </xsl:when>
      <xsl:when test="map:contains($tx:phrase-capable, $kind) and not($kind = 'speaker') and tx:in-running-text($node)">
        <xsl:sequence select="$content"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="tx:block($kind, $node, tx:blocks($content))"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    The blocks of a block of $kind. Conditions are instructions (xsl:if, xsl:choose), not
    "if (…) then tx:group(…) else ()" expressions: for those, the xslt3 compiler (2.7) wraps the
    result in a sort into document order, and blocks made in different temporary trees then come out
    in the order of their trees, not of the text (a page break before a division with a heading was
    printed after the division). The fixture tests/fixtures/text/block-order keeps it so.
  -->
  <xsl:function name="tx:block" as="element()*">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="node" as="element()"/>
    <xsl:param name="blocks" as="element()*"/>
    <xsl:choose>
      <!-- The commonest kinds first: a paragraph is its blocks, as they are (tx:leaf without attributes). -->
      <xsl:when test="$kind eq 'p' or $kind eq 'ab'">
        <xsl:sequence select="$blocks"/>
      </xsl:when>
      <xsl:when test="map:contains($tx:loose-containers, $kind)">
        <xsl:if test="exists($blocks)"><xsl:sequence select="tx:group($blocks, map {})"/></xsl:if>
      </xsl:when>
      <xsl:when test="map:contains($tx:tight-containers, $kind)">
        <xsl:if test="exists($blocks)"><xsl:sequence select="tx:group($blocks, map { 'tight': 'yes' })"/></xsl:if>
      </xsl:when>
      <xsl:when test="$kind = 'closer'">
        <xsl:if test="exists($blocks)"><xsl:sequence select="tx:group($blocks, map { 'tight': 'yes', 'align': 'block-right' })"/></xsl:if>
      </xsl:when>
      <xsl:when test="$kind = 'sp'">
        <xsl:sequence select="tx:group(tx:attach-labels($blocks, true()), map { 'hang': '2' })"/>
      </xsl:when>
      <xsl:when test="$kind = 'speaker'">
        <tx:label><xsl:value-of select="tx:flat-text($blocks)"/></tx:label>
      </xsl:when>
      <xsl:when test="$kind = 'label' and $node/parent::list">
        <tx:label><xsl:value-of select="tx:flat-text($blocks)"/></tx:label>
      </xsl:when>
      <xsl:when test="$kind = 'list'">
        <!-- A list nested in an item is indented under the item's text by the item's hanging indent. -->
        <xsl:if test="exists($blocks)"><xsl:sequence select="tx:group(tx:attach-labels($blocks, false()), map { 'tight': 'yes' })"/></xsl:if>
      </xsl:when>
      <xsl:when test="$kind = 'item'">
        <xsl:variable name="marker" select="tx:item-marker($node)"/>
        <xsl:variable name="hang" select="string(if ($marker = '') then (if ($node/preceding-sibling::*[1][self::label]) then 4 else 2) else string-length($marker))"/>
        <xsl:sequence select="tx:group(tx:prefix($blocks, $marker), map { 'hang': $hang, 'tight': 'yes' })"/>
      </xsl:when>
      <xsl:when test="$kind = 'lg'">
        <xsl:if test="exists($blocks)"><xsl:sequence select="tx:group($blocks, map { 'tight': if ($node/lg) then 'no' else 'yes' })"/></xsl:if>
      </xsl:when>
      <xsl:when test="$kind = 'l'">
        <xsl:sequence select="tx:leaf($blocks, map { 'hang': '4' })"/>
      </xsl:when>
      <xsl:when test="$kind = 'head'">
        <xsl:sequence select="tx:leaf($blocks, if (tx:division-head($node)) then map { 'align': 'center' } else map {})"/>
      </xsl:when>
      <xsl:when test="map:contains($tx:centred, $kind)">
        <xsl:sequence select="tx:leaf($blocks, map { 'align': 'center' })"/>
      </xsl:when>
      <xsl:when test="$kind = ('dateline', 'signed')">
        <!-- Inside a closer the whole block is set flush right; alone, the line itself is. -->
        <xsl:sequence select="tx:leaf($blocks, if ($node/ancestor::closer) then map {} else map { 'align': 'right' })"/>
      </xsl:when>
      <xsl:when test="$kind = 'quote'">
        <xsl:if test="exists($blocks)"><xsl:sequence select="tx:group($blocks, map { 'indent': '4' })"/></xsl:if>
      </xsl:when>
      <xsl:when test="$kind = 'figure'">
        <xsl:choose>
          <xsl:when test="exists($blocks)"><xsl:sequence select="tx:group(tx:around($blocks, '[Figure: ', ']'), map {})"/></xsl:when>
          <xsl:otherwise><xsl:sequence select="tx:p('[Figure]')"/></xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:when test="$kind = 'table'">
        <xsl:sequence select="tx:table($node, $blocks)"/>
      </xsl:when>
      <xsl:when test="$kind = 'row'">
        <tx:row role="{if ($node/@role = 'label') then 'label' else 'data'}"><xsl:sequence select="$blocks"/></tx:row>
      </xsl:when>
      <xsl:when test="$kind = 'cell'">
        <tx:cell cols="{max((1, xs:integer(($node/@cols[. castable as xs:integer], 1)[1])))}"
                 role="{if ($node/@role = 'label' or $node/parent::row/@role = 'label') then 'label' else 'data'}">
          <xsl:value-of select="tx:flat-text($blocks)"/>
        </tx:cell>
      </xsl:when>
      <xsl:otherwise>
        <!-- p, ab, stage, salute, caption, castItem, and any other leaf: running text. -->
        <xsl:sequence select="tx:leaf($blocks, map {})"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- Code (eg, egXML as the markup it is): its lines and spacing kept, indented, never wrapped. -->
  <xsl:template name="te:example">
    <xsl:param name="node" as="element()"/>
    <xsl:param name="text" as="xs:string"/>
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
