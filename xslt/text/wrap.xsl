<?xml version="1.0" encoding="UTF-8"?>
<!--
  Line breaking for the text edition: display width and wrapping.

  A line is broken only between words (at a space) or, in Chinese and
  Japanese, between two characters where Unicode line breaking allows it
  (never before a closing bracket or ideographic full stop, never after an
  opening bracket). A word longer than the width stands on a line of its own
  rather than being cut. Widths are display widths: a CJK character takes two
  columns, a combining mark none.

  Simple lines (no wide characters, no combining marks) are wrapped with one
  regular expression, which is an order of magnitude faster in saxon-js than
  iterating over words; the rest go through xsl:iterate over break units.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tx="urn:x-tei-edition:text"
  exclude-result-prefixes="#all">

  <!-- Internal markers: Unicode noncharacters (U+FDD0–U+FDDF), reserved for internal use, so they cannot collide with a source's private-use characters (MUFI and the like); never left in the output. -->
  <!-- A forced line break (lb, verse lines inside a block). -->
  <xsl:variable name="tx:LINE" as="xs:string" select="'&#xFDD1;'"/>
  <!-- A break opportunity between two CJK characters. -->
  <xsl:variable name="tx:BREAK" as="xs:string" select="'&#xFDD2;'"/>
  <!-- A space at which the line must not be broken (after an opening bracket standing alone). -->
  <xsl:variable name="tx:GLUE" as="xs:string" select="'&#xFDD3;'"/>
  <!-- A line break that is not a word boundary (lb break="no"): the word is joined. -->
  <xsl:variable name="tx:JOIN" as="xs:string" select="'&#xFDD4;'"/>
  <!-- A page or column mark inside a word (pb break="no"), moved to the end of that word. -->
  <xsl:variable name="tx:MARK-START" as="xs:string" select="'&#xFDD7;'"/>
  <xsl:variable name="tx:MARK-END" as="xs:string" select="'&#xFDD8;'"/>

  <!-- East Asian Wide and Fullwidth characters (UAX #11): two columns each. -->
  <xsl:variable name="tx:wide" as="xs:string"
    select="'[&#x1100;-&#x115F;&#x2E80;-&#x303E;&#x3041;-&#x33FF;&#x3400;-&#x4DBF;&#x4E00;-&#x9FFF;&#xA000;-&#xA4CF;&#xAC00;-&#xD7A3;&#xF900;-&#xFAFF;&#xFE30;-&#xFE4F;&#xFF00;-&#xFF60;&#xFFE0;-&#xFFE6;&#x20000;-&#x2FFFD;&#x30000;-&#x3FFFD;]'"/>
  <!-- Characters that take no column: combining marks and format characters (ZWJ, ZWNJ…). -->
  <xsl:variable name="tx:zero" as="xs:string" select="'[\p{M}\p{Cf}]'"/>
  <!-- Scripts written without spaces, where a line may break between two characters (Han, kana, CJK punctuation, fullwidth forms; not Hangul, which Korean spaces). -->
  <xsl:variable name="tx:breakable" as="xs:string"
    select="'([&#x2E80;-&#x303E;&#x3041;-&#x33FF;&#x3400;-&#x4DBF;&#x4E00;-&#x9FFF;&#xF900;-&#xFAFF;&#xFE30;-&#xFE4F;&#xFF01;-&#xFF60;&#x20000;-&#x2FFFD;&#x30000;-&#x3FFFD;])'"/>
  <!-- Never at the start of a line (kinsoku): closing brackets and stops, small kana, the prolonged sound mark, Western closers. -->
  <xsl:variable name="tx:no-break-before" as="xs:string"
    select="'([、。，．：；？！）」』】〕〉》〙〗〟・ー゠〜ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ…‥,.:;?!)\]}’”»›])'"/>
  <!-- Never at the end of a line: opening brackets and quotation marks. -->
  <xsl:variable name="tx:opening" as="xs:string" select="'([（「『【〔〈《〘〖〝(\[{‘“„‚«‹])'"/>

  <!--
    Characters that certainly take one column each: Latin, Greek and Cyrillic letters (precomposed),
    the common punctuation. Testing against this small class first is what keeps wrapping fast:
    saxon-js is slow to match the large classes below, which only other scripts need.
  -->
  <xsl:variable name="tx:not-narrow" as="xs:string"
    select="'[^&#x9;-&#x2FF;&#x370;-&#x482;&#x48A;-&#x52F;&#x2000;-&#x200A;&#x2010;-&#x2027;&#x2030;-&#x205E;&#x20A0;-&#x20BF;&#x2100;-&#x214F;&#xFDD0;-&#xFDDF;]'"/>

  <!-- True when every character of $s takes exactly one column. -->
  <xsl:function name="tx:is-simple" as="xs:boolean">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="not(matches($s, $tx:not-narrow)) or (not(matches($s, $tx:wide)) and not(matches($s, $tx:zero)))"/>
  </xsl:function>

  <!-- The number of columns $s takes on a terminal or in a monospaced font. -->
  <xsl:function name="tx:width" as="xs:integer">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="
      if (tx:is-simple($s)) then string-length($s)
      else string-length($s) + string-length(replace($s, concat('[^', substring($tx:wide, 2)), ''))
           - string-length(replace($s, '[^\p{M}\p{Cf}]', ''))"/>
  </xsl:function>

  <!-- The width of $s, a part of a text already known to be simple (tx:is-simple) when $simple. -->
  <xsl:function name="tx:width-in" as="xs:integer">
    <xsl:param name="s" as="xs:string"/>
    <xsl:param name="simple" as="xs:boolean"/>
    <xsl:sequence select="if ($simple) then string-length($s) else tx:width($s)"/>
  </xsl:function>

  <!-- $n spaces. -->
  <xsl:function name="tx:spaces" as="xs:string">
    <xsl:param name="n" as="xs:integer"/>
    <xsl:sequence select="if ($n le 0) then '' else string-join((1 to $n) ! ' ', '')"/>
  </xsl:function>

  <!-- $n spaces that survive white-space collapsing and at which no line is broken (padding that aligns labels). -->
  <xsl:function name="tx:hard-spaces" as="xs:string">
    <xsl:param name="n" as="xs:integer"/>
    <xsl:sequence select="if ($n le 0) then '' else string-join((1 to $n) ! $tx:GLUE, '')"/>
  </xsl:function>

  <!--
    The lines of one logical line $line (white space already normalised) at most $width columns
    wide; $width 0 means no wrapping. Glue markers become plain spaces.
  -->
  <xsl:function name="tx:wrap" as="xs:string*">
    <xsl:param name="line" as="xs:string"/>
    <xsl:param name="width" as="xs:integer"/>
    <xsl:variable name="simple" select="tx:is-simple($line)"/>
    <xsl:choose>
      <xsl:when test="$width le 0 or (if ($simple) then string-length($line) else tx:width($line)) le $width">
        <xsl:sequence select="if (contains($line, $tx:GLUE)) then translate($line, $tx:GLUE, ' ') else $line"/>
      </xsl:when>
      <xsl:otherwise>
        <!-- An opening bracket or quotation mark standing alone stays with the word after it. -->
        <!-- Twice: in "( ( word" the first match takes the space the second one needs. -->
        <xsl:variable name="glue" select="concat('(^| |', $tx:GLUE, ')', $tx:opening, ' ')"/>
        <xsl:variable name="glued" select="replace(replace($line, $glue, concat('$1$2', $tx:GLUE)), $glue, concat('$1$2', $tx:GLUE))"/>
        <xsl:variable name="lines" select="
          if ($simple)
          (: Greedy: the longest run of at most $width characters followed by a space or the end; else a word too long to fit, alone. :)
          then tokenize(replace($glued, concat('(.{1,', $width, '}|[^ ]+)( |$)'), '$1&#xA;'), '&#xA;')[. ne '']
          else tx:wrap-units(tx:break-units($glued), $width)"/>
        <xsl:sequence select="if (contains($glued, $tx:GLUE)) then $lines ! translate(., $tx:GLUE, ' ') else $lines"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!--
    The break units of $line: each unit starts with a space when a space separates it from the
    previous unit; units inside a run of CJK characters follow each other directly.
  -->
  <xsl:function name="tx:break-units" as="xs:string*">
    <xsl:param name="line" as="xs:string"/>
    <xsl:variable name="marked" select="
      replace(
        replace(replace($line, $tx:breakable, concat('$1', $tx:BREAK)), concat($tx:BREAK, $tx:no-break-before), '$1'),
        concat($tx:opening, $tx:BREAK), '$1')"/>
    <xsl:for-each select="tokenize($marked, ' ')[. ne '']">
      <xsl:variable name="word-position" select="position()"/>
      <xsl:for-each select="tokenize(., $tx:BREAK)[. ne '']">
        <xsl:sequence select="if (position() = 1 and $word-position gt 1) then ' ' || . else ."/>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:function>

  <!-- Greedy line filling over break units (see tx:break-units), by display width. -->
  <xsl:function name="tx:wrap-units" as="xs:string*">
    <xsl:param name="units" as="xs:string*"/>
    <xsl:param name="width" as="xs:integer"/>
    <xsl:iterate select="$units">
      <xsl:param name="line" as="xs:string" select="''"/>
      <xsl:param name="used" as="xs:integer" select="0"/>
      <xsl:on-completion>
        <xsl:sequence select="$line[. ne '']"/>
      </xsl:on-completion>
      <xsl:variable name="bare" select="if (starts-with(., ' ')) then substring(., 2) else ."/>
      <xsl:variable name="cost" select="tx:width(.)"/>
      <xsl:choose>
        <xsl:when test="$line = ''">
          <xsl:next-iteration>
            <xsl:with-param name="line" select="$bare"/>
            <xsl:with-param name="used" select="tx:width($bare)"/>
          </xsl:next-iteration>
        </xsl:when>
        <xsl:when test="$used + $cost le $width">
          <xsl:next-iteration>
            <xsl:with-param name="line" select="$line || ."/>
            <xsl:with-param name="used" select="$used + $cost"/>
          </xsl:next-iteration>
        </xsl:when>
        <xsl:otherwise>
          <xsl:sequence select="$line"/>
          <xsl:next-iteration>
            <xsl:with-param name="line" select="$bare"/>
            <xsl:with-param name="used" select="tx:width($bare)"/>
          </xsl:next-iteration>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:iterate>
  </xsl:function>

  <!--
    The lines of a block's text $text at $width: forced breaks kept, white space (XML white space
    only: no-break and other Unicode spaces are text) collapsed, words joined across lb break="no",
    a page mark inside a word moved after it. With $preformatted, spacing and line ends are kept as they are.
  -->
  <xsl:function name="tx:fill" as="xs:string*">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="width" as="xs:integer"/>
    <xsl:param name="preformatted" as="xs:boolean"/>
    <xsl:choose>
      <xsl:when test="$preformatted">
        <xsl:variable name="lines" select="tokenize(replace(translate($text, $tx:LINE, '&#xA;'), '\r\n?', '&#xA;'), '&#xA;')"/>
        <!-- Blank first and last lines of a code block are layout of the source file, not content. -->
        <xsl:variable name="first" select="(index-of($lines ! (normalize-space(.) ne ''), true()))[1]"/>
        <xsl:variable name="last" select="(index-of($lines ! (normalize-space(.) ne ''), true()))[last()]"/>
        <xsl:variable name="kept" select="if (exists($first)) then subsequence($lines, $first, $last - $first + 1) else ()"/>
        <!-- Common leading indentation (from the source's own nesting) is removed. -->
        <xsl:variable name="margin" select="min(($kept[normalize-space(.) ne ''] ! (string-length(.) - string-length(replace(., '^[ \t]+', '')))))"/>
        <xsl:sequence select="$kept ! replace(substring(., ($margin, 0)[1] + 1), '[ \t]+$', '')"/>
      </xsl:when>
      <xsl:otherwise>
        <!-- (contains() first: a regular expression costs saxon-js far more than a substring test.) -->
        <xsl:variable name="joined" select="if (contains($text, $tx:JOIN)) then replace($text, concat('[ \t\r\n]*', $tx:JOIN, '[ \t\r\n]*'), '') else $text"/>
        <xsl:variable name="marked" select="
          if (contains($joined, $tx:MARK-START))
          then replace($joined, concat($tx:MARK-START, '([^', $tx:MARK-END, ']*)', $tx:MARK-END, '([^ \t\r\n', $tx:LINE, ']*)'), '$2 $1')
          else $joined"/>
        <xsl:choose>
          <xsl:when test="contains($marked, $tx:LINE)">
            <xsl:variable name="lines" select="tokenize($marked, $tx:LINE) ! normalize-space(.)"/>
            <xsl:variable name="first" select="(index-of($lines ! (. ne ''), true()))[1]"/>
            <xsl:variable name="last" select="(index-of($lines ! (. ne ''), true()))[last()]"/>
            <xsl:for-each select="if (exists($first)) then subsequence($lines, $first, $last - $first + 1) else ()">
              <xsl:sequence select="if (. = '') then '' else tx:wrap(., $width)"/>
            </xsl:for-each>
          </xsl:when>
          <xsl:otherwise>
            <!-- One logical line (no forced breaks), the common case. -->
            <xsl:variable name="line" select="normalize-space($marked)"/>
            <xsl:sequence select="if ($line = '') then () else tx:wrap($line, $width)"/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>
</xsl:stylesheet>
