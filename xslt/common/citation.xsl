<?xml version="1.0" encoding="UTF-8"?>
<!--
  What a citation of the document needs, read from the header: people as
  structured names (family and given name, followed from a name's @ref to
  its person entry, since citation styles and reference managers sort and
  abbreviate by family name), the archive and every call number with what
  kind of number it is, and where and when this edition was published.
  Meaning only: every format formats the citation its own way.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!--
    A person or body as a map: 'family' and 'given' when the name (or the person entry its @ref
    points at) has surname/forename parts, else 'literal' (an organisation, or a name given as one string).
  -->
  <xsl:function name="te:name-parts" as="map(*)">
    <xsl:param name="name" as="element()"/>
    <xsl:variable name="inner" select="($name/self::persName, $name/self::orgName, $name/self::name, $name/(persName, orgName, name))[1]"/>
    <xsl:variable name="pointer" select="(tokenize(normalize-space(($inner/@ref, $name/@ref)[1]), ' ')[starts-with(., '#')])[1]"/>
    <xsl:variable name="entry" select="if ($pointer) then te:target($pointer, $name) else ()"/>
    <xsl:variable name="structured" select="(
      $entry/persName[surname][@type = ('main', 'preferred', 'display', 'standard', 'full') or not(@type)],
      $entry/persName[surname], $inner[self::persName or self::name][surname], $name//(persName | name)[surname])[1]"/>
    <xsl:sequence select="
      if ($structured) then map {
        'family': normalize-space(string-join($structured/surname ! te:name-text(.), ' ')),
        'given': normalize-space(string-join($structured/forename ! te:name-text(.), ' ')) }
      else map { 'literal': normalize-space(te:name-text(($inner, $name)[1])) }"/>
  </xsl:function>

  <!-- The people or bodies of the titleStmt's respStmts whose resp matches $pattern, as name maps. -->
  <xsl:function name="te:responsible-parts" as="map(*)*">
    <xsl:param name="header" as="element()?"/>
    <xsl:param name="pattern" as="xs:string"/>
    <xsl:sequence select="$header/fileDesc/titleStmt/respStmt[matches(string-join(resp, ' '), $pattern, 'i')]/(persName, orgName, name) ! te:name-parts(.)"/>
  </xsl:function>

  <!--
    Every number under which the archive holds the source (msIdentifier's idno and altIdentifier/idno; empty ones skipped),
    in the header's order: maps with 'value', 'type' (@type of the idno), 'label' (@type of its
    altIdentifier, '' for the main number) and 'note' (what the header says about it, '' if nothing).
  -->
  <xsl:function name="te:call-numbers" as="map(*)*">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="identifier" select="($tei/teiHeader/fileDesc/sourceDesc//msDesc)[1]/msIdentifier"/>
    <xsl:for-each select="$identifier/(idno, altIdentifier/idno)[normalize-space(.) ne '']">
      <xsl:sequence select="map {
        'value': normalize-space(.),
        'type': string(@type),
        'label': string(parent::altIdentifier/@type),
        'note': normalize-space(string-join(parent::altIdentifier/note, ' ')) }"/>
    </xsl:for-each>
  </xsl:function>

  <!--
    The source as the archive that publishes it cites it, when the header gives the address of its
    page there (an idno of type URI or URL, or a ptr, in the source bibl): a map with 'author' (as
    written, with a rank), 'title', 'date' (as the archive dates it), 'container' (the archive's
    name, the level="m" title of type "citation" if any), 'call-number' (in the form the archive
    cites it), 'credits' ("Obtained by … and translated by …", from the bibl's respStmts), 'url' and
    'accessed' (ISO, from a date of type "accessed"). Empty when the header gives no address.
  -->
  <xsl:function name="te:archive-citation" as="map(*)?">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="bibl" select="($tei/teiHeader/fileDesc/sourceDesc/bibl)[1]"/>
    <xsl:variable name="url" select="(($bibl/idno[lower-case(@type) = ('uri', 'url')], $bibl/ptr/@target) ! te:safe-url(normalize-space(.))[matches(., '^https?://')])[1]"/>
    <xsl:variable name="credits" select="$bibl/respStmt ! (normalize-space(string-join(resp, ' ')) || ' ' || string-join(te:strings(persName | orgName | name), ' and '))"/>
    <xsl:if test="exists($url)">
      <xsl:sequence select="map {
        'author': string-join(te:strings($bibl/author), ' and '),
        'title': string((te:strings($bibl/title[not(@level) or @level = ('a', 'u')]), '')[1]),
        'date': string((te:strings($bibl/date[not(@type)]), '')[1]),
        'container': string((te:strings(($bibl/title[@level = ('m', 'j', 's')][@type = 'citation'], $bibl/title[@level = ('m', 'j', 's')])[1]), '')[1]),
        'call-number': string(((te:call-numbers($tei)[?label = 'citation'], te:call-numbers($tei))[1]?value, '')[1]),
        'credits': if (exists($credits)) then upper-case(substring($credits[1], 1, 1)) || substring(string-join($credits, ' and '), 2) else '',
        'url': $url,
        'accessed': string(($bibl/date[@type = 'accessed']/@when)[1])
      }"/>
    </xsl:if>
  </xsl:function>

  <!--
    The facts of a citation: 'authors', 'translators', 'editors' (name maps), 'title', 'date'
    (display form) and 'date-iso', 'archive' and 'archive-place', 'call-number' (the first),
    'container' (the collection or publication the source appeared in), 'publisher' of this
    edition, 'edition-date' (ISO, from the header: never the build's date) and 'edition-url'
    (where the header says this edition is published, '' if it does not).
  -->
  <xsl:function name="te:citation" as="map(*)">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="header" select="$tei/teiHeader"/>
    <xsl:variable name="file" select="$header/fileDesc"/>
    <xsl:variable name="metadata" select="te:metadata($tei)"/>
    <xsl:variable name="publication" select="$file/publicationStmt"/>
    <xsl:sequence select="map {
      'authors': $file/titleStmt/author ! te:name-parts(.),
      'translators': te:responsible-parts($header, 'transl'),
      'editors': ($file/titleStmt/editor ! te:name-parts(.), te:responsible-parts($header, '^(edit|ed\.)')),
      'title': string(($metadata?title, '')[1]),
      'date': string(($metadata?date, '')[1]),
      'date-iso': string($metadata?date-iso),
      'archive': string(($metadata?repository, '')[1]),
      'archive-place': string(($metadata?settlement, '')[1]),
      'call-number': string(((te:call-numbers($tei)[?label = 'citation'], te:call-numbers($tei))[1]?value, '')[1]),
      'container': string((te:strings($file/sourceDesc/(bibl, biblStruct)[1]//title[@level = ('m', 'j', 's')]), '')[1]),
      'publisher': string(($metadata?publisher, '')[1]),
      'edition-date': string($metadata?edition-date),
      'archive-citation': te:archive-citation($tei),
      'edition-url': string((($publication/idno[lower-case(@type) = ('uri', 'url')], $publication/ptr/@target)
                       ! te:safe-url(normalize-space(.))[matches(., '^https?://')], '')[1])
    }"/>
  </xsl:function>
</xsl:stylesheet>
