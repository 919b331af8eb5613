<?xml version="1.0" encoding="UTF-8"?>
<!--
  Block or inline, decided from the source: whether the rendering of an
  element is a block (a paragraph, a division, a list…) or runs inline, and
  so whether an element that is inline by nature (hi, a name, a date) must
  become a block because it holds one. Every format asks this of the source,
  never of its rendered output, so that an element is built in place, inside
  the element its format chooses, without rendering its content first.

  The mode te:layout gives, for one element, how its rule lays it out:
    'block'          a block by nature (a paragraph, a division, a list…);
    'inline'         its content inline, so a block when a child is one (hi, a name, a date);
    'none'           none of its content in place (a footnote's anchor, a break);
    'unknown-block'  no rule (fallback.xsl), holding paragraphs or the like: a block;
    'unknown'        no rule, otherwise laid out like 'inline'.
  Its templates name exactly the elements that have a rule in the page
  (te:has-rule, the one list in ruled-elements.xsl; tests/html/ruled-elements.test.ts
  keeps the two in step). A format overrides the layout of an element whose
  look differs (the HTML link stays a link around what it holds).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:te="urn:x-tei-edition"
  xmlns:egx="http://www.tei-c.org/ns/Examples"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:mode name="te:layout" on-no-match="fail"/>

  <!-- How the rule of $element lays it out: block | inline | none | unknown-block | unknown. -->
  <xsl:function name="te:layout" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:apply-templates select="$element" mode="te:layout"/>
  </xsl:function>

  <!-- True when the rendering of $element is a block. -->
  <xsl:function name="te:renders-block" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:variable name="layout" select="te:layout($element)"/>
    <xsl:sequence select="$layout = ('block', 'unknown-block') or ($layout = ('inline', 'unknown') and te:holds-block($element))"/>
  </xsl:function>

  <!-- True when a child of $element renders as a block: an inline rendering of $element must then be a block too. -->
  <xsl:function name="te:holds-block" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="some $child in $element/* satisfies te:renders-block($child)"/>
  </xsl:function>

  <!-- Blocks by nature: the structure of the text (structure.xsl), block quotations and examples. -->
  <xsl:template mode="te:layout" match="front | body | back | div | head | p | ab | opener | closer | dateline | signed | salute | byline | docket
                       | list | item | label | lg | l | sp | speaker | stage | table | row | cell | figure
                       | postscript | trailer | argument | epigraph | docTitle | titlePart | docAuthor | docDate | docImprint
                       | titlePage | castList | castItem | castGroup | role | roleDesc | set | listBibl | floatingText
                       | div1 | div2 | div3 | div4 | div5 | div6 | div7 | figDesc
                       | quote[p | lg | ab | l] | cit[parent::div or parent::body] | eg | egx:egXML" as="xs:string">
    <xsl:sequence select="'block'"/>
  </xsl:template>

  <!-- Inline by nature: a block only when it holds one. -->
  <xsl:template mode="te:layout" match="hi | title[not(ancestor::teiHeader)] | foreign | emph | term | mentioned | soCalled | gloss | num | time | seg
                       | roleName | forename | surname | addName | genName | nameLink | abbr[not(parent::choice)] | expan[not(parent::choice)]
                       | q[not(@who)] | quote | distinct | code | ident | gi | att | val | c | w | pc | orig[not(parent::choice)]
                       | reg[not(parent::choice)] | affiliation | occupation | bibl | biblScope | pubPlace | publisher | author | editor
                       | fw | metamark | handShift | hyphenation | lang | cit | address | addrLine | street | postCode | email
                       | date | measure | measureGrp | stamp | idno[not(ancestor::teiHeader)]
                       | persName | placeName | orgName | geogName | rs | name[not(ancestor::teiHeader)]
                       | choice | sic | corr | orig | reg | abbr | expan | supplied | unclear | gap | del | add | surplus | damage
                       | ex | am | secl | restore | space | subst | ref | ptr | app | text | group | licence" as="xs:string">
    <xsl:sequence select="'inline'"/>
  </xsl:template>

  <!-- Speech is a block when it holds paragraphs, verse, lists, tables or speeches (or any other block). -->
  <xsl:template mode="te:layout" match="said | q[@who] | u" as="xs:string">
    <xsl:sequence select="if (exists(p | ab | lg | list | table | sp)) then 'block' else 'inline'"/>
  </xsl:template>

  <!-- A footnote leaves only its anchor in the text; the author's remark stays inline where he wrote it. -->
  <xsl:template mode="te:layout" match="note" as="xs:string">
    <xsl:sequence select="if (te:is-remark(.)) then 'inline' else 'none'"/>
  </xsl:template>

  <!-- Breaks, milestones and what is never rendered in place. -->
  <xsl:template mode="te:layout" match="lb | pb | cb | milestone | anchor | gb | index | fw[@type = ('catch', 'sig')] | teiHeader | witDetail
                       | wit | listApp | listWit | witness" as="xs:string">
    <xsl:sequence select="'none'"/>
  </xsl:template>

  <!-- An element with no rule (fallback.xsl) keeps its text: a block when it holds paragraphs or the like, or any block. -->
  <xsl:template mode="te:layout" match="*" priority="-10" as="xs:string">
    <xsl:sequence select="if (te:unknown-is-block(.)) then 'unknown-block' else 'unknown'"/>
  </xsl:template>

  <!-- True when an element without a rule holds block content of its own kind (paragraphs, divisions, lists…). -->
  <xsl:function name="te:unknown-is-block" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="exists($element/(p | ab | child::div | lg | list | table | sp | head | *[namespace-uri() ne namespace-uri($element)]/p))"/>
  </xsl:function>
</xsl:stylesheet>
