<?xml version="1.0" encoding="UTF-8"?>
<!--
  What the header says about the document, as one map of plain values that
  every output format renders its own way (metadata panel, header block,
  citation). Keys whose value is absent from the header map to the empty sequence.
  'availability' holds the rights paragraphs as nodes, for formats that
  render the header's own markup (a gap in an e-mail address, a link).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- The normalised string values of $nodes, empty ones dropped. -->
  <xsl:function name="te:strings" as="xs:string*">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:sequence select="$nodes ! normalize-space(if (. instance of element()) then te:name-text(.) else string(.))[. ne '']"/>
  </xsl:function>

  <!--
    The text of header paragraphs as a reader sees it in plain strings (a meta tag, CSL-JSON): a gap
    stands as "[…]", as it does on the page, so that a sentence never ends "at ." where words are missing.
  -->
  <xsl:function name="te:reader-strings" as="xs:string*">
    <xsl:param name="nodes" as="element()*"/>
    <xsl:sequence select="$nodes ! normalize-space(string-join(.//(text()[not(ancestor::note)] | gap) ! (if (self::gap) then '[…]' else string(.)), ''))[. ne '']"/>
  </xsl:function>

  <!-- The names of the people or bodies named in respStmts whose resp matches $pattern. -->
  <xsl:function name="te:responsible" as="xs:string*">
    <xsl:param name="header" as="element()?"/>
    <xsl:param name="pattern" as="xs:string"/>
    <xsl:sequence select="te:strings($header/fileDesc/titleStmt/respStmt[matches(string-join(resp, ' '), $pattern, 'i')]/(persName, orgName, name))"/>
  </xsl:function>

  <!-- The display form of a TEI date element: its text, else its normalised value. -->
  <xsl:function name="te:date-label" as="xs:string?">
    <xsl:param name="date" as="element()?"/>
    <xsl:sequence select="if ($date) then (normalize-space($date)[. ne ''], string($date/@when))[1] else ()"/>
  </xsl:function>

  <!--
    A readable citation of the source (sourceDesc's first bibl): a bibl of mixed content as it is
    written; a bibl of parts only (author, title, date, publisher…) as those parts in citation order,
    separated by full stops, so that the header does not run its parts together.
  -->
  <xsl:function name="te:source-citation" as="xs:string?">
    <xsl:param name="bibl" as="element()?"/>
    <xsl:variable name="parts" select="
      string-join(te:strings($bibl/author), ' and ')[. ne ''],
      te:strings($bibl/title[not(@level) or @level = ('a', 'u')]),
      te:strings($bibl/date)[1],
      te:strings($bibl/title[@level = ('m', 'j', 's')][not(@type = 'citation')]),
      te:strings($bibl/biblScope),
      string-join(te:strings($bibl/(pubPlace, publisher)), ', ')[. ne ''],
      te:strings($bibl/idno)"/>
    <xsl:sequence select="
      if (empty($bibl)) then ()
      else if (exists($bibl/text()[normalize-space() ne '']) or empty($parts)) then te:strings($bibl)
      else string-join($parts ! replace(., '[.]$', ''), '. ') || '.'"/>
  </xsl:function>

  <!--
    The languages, saying which is the original: the source's own statement (sourceDesc bibl/textLang,
    "English, translated from Polish") where it makes one, else each language of langUsage, and the
    original's language (msDesc textLang) when it is not among them.
  -->
  <xsl:function name="te:languages-statement" as="xs:string*">
    <xsl:param name="header" as="element()?"/>
    <xsl:variable name="stated" select="te:strings(($header/fileDesc/sourceDesc/(bibl, biblStruct)[1]//textLang)[1])"/>
    <xsl:variable name="used" select="$header/profileDesc/langUsage/language ! (if (normalize-space(.) ne '') then replace(normalize-space(.), ':.*$', '') else string(@ident))"/>
    <xsl:variable name="original" select="($header/fileDesc/sourceDesc//msDesc//textLang)[1]"/>
    <xsl:sequence select="
      if (exists($stated)) then $stated
      else if ($original and not($original/@mainLang = $header/profileDesc/langUsage/language[1]/@ident)) then ($used[1] ! (. || ' (translated)'), 'original in ' || normalize-space($original))
      else $used"/>
  </xsl:function>

  <!-- A setting in one sentence: what happened, who took part, when, where. -->
  <xsl:function name="te:setting-text" as="xs:string">
    <xsl:param name="setting" as="element()"/>
    <xsl:variable name="who" select="string-join(te:strings($setting/(persName, name, orgName)), ', ')"/>
    <xsl:sequence select="string-join((
      te:strings($setting/activity),
      string-join(($who[. ne ''] ! ('Present: ' || .), te:strings($setting/date)), '; ')[. ne ''] ! (. || '.'),
      te:strings($setting/(locale, placeName, p))) ! (if (matches(., '[.!?]$')) then . else . || '.'), ' ')"/>
  </xsl:function>

  <xsl:function name="te:metadata" as="map(*)">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="header" select="$tei/teiHeader"/>
    <xsl:variable name="file" select="$header/fileDesc"/>
    <xsl:variable name="ms" select="($file/sourceDesc//msDesc)[1]"/>
    <xsl:variable name="created" select="($header/profileDesc/creation//date, $ms//origDate, $file/sourceDesc//bibl/date, $file/publicationStmt/date)[1]"/>
    <xsl:variable name="place" select="($header/profileDesc/creation//placeName, $ms//origPlace, $header/profileDesc/creation//settlement)[1]"/>
    <xsl:sequence select="map {
      'id': string($tei/@xml:id),
      'lang': string(($tei/text/@xml:lang, $tei/@xml:lang, 'en')[1]),
      'title': (te:strings($file/titleStmt/title[not(@type = ('sub', 'alt', 'short'))]), te:strings($file/titleStmt/title))[1],
      'subtitle': te:strings($file/titleStmt/title[@type = 'sub']),
      'authors': te:strings($file/titleStmt/author ! (persName, name, orgName, .)[1]),
      'editors': te:strings($file/titleStmt/editor ! (persName, name, orgName, .)[1]),
      'funders': te:strings($file/titleStmt/funder ! (orgName, name, .)[1]),
      'responsibilities': array { $file/titleStmt/respStmt ! map {
          'resp': normalize-space(resp[1]),
          'names': te:strings((persName, orgName, name)) } },
      'obtained-by': te:responsible($header, 'obtain'),
      'translated-by': te:responsible($header, 'transl'),
      'date': te:date-label($created),
      'date-iso': string(($created/@when, $created/@notBefore, $created/@from)[1]),
      'place': te:strings($place),
      'repository': te:strings($ms/msIdentifier/(repository, institution)[1]),
      'settlement': te:strings($ms/msIdentifier/settlement),
      'call-numbers': te:strings($ms/msIdentifier/(idno, altIdentifier/idno)),
      'other-numbers': te:strings($ms/msIdentifier/following-sibling::*//idno),
      'source': te:strings($file/sourceDesc/(bibl, biblStruct, biblFull)[1]),
      'source-citation': te:source-citation($file/sourceDesc/(bibl, biblStruct, biblFull, p)[1]),
      'source-notes': array { $file/sourceDesc/(bibl, biblStruct, biblFull)[1]/note ! map {
          'type': string(@type),
          'text': normalize-space(.) } },
      'availability': $file/publicationStmt/availability/(p, licence/p, licence[not(p)]),
      'publisher': te:strings($file/publicationStmt/(publisher, distributor, authority)[1]),
      'edition-date': string(($file/publicationStmt/date/@when, $header/revisionDesc/change[1]/@when)[1]),
      'rights': te:reader-strings($file/publicationStmt/availability/(p, licence/p, licence[not(p)])),
      'licence': string(($file/publicationStmt/availability/licence/@target)[1]),
      'summary': te:strings($header/profileDesc/abstract/(p, ab)),
      'keywords': te:strings($header/profileDesc/textClass/keywords//term),
      'keywords-by': distinct-values($header/profileDesc/textClass/keywords/@resp ! tokenize(normalize-space(.), ' ') ! te:target(., $header) ! te:entity-label(.)),
      'languages': te:strings($header/profileDesc/langUsage/language),
      'languages-statement': te:languages-statement($header),
      'funding': $file/sourceDesc/(bibl, biblStruct)[1]/note[@type = 'funding'] ! normalize-space(.),
      'physical': let $d := $ms/physDesc return string-join(if ($d//(p | ab)) then te:strings($d//(p | ab)) else te:strings($d/*), ' ')[. ne ''],
      'settings': $header/profileDesc/settingDesc/setting ! te:setting-text(.)
    }"/>
  </xsl:function>
</xsl:stylesheet>
