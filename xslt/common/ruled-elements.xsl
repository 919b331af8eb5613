<?xml version="1.0" encoding="UTF-8"?>
<!--
  Which elements have a rule: the TEI elements that the edition stylesheets
  render by a rule of their own, decided once for every format. An element
  outside this set falls to the fallback of each format (its text kept as
  running text) and is reported as unknown: the text edition lists it in its
  drop report. Foreign-namespace elements have a rule only when named here
  as Q{namespace}name (an example, an unresolved XInclude, a CBETA
  table-of-contents entry). tests/text/drops.test.ts keeps the set in step
  with the stylesheets' match patterns.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- The TEI elements with a rule, by local name (sorted, one list for every format). -->
  <xsl:variable name="te:ruled-names" as="xs:string*" select="tokenize(normalize-space('
    ab abbr add addName address addrLine affiliation alt altGrp am anchor annotation app argument att author back bibl biblScope
    binaryObject body byline c castGroup castItem castList cb cell certainty choice cit closer code corr damage date dateline
    del desc distinct div div1 div2 div3 div4 div5 div6 div7 docAuthor docDate docImprint docket docTitle editor eg email emph
    epigraph ex expan figDesc figure fLib floatingText foreign forename front fs fvLib fw gap gb genName geogName gi gloss
    graphic group handShift head hi hyphenation ident idno incident index interp interpGrp item join joinGrp kinesic l label
    lang lb lem lg line link linkGrp list listAnnotation listApp listBibl listWit measure measureGrp media mentioned metamark milestone name
    nameLink note num occupation opener orgName orig p pause pb pc persName placeName postCode postscript precision ptr
    publisher pubPlace q quote rdg rdgGrp ref reg respons restore role roleDesc roleName row rs said salute secl seg set sic
    signed soCalled sourceDoc sp space span spanGrp speaker stage stamp street subst supplied surface surfaceGrp surname surplus
    table term text time timeline title titlePage titlePart trailer u unclear val vocal w wit witDetail witness zone'), ' ')"/>

  <!-- Elements of other namespaces with a rule, by expanded name. -->
  <xsl:variable name="te:ruled-foreign" as="xs:string*" select="(
    'Q{http://www.tei-c.org/ns/Examples}egXML',
    'Q{http://www.w3.org/2001/XInclude}include',
    'Q{http://www.cbeta.org/ns/1.0}mulu')"/>

  <!-- Both lists as one set, keyed by local name for TEI and by expanded name for the rest: built once per transform. -->
  <xsl:variable name="te:ruled" as="map(xs:string, xs:boolean)" select="te:set(($te:ruled-names, $te:ruled-foreign))"/>

  <!-- True for an element that some rule renders; false for one that falls to the fallback. -->
  <xsl:function name="te:has-rule" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="map:contains($te:ruled,
      if (namespace-uri($element) eq 'http://www.tei-c.org/ns/1.0') then local-name($element)
      else 'Q{' || namespace-uri($element) || '}' || local-name($element))"/>
  </xsl:function>
</xsl:stylesheet>
