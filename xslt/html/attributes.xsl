<?xml version="1.0" encoding="UTF-8"?>
<!--
  Attributes every HTML element of the edition may carry: the id a reader
  cites (the TEI xml:id, as is), the language and writing direction (from
  xml:lang, so that Arabic, Hebrew or Syriac passages read right to left),
  and class tokens made safe from arbitrary @type and @rend values.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- Languages written right to left, by primary subtag, and scripts written right to left, by script subtag (BCP 47). -->
  <xsl:variable name="te:rtl-languages" as="map(xs:string, xs:boolean)"
    select="te:set(('ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ji', 'khw', 'ks', 'ku-arab', 'lrc', 'mzn', 'nqo', 'pnb', 'ps', 'sam', 'sd', 'syr', 'ug', 'ur', 'yi', 'jrb', 'jpr', 'lad-hebr'))"/>
  <xsl:variable name="te:rtl-scripts" as="map(xs:string, xs:boolean)"
    select="te:set(('arab', 'hebr', 'syrc', 'thaa', 'nkoo', 'samr', 'mand', 'adlm', 'rohg', 'phnx', 'armi', 'avst', 'khar', 'mend', 'nbat', 'palm', 'prti', 'phli', 'sarb', 'narb', 'sogd', 'yezi'))"/>

  <!-- A language tag safe to write into @lang ('' when the value is no plausible BCP 47 tag). -->
  <xsl:function name="te:lang-tag" as="xs:string">
    <xsl:param name="value" as="xs:string?"/>
    <xsl:variable name="tag" select="normalize-space($value)"/>
    <xsl:sequence select="if (matches($tag, '^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$')) then $tag else ''"/>
  </xsl:function>

  <!-- True when text in language $tag is written right to left. -->
  <xsl:function name="te:is-rtl" as="xs:boolean">
    <xsl:param name="tag" as="xs:string?"/>
    <xsl:variable name="subtags" select="tokenize(lower-case(string($tag)), '-')"/>
    <xsl:variable name="script" select="$subtags[position() gt 1][string-length(.) = 4][1]"/>
    <xsl:sequence select="
      if ($script) then map:contains($te:rtl-scripts, $script)
      else exists($subtags[1]) and (map:contains($te:rtl-languages, $subtags[1]) or map:contains($te:rtl-languages, $subtags[1] || '-' || $subtags[2]))"
      xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
  </xsl:function>

  <!--
    lang and dir for the HTML element rendering $node, when its xml:lang differs from the language it inherits:
    dir="rtl" for a right-to-left language, dir="ltr" for a left-to-right one inside right-to-left text.
  -->
  <xsl:function name="te:lang-attributes" as="attribute()*">
    <xsl:param name="node" as="element()?"/>
    <!-- Most elements have no xml:lang: the first test spares them the rest, string comparisons included (costly in saxon-js). -->
    <xsl:variable name="own" select="te:lang-tag($node/@xml:lang)"/>
    <xsl:if test="$node/@xml:lang and $own ne ''">
      <xsl:variable name="inherited" select="te:lang-tag($node/ancestor::*[@xml:lang][1]/@xml:lang)"/>
      <xsl:attribute name="lang" select="$own"/>
      <xsl:choose>
        <xsl:when test="te:is-rtl($own) and not(te:is-rtl($inherited))"><xsl:attribute name="dir" select="'rtl'"/></xsl:when>
        <xsl:when test="not(te:is-rtl($own)) and te:is-rtl($inherited)"><xsl:attribute name="dir" select="'ltr'"/></xsl:when>
      </xsl:choose>
    </xsl:if>
  </xsl:function>

  <!-- The id of the HTML element rendering $node: its xml:id, if it is one (an NCName; a failed cast costs saxon-js an exception, so '' is ruled out first). -->
  <xsl:function name="te:id-attribute" as="attribute()?">
    <xsl:param name="node" as="element()?"/>
    <xsl:variable name="id" select="string($node/@xml:id)"/>
    <xsl:if test="$node/@xml:id and $id ne '' and $id castable as xs:NCName">
      <xsl:attribute name="id" select="$id"/>
    </xsl:if>
  </xsl:function>

  <!--
    The id, lang and dir of the HTML element rendering an element, from the attributes it has:
    apply-templates select="@xml:id, @xml:lang" costs nothing for the many elements that have neither.
  -->
  <xsl:mode name="te:html-attributes" on-no-match="deep-skip"/>
  <xsl:template match="@xml:id" mode="te:html-attributes"><xsl:sequence select="te:id-attribute(..)"/></xsl:template>
  <xsl:template match="@xml:lang" mode="te:html-attributes"><xsl:sequence select="te:lang-attributes(..)"/></xsl:template>

  <!--
    A class token from any string: ASCII letters, digits, '-' and '_' kept, everything else a '-'.
    (No \p{…} classes here or in other per-element code: saxon-js builds them anew at each call,
    which made a FRUS volume take three times as long.)
  -->
  <xsl:function name="te:token" as="xs:string">
    <xsl:param name="value" as="xs:string?"/>
    <!-- Names (nearly every value) need no replacing: saxon-js tests a pattern faster than it replaces with one. -->
    <xsl:variable name="normalized" select="normalize-space($value)"/>
    <xsl:sequence select="if (matches($normalized, '^[A-Za-z0-9_\-]*$')) then $normalized else replace($normalized, '[^A-Za-z0-9_\-]', '-')"/>
  </xsl:function>

  <!-- The class attribute value: the given tokens, plus type-*/rend-* tokens from the TEI element's @type and @rend. -->
  <xsl:function name="te:classes" as="xs:string">
    <xsl:param name="tokens" as="xs:string*"/>
    <xsl:param name="node" as="element()?"/>
    <!--
      Most elements have neither @type nor @rend and one token: the first branch spares them string-join, distinct-values
      and a filter, which together cost saxon-js about 15 µs a call (16 % of the HTML run on tei_simplePrint.doc.xml).
    -->
    <xsl:sequence select="if (count($tokens) eq 1 and not($node/@type or $node/@rend)) then $tokens else string-join(distinct-values((
      $tokens[. ne ''],
      if (not($node/@type or $node/@rend)) then () else (
        $node/@type ! tokenize(normalize-space(.), ' ')[. ne ''] ! ('type-' || te:token(.)),
        $node/@rend ! tokenize(normalize-space(.), ' ')[. ne ''] ! ('rend-' || te:token(.))))), ' ')"/>
  </xsl:function>

  <!-- HTML elements that cannot stand inside phrasing content (a p, a span): if rendered content holds one, its wrapper must be a block too. -->
  <xsl:variable name="te:html-blocks" as="map(xs:string, xs:boolean)"
    select="te:set(('address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
             'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul', 'dt', 'dd',
             'tr', 'td', 'th', 'tbody', 'thead', 'caption'))"/>

  <!--
    Only the top level is looked at: every look keeps the rule that an element holding a block is
    itself a block (te:wrapper), so a block deeper down always shows as a block at the top. Looking
    at every descendant at every level made rendering quadratic in the depth of the text.
  -->
  <xsl:function name="te:holds-blocks" as="xs:boolean">
    <xsl:param name="content" as="item()*"/>
    <xsl:sequence select="exists($content[. instance of element()][map:contains($te:html-blocks, local-name())])" xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
  </xsl:function>

  <!-- 'div' when content holds blocks, else $inline (span, or a phrasing element such as em). -->
  <xsl:function name="te:wrapper" as="xs:string">
    <xsl:param name="content" as="item()*"/>
    <xsl:param name="inline" as="xs:string"/>
    <xsl:sequence select="if (te:holds-blocks($content)) then 'div' else $inline"/>
  </xsl:function>
</xsl:stylesheet>
