<?xml version="1.0" encoding="UTF-8"?>
<!--
  Which elements have a rule: the one list of the elements that the edition
  stylesheets render by a rule of their own. An element outside it falls to
  the fallback of its format (its text kept as running text) and is reported
  as unknown: the text edition lists it in its drop report, the page marks it
  as other markup (tei-unknown) and counts it in the coverage report.

  Most of the list holds for every format ($te:ruled-names). The formats
  differ on a few elements, and say so here, in one place:
    - $te:ruled-in-text-only: the text edition accounts for these itself
      (readings beside their lemma, facsimile zones and their lines,
      non-verbal events and their descriptions, and the analytic, linking and
      media markup, unresolved XIncludes and CBETA table-of-contents entries
      that it leaves out with a reason in its drop report), where the page
      keeps their text through its fallback;
    - $te:ruled-in-html-only: the page renders a licence (in the metadata
      panel) and has a rule that leaves the header out of the text;
    - in the page, title, name and idno inside the header have no rule (the
      header is shown by the metadata panel, not rendered in place).
  A format including this module names itself in $te:format ('html' or
  'text'). Foreign-namespace elements have a rule only when named here as
  Q{namespace}name. tests/text/drops.test.ts keeps the list in step with
  the text stylesheets' match patterns, tests/html/ruled-elements.test.ts
  with the page's layout rules (te:layout, common/block-content.xsl).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- The TEI elements with a rule in every format, by local name (sorted). -->
  <xsl:variable name="te:ruled-names" as="xs:string*" select="tokenize(normalize-space('
    ab abbr add addName address addrLine affiliation am anchor app argument att author back bibl biblScope body byline
    c castGroup castItem castList cb cell choice cit closer code corr damage date dateline del distinct div div1 div2
    div3 div4 div5 div6 div7 docAuthor docDate docImprint docket docTitle editor eg email emph epigraph ex expan
    figDesc figure floatingText foreign forename front fw gap gb genName geogName gi gloss group handShift head hi
    hyphenation ident idno index item l label lang lb lg list listApp listBibl listWit measure measureGrp mentioned metamark milestone
    name nameLink note num occupation opener orgName orig p pb pc persName placeName postCode postscript ptr publisher
    pubPlace q quote ref reg restore role roleDesc roleName row rs said salute secl seg set sic signed soCalled sp
    space speaker stage stamp street subst supplied surname surplus table term text time title titlePage titlePart
    trailer u unclear val w wit witDetail witness'), ' ')"/>

  <!-- Elements of other namespaces with a rule in every format, by expanded name. -->
  <xsl:variable name="te:ruled-foreign" as="xs:string*" select="'Q{http://www.tei-c.org/ns/Examples}egXML'"/>

  <!-- Elements with a rule in the text edition only (see above), by local name for TEI (sorted) and by expanded name for the rest. -->
  <xsl:variable name="te:ruled-in-text-only" as="xs:string*" select="(tokenize(normalize-space('
    alt altGrp annotation binaryObject certainty desc fLib fs fvLib graphic incident interp interpGrp join joinGrp
    kinesic lem line link linkGrp listAnnotation media pause precision rdg rdgGrp respons sourceDoc span spanGrp
    surface surfaceGrp timeline vocal zone'), ' '),
    'Q{http://www.w3.org/2001/XInclude}include',
    'Q{http://www.cbeta.org/ns/1.0}mulu')"/>

  <!-- TEI elements with a rule in the page only (see above). -->
  <xsl:variable name="te:ruled-in-html-only" as="xs:string*" select="('licence', 'teiHeader')"/>

  <!-- The set for this format, keyed by local name for TEI and by expanded name for the rest: built once per transform. -->
  <xsl:variable name="te:ruled" as="map(xs:string, xs:boolean)" select="te:set(($te:ruled-names, $te:ruled-foreign,
    if ($te:format eq 'text') then $te:ruled-in-text-only else $te:ruled-in-html-only))"/>

  <!-- True for an element that some rule of this format renders; false for one that falls to the fallback. -->
  <xsl:function name="te:has-rule" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="map:contains($te:ruled,
        if (namespace-uri($element) eq 'http://www.tei-c.org/ns/1.0') then local-name($element)
        else 'Q{' || namespace-uri($element) || '}' || local-name($element))
      and not($te:format eq 'html' and $element[self::title or self::name or self::idno]/ancestor::teiHeader)"/>
  </xsl:function>
</xsl:stylesheet>
