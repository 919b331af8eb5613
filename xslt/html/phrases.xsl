<?xml version="1.0" encoding="UTF-8"?>
<!--
  Phrases, as plain match templates built in place: highlighting and titles,
  dates (a machine-readable <time> where the date is a plain ISO date),
  measures, and links. A link's address is checked once by the meaning layer
  (te:link-url, links.xsl): only http(s), mailto, relative and in-document
  targets are followed; anything else is shown as text, marked as removed.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:te="urn:x-tei-edition"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:variable name="te:code-kinds" as="map(xs:string, xs:boolean)" select="te:set(('code', 'ident', 'gi', 'att', 'val'))"/>

  <!-- The HTML element for an inline kind: semantic where HTML has one, else a span. -->
  <xsl:function name="te:inline-element" as="xs:string">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="
      if ($kind = 'title') then 'cite'
      else if ($kind = 'emph') then 'em'
      else if (map:contains($te:code-kinds, $kind)) then 'code'
      else if ($kind = 'hi' and ($node/@rend or $node/@rendition)) then te:hi-element(tokenize(lower-case(normalize-space(string-join(($node/@rend, $node/@rendition), ' '))), '[ #]+'))
      else if ($kind = 'abbr' and $node/@expan) then 'abbr'
      else 'span'"/>
  </xsl:function>

  <!-- sup or sub for highlighting rendered as superscript or subscript ($rend: the tokens of @rend and @rendition), else span. -->
  <xsl:function name="te:hi-element" as="xs:string">
    <xsl:param name="rend" as="xs:string*"/>
    <xsl:sequence select="if ($rend = ('sup', 'superscript')) then 'sup' else if ($rend = ('sub', 'subscript')) then 'sub' else 'span'"/>
  </xsl:function>

  <!-- Phrases: semantic HTML where there is an element for them, else a span; a div when they hold a block. -->
  <xsl:template match="hi | title[not(ancestor::teiHeader)] | foreign | emph | term | mentioned | soCalled | gloss | num | time | seg
                       | roleName | forename | surname | addName | genName | nameLink | abbr[not(parent::choice)] | expan[not(parent::choice)]
                       | q[not(@who)] | quote | distinct | code | ident | gi | att | val | c | w | pc | orig[not(parent::choice)]
                       | reg[not(parent::choice)] | affiliation | occupation | bibl | biblScope | pubPlace | publisher | author | editor
                       | fw | metamark | handShift | hyphenation | lang | cit | address | addrLine | street | postCode | email">
    <xsl:variable name="kind" select="local-name()"/>
    <xsl:element name="{if (te:holds-block(.)) then 'div' else te:inline-element($kind, .)}">
      <xsl:attribute name="class" select="te:classes('tei-' || te:token($kind), .)"/>
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="te:html-attributes"/>
      <xsl:if test="$kind = 'abbr' and @expan"><xsl:attribute name="title" select="@expan"/></xsl:if>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- Catchwords and signature marks carry no text (structure.xsl): the rule above must not render them. -->
  <xsl:template match="fw[@type = ('catch', 'sig')]"/>

  <!-- A link that can be followed stays a link around whatever it holds (the ref | ptr rule below). -->
  <xsl:template mode="te:layout" match="ref | ptr" priority="1" as="xs:string">
    <xsl:sequence select="if (te:link-url(.) eq '') then 'inline' else 'none'"/>
  </xsl:template>

  <!-- An archival mark is always a span (marks.xsl). -->
  <xsl:template mode="te:layout" match="idno[not(ancestor::teiHeader)]" priority="1" as="xs:string">
    <xsl:sequence select="'none'"/>
  </xsl:template>

  <!--
    A date, built in place: a time element when its normalised value (te:date-iso) is a calendar
    date and it holds no block; otherwise a span (a div when it holds a block, decided from the
    source) carrying the value in data-date and, as a tooltip, in words for a range.
  -->
  <xsl:template match="date">
    <xsl:variable name="iso" select="te:date-iso(.)"/>
    <xsl:variable name="block" select="te:holds-block(.)"/>
    <xsl:choose>
      <xsl:when test="not($block) and matches($iso, '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$')">
        <time class="tei-date" datetime="{$iso}">
          <xsl:apply-templates select="@xml:id, @xml:lang" mode="te:html-attributes"/>
          <xsl:apply-templates/>
        </time>
      </xsl:when>
      <xsl:otherwise>
        <xsl:element name="{if ($block) then 'div' else 'span'}">
          <xsl:attribute name="class" select="'tei-date'"/>
          <xsl:apply-templates select="@xml:id, @xml:lang" mode="te:html-attributes"/>
          <xsl:if test="$iso ne ''">
            <xsl:attribute name="data-date" select="$iso"/>
            <xsl:attribute name="title" select="if (contains($iso, '/')) then 'Between ' || substring-before($iso, '/') || ' and ' || substring-after($iso, '/') else $iso"/>
          </xsl:if>
          <xsl:apply-templates/>
        </xsl:element>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A measure, built in place: its quantity and unit as encoded, in data attributes and a tooltip. -->
  <xsl:template match="measure | measureGrp">
    <xsl:element name="{if (te:holds-block(.)) then 'div' else 'span'}">
      <xsl:attribute name="class" select="te:classes('tei-measure', .)"/>
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="te:html-attributes"/>
      <xsl:if test="@quantity ne ''"><xsl:attribute name="data-quantity" select="@quantity"/></xsl:if>
      <xsl:if test="@unit ne ''"><xsl:attribute name="data-unit" select="@unit"/></xsl:if>
      <xsl:if test="@quantity ne '' or @unit ne ''"><xsl:attribute name="title" select="normalize-space(@quantity || ' ' || @unit)"/></xsl:if>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!--
    A link (ref, ptr), built in place: an a element when its address (te:link-url, which refuses
    unsafe ones) can be followed and its content holds no link of its own (decided from the source);
    otherwise a span, marked as removed when the address was refused. A ptr shows what it points at:
    the entry's name for an element of this document, else the address as written.
  -->
  <xsl:template match="ref | ptr">
    <xsl:variable name="href" select="te:link-url(.)"/>
    <xsl:choose>
      <xsl:when test="$href ne '' and not(te:holds-interactive(.))">
        <a class="{te:classes('tei-ref', .)}" href="{$href}">
          <xsl:apply-templates select="@xml:id, @xml:lang" mode="te:html-attributes"/>
          <xsl:if test="not(starts-with($href, '#'))"><xsl:attribute name="rel" select="'noopener noreferrer'"/></xsl:if>
          <xsl:apply-templates select="." mode="te:link-content"/>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <xsl:element name="{if (te:holds-block(.)) then 'div' else 'span'}">
          <xsl:attribute name="class" select="te:classes(('tei-ref', if ($href eq '') then 'link-removed' else ()), .)"/>
          <xsl:apply-templates select="@xml:id, @xml:lang" mode="te:html-attributes"/>
          <xsl:if test="$href eq '' and normalize-space(@target) ne ''">
            <xsl:attribute name="title" select="'Link not followed: its target is not a web, e-mail or in-page address'"/>
          </xsl:if>
          <xsl:apply-templates select="." mode="te:link-content"/>
        </xsl:element>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- What a link shows: a ref its content; a ptr the name of the element it points at, or its pointer as written. -->
  <xsl:template match="ref" mode="te:link-content"><xsl:apply-templates/></xsl:template>
  <xsl:template match="ptr" mode="te:link-content">
    <xsl:variable name="target" select="(tokenize(normalize-space(@target), ' '))[1]"/>
    <xsl:variable name="pointed" select="if (starts-with($target, '#')) then te:target($target, .) else ()"/>
    <xsl:value-of select="if (exists($pointed)) then te:entity-label($pointed) else $target"/>
  </xsl:template>
</xsl:stylesheet>
