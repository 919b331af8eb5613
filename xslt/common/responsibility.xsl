<?xml version="1.0" encoding="UTF-8"?>
<!--
  Who is responsible for an intervention (@resp): the document's author, its
  translator, the editors, or someone else. Decided from the header, so that
  a translator's [sic] and an editor's correction can be told apart in every format.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:key name="te:id" match="*[@xml:id]" use="@xml:id"/>
  <xsl:key name="te:ref" match="*[@ref]" use="tokenize(@ref, '[ \t\r\n]+')"/>

  <!-- The element a local pointer ("#id") designates in the document of $context, if any. -->
  <xsl:function name="te:target" as="element()?">
    <xsl:param name="pointer" as="xs:string?"/>
    <xsl:param name="context" as="node()"/>
    <xsl:sequence select="if (starts-with($pointer, '#')) then key('te:id', substring($pointer, 2), root($context))[1] else ()"/>
  </xsl:function>

  <!-- The first pointer of @resp on $node, or on the nearest choice/subst around it (responsibility is often given once for the whole choice). -->
  <xsl:function name="te:resp-pointer" as="xs:string?">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="(tokenize(normalize-space(($node/@resp, $node/parent::choice/@resp, $node/parent::subst/@resp)[1]), ' ')[. ne ''])[1]"/>
  </xsl:function>

  <!--
    Who is responsible for $node, as map { 'kind': author | translator | editor | other, or '' when nobody
    is named; 'label': a display name for whoever @resp names, the entity's name or the pointer itself }.
    A template asks this once per intervention or note and reads both answers from it.
  -->
  <xsl:function name="te:responsibility" as="map(xs:string, xs:string)">
    <xsl:param name="node" as="element()"/>
    <xsl:variable name="pointer" select="te:resp-pointer($node)"/>
    <xsl:sequence select="
      if (empty($pointer)) then $te:nobody
      else if (root($node) is root($te:tei)) then ($te:responsibilities($pointer), te:pointer-responsibility($pointer, $node))[1]
      else te:pointer-responsibility($pointer, $node)"/>
  </xsl:function>

  <xsl:variable name="te:nobody" as="map(xs:string, xs:string)" select="map { 'kind': '', 'label': '' }"/>

  <!-- author | translator | editor | other, or '' when nobody is named. -->
  <xsl:function name="te:resp-kind" as="xs:string">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="te:responsibility($node)?kind"/>
  </xsl:function>

  <!--
    The responsibility of every pointer that a @resp of the document starts with, decided once per
    transform: its key lookups, pattern matches and name depend on the pointer alone.
  -->
  <xsl:variable name="te:responsibilities" as="map(xs:string, map(xs:string, xs:string))"
    select="map:merge(distinct-values(root($te:tei)//@resp ! (tokenize(normalize-space(.), ' ')[. ne ''])[1]) ! map { .: te:pointer-responsibility(., $te:tei) })"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>

  <xsl:function name="te:pointer-responsibility" as="map(xs:string, xs:string)">
    <xsl:param name="pointer" as="xs:string"/>
    <xsl:param name="context" as="node()"/>
    <xsl:variable name="target" select="te:target($pointer, $context)"/>
    <xsl:sequence select="map { 'kind': te:pointer-resp-kind($pointer, $context), 'label': if ($target) then te:entity-label($target) else $pointer }"/>
  </xsl:function>

  <!-- The kind of whoever $pointer designates in the document of $context: author | translator | editor | other. -->
  <xsl:function name="te:pointer-resp-kind" as="xs:string">
    <xsl:param name="pointer" as="xs:string"/>
    <xsl:param name="context" as="node()"/>
    <xsl:variable name="target" select="te:target($pointer, $context)"/>
    <xsl:variable name="mentions" select="(key('te:ref', $pointer, root($context)), $target)"/>
    <xsl:sequence select="
      if ($mentions[ancestor-or-self::author[ancestor::titleStmt]]) then 'author'
      else if ($mentions[ancestor-or-self::respStmt[matches(string-join(resp, ' '), 'transl', 'i')]]
               or $target[self::person][matches(string-join((occupation, roleName, @role), ' '), 'transl', 'i')]) then 'translator'
      else if ($mentions[ancestor-or-self::respStmt | ancestor-or-self::editor]
               or $target[ancestor::teiHeader][self::respStmt or self::orgName or self::name or self::persName]) then 'editor'
      else 'other'"/>
  </xsl:function>

  <!-- A display name for whoever @resp names: the entity's name, or the pointer itself ('' when nobody is named). -->
  <xsl:function name="te:resp-label" as="xs:string">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="te:responsibility($node)?label"/>
  </xsl:function>
</xsl:stylesheet>
