<?xml version="1.0" encoding="UTF-8"?>
<!--
  The meaning layer: what each TEI element means, decided once for every
  output format. Template rules here classify elements and call the named
  templates of the look interface (look.xsl); xslt/html/ and xslt/text/
  import this module and override those named templates to decide how each
  meaning looks. Nothing in this folder writes format-specific markup.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:include href="look.xsl"/>
  <xsl:include href="responsibility.xsl"/>
  <xsl:include href="entities.xsl"/>
  <xsl:include href="metadata.xsl"/>
  <xsl:include href="notes.xsl"/>
  <xsl:include href="structure.xsl"/>
  <xsl:include href="inline.xsl"/>
  <xsl:include href="interventions.xsl"/>
  <xsl:include href="speech.xsl"/>
  <xsl:include href="links.xsl"/>
  <xsl:include href="indexes.xsl"/>
  <xsl:include href="citation.xsl"/>
  <xsl:include href="apparatus.xsl"/>
  <xsl:include href="examples.xsl"/>
  <xsl:include href="fallback.xsl"/>

  <xsl:global-context-item as="document-node()" use="required"/>

  <!--
    A set of strings, as a map, for membership tests in code that runs for every element:
    saxon-js tests "$x = ('a', 'b', …)" by comparing $x with each item in turn (about 0.7 µs an item,
    10 µs for a list of 16, measured on tei_simplePrint.doc.xml), and a map lookup costs the same for any size.
  -->
  <xsl:function name="te:set" as="map(xs:string, xs:boolean)">
    <xsl:param name="members" as="xs:string*"/>
    <xsl:sequence select="map:merge($members ! map { .: true() })" xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
  </xsl:function>

  <!-- The document's output name (its path below the source folder, without .xml), for links and reports. -->
  <xsl:param name="name" as="xs:string" select="'document'"/>

  <!--
    The output name as a relative URI path: each segment percent-encoded, so that a file named
    "50%.xml", "a#b.xml", "q?x.xml" or "with space.xml" is linked, and written by xsl:result-document,
    under its own name (the build decodes result-document URIs; src/transform/run-stylesheet.ts).
  -->
  <xsl:variable name="te:name-uri" as="xs:string" select="string-join(tokenize($name, '/') ! encode-for-uri(.), '/')"/>

  <!-- The TEI document being rendered: the root TEI, or the (only) TEI of a teiCorpus member, however deeply nested. -->
  <xsl:variable name="te:tei" as="element()" select="(/TEI, (//TEI)[1], /*)[1]"/>

  <!-- Whitespace between elements of element-only containers carries no meaning. -->
  <xsl:strip-space elements="TEI teiCorpus teiHeader fileDesc titleStmt publicationStmt sourceDesc msDesc msIdentifier
    encodingDesc profileDesc revisionDesc text front body back group div div1 div2 div3 div4 div5 div6 div7
    listPerson listPlace listOrg listBibl listWit list table row person place org particDesc settingDesc
    choice app sp lg standOff facsimile surface"/>

  <!-- The document: metadata from the header, then the text, then the notes; the look decides the page. -->
  <xsl:template match="/">
    <xsl:variable name="tei" select="$te:tei"/>
    <xsl:call-template name="te:document">
      <xsl:with-param name="metadata" select="te:metadata($tei)"/>
      <xsl:with-param name="text" as="item()*">
        <xsl:apply-templates select="$tei/text"/>
      </xsl:with-param>
      <xsl:with-param name="notes" as="item()*">
        <xsl:call-template name="te:notes-section">
          <xsl:with-param name="notes" select="$te:footnotes"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The header is rendered through the metadata map, never as running text. -->
  <xsl:template match="teiHeader"/>
</xsl:stylesheet>
