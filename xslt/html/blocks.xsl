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

  <!-- The level of a heading: one below the title for each enclosing division that has a heading of its own (a division without one adds no level, so that levels never skip: axe's heading-order). -->
  <xsl:function name="te:heading-element" as="xs:string">
    <xsl:param name="head" as="element()"/>
    <xsl:variable name="depth" select="count($head/ancestor::*[self::div or self::div1 or self::div2 or self::div3 or self::div4 or self::div5 or self::div6 or self::div7
                                                              or self::front or self::back or self::body or self::group][head])"/>
    <xsl:sequence select="if ($head/parent::*[map:contains($te:captioned, local-name())] or $head/ancestor::note or $head/ancestor::teiHeader) then 'p'
                          else 'h' || min((max(($depth, 1)) + 1, 6))"/>
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

  <!--
    The blocks of the text, each built in place: the element is chosen from the source (te:holds-block
    tells whether a paragraph or heading must become a div because it holds a block), then its content
    is rendered straight into it.
  -->

  <!-- Paragraphs and the elements that read as one. -->
  <xsl:template match="p | docket | salute | byline | dateline | docDate | docAuthor | docImprint | trailer | speaker | stage | label | l | titlePart | roleDesc">
    <xsl:element name="{if (te:holds-block(.)) then 'div' else 'p'}">
      <xsl:attribute name="class" select="te:classes('tei-' || local-name(), .)"/>
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="te:html-attributes"/>
      <xsl:if test="@n and (self::l or self::p)"><xsl:attribute name="data-n" select="@n"/></xsl:if>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- A figure's description is its caption. -->
  <xsl:template match="figDesc">
    <xsl:element name="{if (te:holds-block(.)) then 'div' else 'p'}">
      <xsl:attribute name="class" select="te:classes('tei-caption', .)"/>
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="te:html-attributes"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- A heading: h2–h6 by depth, or a p where it captions a list, table, figure…; a div when it holds a block. -->
  <xsl:template match="head">
    <xsl:variable name="element" select="if (te:holds-block(.)) then 'div' else te:heading-element(.)"/>
    <xsl:element name="{$element}">
      <xsl:attribute name="class" select="te:classes(('tei-head', if ($element = ('p', 'div')) then 'heading' else ()), .)"/>
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="te:html-attributes"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- Divisions (numbered ones too) and the parts of the text are sections; a distribution list is a section of its own kind. -->
  <xsl:template match="div | div1 | div2 | div3 | div4 | div5 | div6 | div7 | front | body | back">
    <xsl:variable name="kind" select="if (self::div and @type = 'distribution') then 'distribution' else if (starts-with(local-name(), 'div')) then 'div' else local-name()"/>
    <section class="{te:classes('tei-' || $kind, .)}">
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="te:html-attributes"/>
      <xsl:if test="@n and $kind = 'div'"><xsl:attribute name="data-n" select="@n"/></xsl:if>
      <xsl:apply-templates/>
    </section>
  </xsl:template>

  <!-- A list holds list items only: headings, labels and anything else get an item of their own. -->
  <xsl:template match="list">
    <xsl:element name="{if (tokenize(lower-case(string-join((@rend, @type), ' ')), '[ \t\r\n]+') = ('numbered', 'ordered', 'decimal', 'roman')) then 'ol' else 'ul'}">
      <xsl:attribute name="class" select="te:classes('tei-list', .)"/>
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="te:html-attributes"/>
      <xsl:call-template name="te:only-children">
        <xsl:with-param name="children" select="node()"/>
        <xsl:with-param name="kept" select="'item'"/>
        <xsl:with-param name="wrapper" select="'li'"/>
        <xsl:with-param name="class" select="'tei-list-extra'"/>
      </xsl:call-template>
    </xsl:element>
  </xsl:template>

  <xsl:template match="item">
    <li class="{te:classes('tei-item', .)}">
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="te:html-attributes"/>
      <xsl:apply-templates/>
    </li>
  </xsl:template>

  <!-- Block quotations (quote with paragraphs, or standing between paragraphs). -->
  <xsl:template match="quote[p | lg | ab | l] | cit[parent::div or parent::body]">
    <blockquote class="{te:classes('tei-quote', .)}">
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="te:html-attributes"/>
      <xsl:apply-templates/>
    </blockquote>
  </xsl:template>

  <xsl:template match="figure">
    <figure class="{te:classes('tei-figure', .)}">
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="te:html-attributes"/>
      <xsl:apply-templates/>
    </figure>
  </xsl:template>

  <!-- Blocks that HTML has no particular element for. -->
  <xsl:template match="ab | opener | closer | signed | lg | sp | postscript | argument | epigraph | docTitle | titlePage
                       | castList | castItem | castGroup | role | set | listBibl | floatingText">
    <div class="{te:classes('tei-' || local-name(), .)}">
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="te:html-attributes"/>
      <xsl:if test="@n and self::ab"><xsl:attribute name="data-n" select="@n"/></xsl:if>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <!-- Rows and cells outside a table are blocks of their own kind. -->
  <xsl:template match="row | cell">
    <div class="{te:classes('tei-' || local-name(), .)}">
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="te:html-attributes"/>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <!-- A row holds cells only: anything else between them gets a cell of its own. -->
  <xsl:template match="row[ancestor::table]">
    <tr class="{te:classes('tei-row', .)}">
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="te:html-attributes"/>
      <xsl:call-template name="te:only-children">
        <xsl:with-param name="children" select="node()"/>
        <xsl:with-param name="kept" select="'cell'"/>
        <xsl:with-param name="wrapper" select="'td'"/>
        <xsl:with-param name="class" select="'tei-row-extra'"/>
      </xsl:call-template>
    </tr>
  </xsl:template>

  <!-- A header cell (th) says what it heads (WCAG H63): the column, in a row of labels; else its row. -->
  <xsl:template match="cell[ancestor::table]">
    <xsl:variable name="scope" select="if (parent::row/@role = 'label') then 'col' else if (@role = 'label') then 'row' else ''"/>
    <xsl:element name="{if ($scope ne '') then 'th' else 'td'}">
      <xsl:attribute name="class" select="te:classes('tei-cell', .)"/>
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="te:html-attributes"/>
      <xsl:if test="$scope ne ''"><xsl:attribute name="scope" select="$scope"/></xsl:if>
      <xsl:if test="@cols castable as xs:positiveInteger"><xsl:attribute name="colspan" select="xs:integer(@cols)"/></xsl:if>
      <xsl:if test="@rows castable as xs:positiveInteger"><xsl:attribute name="rowspan" select="xs:integer(@rows)"/></xsl:if>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="table">
    <xsl:call-template name="te:table">
      <xsl:with-param name="node" select="."/>
      <xsl:with-param name="children" select="node()"/>
    </xsl:call-template>
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
