<?xml version="1.0" encoding="UTF-8"?>
<!--
  Tables in plain text: columns aligned, as in a printed table. Each column
  is as wide as its widest cell; when the table is wider than the page, the
  columns are narrowed (never below their longest word) and cells wrap
  inside their column. Figures are set flush right so that digits line up.
  A label row is underlined. A cell spanning columns (@cols) takes their
  widths. A table that cannot fit even so is set one row per paragraph,
  cells separated by " | ": never cut, never wider than the page.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tx="urn:x-tei-edition:text"
  exclude-result-prefixes="#all">

  <!-- The space between two columns. -->
  <xsl:variable name="tx:column-gap" as="xs:string" select="'  '"/>

  <!-- A table's blocks: its head (and anything else that is not a row) before the rows, which become one tx:table. -->
  <xsl:function name="tx:table" as="element()*">
    <xsl:param name="node" as="element()"/>
    <xsl:param name="blocks" as="element()*"/>
    <xsl:variable name="rows" as="element(tx:row)*">
      <xsl:for-each select="$blocks[self::tx:row][tx:cell]">
        <tx:row><xsl:sequence select="@*"/>
          <xsl:for-each select="tx:cell">
            <tx:cell start="{1 + sum(preceding-sibling::tx:cell/xs:integer(@cols))}"><xsl:sequence select="@*, node()"/></tx:cell>
          </xsl:for-each>
        </tx:row>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="others" select="$blocks[not(self::tx:row)]"/>
    <xsl:sequence select="tx:group(($others, if (exists($rows)) then tx:group-table($rows) else ()), map {})"/>
  </xsl:function>

  <xsl:function name="tx:group-table" as="element(tx:table)">
    <xsl:param name="rows" as="element(tx:row)*"/>
    <tx:table><xsl:sequence select="$rows"/></tx:table>
  </xsl:function>

  <!-- True for a cell that holds a figure (amount, number, percentage): set flush right. -->
  <xsl:function name="tx:is-figure" as="xs:boolean">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="matches($text, '^[-−+±$£€¥(]?[0-9][0-9,. ]*[)%]?$')"/>
  </xsl:function>

  <!-- $s padded with spaces to $w columns, on the right, or on the left for a figure. -->
  <xsl:function name="tx:pad" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:param name="w" as="xs:integer"/>
    <xsl:param name="right" as="xs:boolean"/>
    <xsl:variable name="fill" select="tx:spaces($w - tx:width($s))"/>
    <xsl:sequence select="if ($right) then $fill || $s else $s || $fill"/>
  </xsl:function>

  <!-- The width a cell has: the widths of the columns it spans, and the gaps between them. -->
  <xsl:function name="tx:cell-width" as="xs:integer">
    <xsl:param name="cell" as="element(tx:cell)"/>
    <xsl:param name="widths" as="xs:integer*"/>
    <xsl:variable name="span" select="xs:integer($cell/@cols)"/>
    <xsl:sequence select="sum(subsequence($widths, xs:integer($cell/@start), $span)) + string-length($tx:column-gap) * ($span - 1)"/>
  </xsl:function>

  <xsl:template match="tx:table" mode="tx:layout" as="xs:string*">
    <xsl:param name="width" as="xs:integer"/>
    <xsl:variable name="cells" select="tx:row/tx:cell"/>
    <xsl:variable name="columns" select="max(tx:row ! (xs:integer(tx:cell[last()]/@start) + xs:integer(tx:cell[last()]/@cols) - 1))"/>
    <xsl:variable name="gaps" select="string-length($tx:column-gap) * ($columns - 1)"/>
    <!-- One test for the whole table: when every character takes one column, widths are lengths (most tables; a FRUS volume has hundreds of cells per table). -->
    <xsl:variable name="simple" select="tx:is-simple(string-join($cells, ' '))"/>
    <xsl:variable name="single" select="for $c in 1 to $columns return max(($cells[@start = $c][@cols = '1'] ! tx:width-in(string(.), $simple), 1))"/>
    <!-- A cell spanning columns that is wider than them widens the last of them. -->
    <xsl:variable name="natural" select="for $c in 1 to $columns return $single[$c] + max((0,
      $cells[@cols != '1'][xs:integer(@start) + xs:integer(@cols) - 1 = $c]
        ! (tx:width-in(string(.), $simple) - tx:cell-width(., $single))))"/>
    <xsl:variable name="narrowest" select="for $c in 1 to $columns return
      min(($natural[$c], max(($cells[@start = $c][@cols = '1'] ! tokenize(string(.), ' ') ! tx:width-in(., $simple), 1))))"/>
    <xsl:choose>
      <xsl:when test="$width le 0 or sum($natural) + $gaps le $width">
        <xsl:sequence select="tx:table-lines(tx:row, $natural)"/>
      </xsl:when>
      <xsl:when test="sum($narrowest) + $gaps le $width">
        <!-- Narrow the columns: each keeps its longest word and gets a share of the rest in proportion to what it would like. -->
        <xsl:variable name="spare" select="$width - $gaps - sum($narrowest)"/>
        <xsl:variable name="wish" select="for $c in 1 to $columns return $natural[$c] - $narrowest[$c]"/>
        <xsl:variable name="widths" select="for $c in 1 to $columns return
          $narrowest[$c] + (if (sum($wish) = 0) then 0 else xs:integer(floor($spare * $wish[$c] div sum($wish))))"/>
        <xsl:sequence select="tx:table-lines(tx:row, $widths)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="tx:group(tx:row ! tx:with(tx:p(string-join(tx:cell ! normalize-space(.), ' | ')), map { 'hang': '2' }), map { 'tight': 'yes' })" mode="tx:layout">
          <xsl:with-param name="width" select="$width"/>
        </xsl:apply-templates>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The lines of the rows at the given column widths; rows that wrap are separated by blank lines so that each row reads as one. -->
  <xsl:function name="tx:table-lines" as="xs:string*">
    <xsl:param name="rows" as="element(tx:row)*"/>
    <xsl:param name="widths" as="xs:integer*"/>
    <xsl:variable name="rendered" as="array(xs:string*)*">
      <xsl:for-each select="$rows">
        <xsl:variable name="cells" select="tx:cell ! map {
          'lines': (let $w := tx:cell-width(., $widths), $t := normalize-space(.) return if (tx:width($t) le $w) then $t else tx:wrap($t, $w)),
          'width': tx:cell-width(., $widths),
          'right': tx:is-figure(normalize-space(.)) }"/>
        <xsl:variable name="height" select="max(($cells ! count(?lines), 1))"/>
        <xsl:sequence select="[
          for $i in 1 to $height return replace(string-join($cells ! tx:pad(string((?lines)[$i]), ?width, ?right), $tx:column-gap), ' +$', ''),
          if (@role = 'label' and following-sibling::tx:row[1][@role = 'data'])
          then string-join($widths ! string-join((1 to .) ! '-', ''), $tx:column-gap) else ()
        ]"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="loose" select="some $r in $rendered satisfies count($r?*[not(matches(., '^[- ]+$'))]) gt 1"/>
    <xsl:sequence select="for $i in 1 to count($rendered) return ($rendered[$i]?*, if ($loose and $i lt count($rendered)) then '' else ())"/>
  </xsl:function>
</xsl:stylesheet>
