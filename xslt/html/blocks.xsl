<?xml version="1.0" encoding="UTF-8"?>
<!--
  Blocks, breaks and elements without a rule, as HTML that stays valid
  whatever the TEI nests: a paragraph that holds a list or a quotation
  becomes a div (a p cannot hold blocks), a list holds only list items, a
  table only rows, and headings are h2–h6 by depth (h1 is the page title).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:te="urn:x-tei-edition"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- Elements whose heading (head) is a caption rather than a heading of the page outline. -->
  <xsl:variable name="te:captioned" as="map(xs:string, xs:boolean)" select="te:set(('list', 'lg', 'table', 'figure', 'listBibl', 'castList', 'castGroup', 'sp', 'quote', 'floatingText', 'note'))"/>

  <xsl:function name="te:heading-element" as="xs:string">
    <xsl:param name="head" as="element()"/>
    <xsl:variable name="depth" select="count($head/ancestor::*[self::div or self::div1 or self::div2 or self::div3 or self::div4 or self::div5 or self::div6 or self::div7
                                                              or self::front or self::back or self::body or self::group])"/>
    <xsl:sequence select="if ($head/parent::*[map:contains($te:captioned, local-name())] or $head/ancestor::note or $head/ancestor::teiHeader) then 'p'
                          else 'h' || min((max(($depth, 1)) + 1, 6))"/>
  </xsl:function>

  <!-- Block kinds by their HTML element (sets: see te:set). -->
  <xsl:variable name="te:paragraph-kinds" as="map(xs:string, xs:boolean)"
    select="te:set(('p', 'docket', 'salute', 'byline', 'dateline', 'docDate', 'docAuthor', 'docImprint', 'trailer', 'speaker', 'stage', 'caption', 'label', 'l', 'titlePart', 'roleDesc'))"/>
  <xsl:variable name="te:section-kinds" as="map(xs:string, xs:boolean)" select="te:set(('div', 'front', 'back', 'body', 'distribution'))"/>
  <xsl:variable name="te:phrasing-blocks" as="map(xs:string, xs:boolean)" select="te:set(('p', 'h2', 'h3', 'h4', 'h5', 'h6'))"/>

  <!-- The HTML element of a block of $kind, before its content is known ('p' and 'h2'–'h6' become a div if the content holds blocks). -->
  <xsl:function name="te:block-element" as="xs:string">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="
      if (map:contains($te:paragraph-kinds, $kind)) then 'p'
      else if ($kind = 'head') then te:heading-element($node)
      else if (map:contains($te:section-kinds, $kind)) then 'section'
      else if ($kind = 'list') then (if (tokenize(lower-case(string-join(($node/@rend, $node/@type), ' ')), '[ \t\r\n]+') = ('numbered', 'ordered', 'decimal', 'roman')) then 'ol' else 'ul')
      else if ($kind = 'item') then 'li'
      else if ($kind = 'quote') then 'blockquote'
      else if ($kind = 'figure') then 'figure'
      else 'div'"/>
  </xsl:function>

  <!-- The attributes every block element carries: class, id, language, and the number of a line, paragraph or division. -->
  <xsl:function name="te:block-attributes" as="attribute()*">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="node" as="element()"/>
    <xsl:param name="element" as="xs:string"/>
    <xsl:attribute name="class" select="te:classes(('tei-' || $kind, if ($kind = 'head' and $element = ('p', 'div')) then 'heading' else ()), $node)"/>
    <xsl:sequence select="te:id-attribute($node), te:lang-attributes($node)"/>
    <xsl:if test="$node/@n and $kind = ('l', 'p', 'ab', 'div')"><xsl:attribute name="data-n" select="$node/@n"/></xsl:if>
  </xsl:function>

  <!--
    Children of a container that HTML allows only certain elements in (a list holds list items,
    a row cells): the children of $kept are rendered in place; any other run of children is
    rendered into a $wrapper of class $class, or dropped when it renders as white space only.
  -->
  <xsl:template name="te:only-children">
    <xsl:param name="children" as="node()*"/>
    <xsl:param name="kept" as="xs:string"/>
    <xsl:param name="wrapper" as="xs:string"/>
    <xsl:param name="class" as="xs:string"/>
    <xsl:for-each-group select="$children" group-adjacent="local-name(.) = $kept and namespace-uri(.) = 'http://www.tei-c.org/ns/1.0'">
      <xsl:choose>
        <xsl:when test="current-grouping-key()"><xsl:apply-templates select="current-group()"/></xsl:when>
        <!-- The white space between cells or items (most runs) renders as white space only: not rendered at all. -->
        <xsl:when test="every $n in current-group() satisfies ($n instance of text() and normalize-space($n) eq '')"/>
        <xsl:otherwise>
          <xsl:variable name="rendered" as="item()*"><xsl:apply-templates select="current-group()"/></xsl:variable>
          <xsl:if test="not(normalize-space(string-join($rendered ! string(.), '')) = '' and empty($rendered[. instance of element()]))">
            <xsl:element name="{$wrapper}"><xsl:attribute name="class" select="$class"/><xsl:sequence select="$rendered"/></xsl:element>
          </xsl:if>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each-group>
  </xsl:template>

  <xsl:template name="te:block">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="node" as="element()"/>
    <xsl:param name="children" as="node()*"/>
    <xsl:choose>
      <xsl:when test="$kind = 'table'">
        <xsl:call-template name="te:table"><xsl:with-param name="node" select="$node"/><xsl:with-param name="children" select="$children"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="$kind = ('row', 'cell') and $node/ancestor::table">
        <!-- A header cell (th) says what it heads (WCAG H63): the column, in a row of labels; else its row. -->
        <xsl:variable name="scope" select="
          if ($kind ne 'cell') then ''
          else if ($node/parent::row/@role = 'label') then 'col'
          else if ($node/@role = 'label') then 'row'
          else ''"/>
        <xsl:element name="{if ($kind = 'row') then 'tr' else if ($scope ne '') then 'th' else 'td'}">
          <xsl:attribute name="class" select="te:classes('tei-' || $kind, $node)"/>
          <xsl:sequence select="te:id-attribute($node), te:lang-attributes($node)"/>
          <xsl:if test="$scope ne ''"><xsl:attribute name="scope" select="$scope"/></xsl:if>
          <xsl:if test="$kind = 'cell' and $node/@cols castable as xs:positiveInteger"><xsl:attribute name="colspan" select="xs:integer($node/@cols)"/></xsl:if>
          <xsl:if test="$kind = 'cell' and $node/@rows castable as xs:positiveInteger"><xsl:attribute name="rowspan" select="xs:integer($node/@rows)"/></xsl:if>
          <xsl:choose>
            <!-- A row holds cells only: anything else between them gets a cell of its own. -->
            <xsl:when test="$kind = 'row'">
              <xsl:call-template name="te:only-children">
                <xsl:with-param name="children" select="$children"/>
                <xsl:with-param name="kept" select="'cell'"/>
                <xsl:with-param name="wrapper" select="'td'"/>
                <xsl:with-param name="class" select="'tei-row-extra'"/>
              </xsl:call-template>
            </xsl:when>
            <xsl:otherwise><xsl:apply-templates select="$children"/></xsl:otherwise>
          </xsl:choose>
        </xsl:element>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="element" select="te:block-element($kind, $node)"/>
        <xsl:choose>
          <!-- A phrasing element (p, h2–h6) that would hold blocks becomes a div, keeping its classes: only here is the content rendered before its element is chosen. -->
          <xsl:when test="map:contains($te:phrasing-blocks, $element)">
            <xsl:variable name="content" as="item()*"><xsl:apply-templates select="$children"/></xsl:variable>
            <xsl:variable name="final" select="if (te:holds-blocks($content)) then 'div' else $element"/>
            <xsl:element name="{$final}">
              <xsl:sequence select="te:block-attributes($kind, $node, $final)"/>
              <xsl:sequence select="$content"/>
            </xsl:element>
          </xsl:when>
          <xsl:otherwise>
            <xsl:element name="{$element}">
              <xsl:sequence select="te:block-attributes($kind, $node, $element)"/>
              <xsl:choose>
                <!-- A list holds list items only: headings, labels and anything else get an item of their own. -->
                <xsl:when test="$element = ('ul', 'ol')">
                  <xsl:call-template name="te:only-children">
                    <xsl:with-param name="children" select="$children"/>
                    <xsl:with-param name="kept" select="'item'"/>
                    <xsl:with-param name="wrapper" select="'li'"/>
                    <xsl:with-param name="class" select="'tei-list-extra'"/>
                  </xsl:call-template>
                </xsl:when>
                <xsl:otherwise><xsl:apply-templates select="$children"/></xsl:otherwise>
              </xsl:choose>
            </xsl:element>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An example (eg, egXML): preformatted code. -->
  <xsl:template name="te:example">
    <xsl:param name="node" as="element()"/>
    <xsl:param name="text" as="xs:string"/>
    <pre class="{te:classes('tei-example', $node)}"><xsl:sequence select="te:id-attribute($node)"/><code><xsl:value-of select="$text"/></code></pre>
  </xsl:template>

  <!-- A table: its head becomes the caption; rows stay in the table; anything else is kept just before it. -->
  <xsl:template name="te:table">
    <xsl:param name="node" as="element()"/>
    <xsl:param name="children" as="node()*"/>
    <xsl:variable name="rows" select="$children[self::row]"/>
    <xsl:variable name="heads" as="item()*"><xsl:apply-templates select="$children[self::head]"/></xsl:variable>
    <div class="{te:classes('tei-table', $node)}">
      <xsl:sequence select="te:id-attribute($node), te:lang-attributes($node)"/>
      <xsl:apply-templates select="$children[not(self::row or self::head)][not(self::text() and normalize-space(.) = '')]"/>
      <table>
        <xsl:if test="exists($heads)"><caption><xsl:sequence select="$heads ! node()"/></caption></xsl:if>
        <xsl:if test="exists($rows)"><tbody><xsl:apply-templates select="$rows"/></tbody></xsl:if>
      </table>
    </div>
  </xsl:template>

  <xsl:template name="te:break">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="node" as="element()"/>
    <xsl:param name="n" as="xs:string?"/>
    <xsl:choose>
      <xsl:when test="$kind = 'line'">
        <!-- A line break inside a word (break="no") joins the word in the reading view and shows the break in the diplomatic one. -->
        <xsl:choose>
          <xsl:when test="$node/@break = 'no'"><span class="v-dipl line-hyphen" aria-hidden="true">-</span><br class="v-dipl"/></xsl:when>
          <xsl:otherwise><br/></xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise>
        <span class="tei-{$kind}break" title="{if ($kind = 'page') then 'Page' else 'Column'} break{if ($n) then ' (' || $n || ')' else ''}">
          <xsl:sequence select="te:id-attribute($node)"/>
          <xsl:if test="$n"><xsl:attribute name="data-n" select="$n"/></xsl:if>
          <xsl:value-of select="'[' || (if ($kind = 'page') then 'p. ' else 'col. ') || ($n, '–')[1] || ']'"/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    An element without a rule: its content is kept, inside a span or div whose classes carry the element's
    name (tei-unknown tei-NAME) and whose title names it; data-element lets the coverage report count it.
  -->
  <xsl:template name="te:unknown">
    <xsl:param name="node" as="element()"/>
    <xsl:param name="block" as="xs:boolean"/>
    <xsl:param name="content" as="item()*"/>
    <xsl:variable name="foreign" select="namespace-uri($node) ne 'http://www.tei-c.org/ns/1.0'"/>
    <xsl:element name="{if ($block or te:holds-blocks($content)) then 'div' else 'span'}">
      <xsl:attribute name="class" select="te:classes(('tei-unknown', 'tei-' || te:token(local-name($node))), $node)"/>
      <xsl:attribute name="data-element" select="local-name($node)"/>
      <xsl:if test="$foreign"><xsl:attribute name="data-namespace" select="namespace-uri($node)"/></xsl:if>
      <xsl:attribute name="title" select="(if ($foreign) then 'Element ' || name($node) || ' (' || namespace-uri($node) || ')' else 'TEI element ' || local-name($node)) || ', shown as plain text'"/>
      <xsl:sequence select="te:id-attribute($node), te:lang-attributes($node)"/>
      <xsl:sequence select="$content"/>
    </xsl:element>
  </xsl:template>
</xsl:stylesheet>
