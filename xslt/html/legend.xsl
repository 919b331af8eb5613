<?xml version="1.0" encoding="UTF-8"?>
<!--
  The "Editorial conventions" legend, generated for each document from what
  its page actually shows: every convention used (sic, supplied, corrections
  by whom, the author's remarks, stamps, speech…) is listed once, with a
  sample in its real look (a copy of its first occurrence, or a short made-up
  one where the occurrence is long) and what it means in each view.
  Conventions the document does not use are not listed.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- key → [order, name, description]; a key is a convention class, possibly with whose intervention it is. -->
  <xsl:variable name="te:conventions" as="map(xs:string, array(*))" select="map {
    'correction': [10, 'Correction', 'Reading view: the corrected text; diplomatic view: the text as printed. Hover to see both, with the certainty.'],
    'omission': [11, 'Deletion', 'A word that is printed but makes no sense, left out of the reading view (a caret, ^, marks the place; hover it to see the word); the diplomatic view shows it.'],
    'regularisation': [12, 'Regularised spelling', 'Reading view: the regular form; diplomatic view: the spelling as printed.'],
    'abbreviation': [13, 'Abbreviation', 'Reading view: the expanded form; diplomatic view: the abbreviation as printed, or the completion in brackets where the source printed it so.'],
    'alternative': [14, 'Alternatives', 'One of several readings; hover to see the others.'],
    'sic': [20, '[sic]', 'A word marked as printed in error. The diplomatic view shows the “[sic]” where the source prints it; hover to see who marked it.'],
    'supplied': [21, 'Supplied words', 'Words added to complete the sense: in brackets in the diplomatic view, marked in the reading view.'],
    'unclear': [23, 'Unclear', 'Uncertain reading of the source (marked with “?”).'],
    'gap': [24, 'Omission', 'Text left out of this edition or illegible in the source: […]; hover for the reason.'],
    'del': [25, 'Deleted in the source', 'Struck out in the source: shown in the diplomatic view only.'],
    'add': [26, 'Added in the source', 'Added in the source, e.g. above the line.'],
    'surplus': [27, 'Superfluous', 'Text judged superfluous: shown in braces in the diplomatic view only.'],
    'damage': [28, 'Damaged', 'Text on a damaged part of the source.'],
    'corr': [29, 'Corrected', 'Text corrected by the editors (the original reading is not recorded).'],
    'space': [30, 'Blank space', 'Space left blank in the source.'],
    'remark': [40, 'The author’s remark', 'A comment by the author himself, kept where he wrote it: it is part of the document, not an editorial note. Set apart while “Highlight names and speech” is on.'],
    'note-ref': [41, 'Footnote', 'Reference to a numbered note after the text (hover or focus to read it; ↩ leads back).'],
    'app-ref': [42, 'Apparatus entry', 'Reference (a letter) to an entry of the critical apparatus (hover or focus to read it; ↩ leads back). The entry gives the lemma, then each reading with the sigla of its witnesses (linked to the list of witnesses) and, in italics, its type and cause as the editors classify them, e.g. “(orthographic; cause: homeoteleuton)”; “om.” marks a reading that omits the passage.'],
    'speech-direct': [50, 'Direct speech', 'The speaker’s own words, as said. With “Highlight names and speech” on: shaded; hover or focus to see who speaks.'],
    'speech-reported': [51, 'Reported speech', 'What someone said, in the reporter’s words. With “Highlight names and speech” on: dotted; hover or focus to see whose words they are.'],
    'name-person': [60, 'Person', 'Name of a person. With “Highlight names and speech” on: underlined, a link to the index, which links back to every mention (° links a name that holds another name).'],
    'name-place': [61, 'Place', 'Name of a place. With “Highlight names and speech” on: underlined, a link to the index.'],
    'name-org': [62, 'Organisation', 'Name of an organisation. With “Highlight names and speech” on: underlined, a link to the index.'],
    'name-event': [63, 'Event', 'A named event or period. With “Highlight names and speech” on: underlined, a link to the index.'],
    'stamp': [70, 'Stamp', 'A stamp on the document, boxed, with its date; its type only where the source gives it (a conjectured type is on hover).'],
    'archival-mark': [71, 'Archival mark', 'A number written on the document by the archive or the office (call number, registry number).'],
    'tei-pagebreak': [72, 'Page break', 'Beginning of a page of the source, with its number.'],
    'tei-columnbreak': [73, 'Column break', 'Beginning of a column of the source.'],
    'link-removed': [80, 'Link removed', 'A link whose target is not a web, e-mail or in-page address, kept as text only.'],
    'tei-unknown': [81, 'Other markup', 'An element this edition has no particular look for: its text is kept, and its TEI name shows on hover.']
  }"/>

  <!-- Conventions whose first occurrence may be long: the legend shows a short made-up sample with the same classes. -->
  <xsl:variable name="te:made-up-samples" as="map(xs:string, xs:string)" select="map {
    'remark': '(my own remark)', 'speech-direct': 'we maintain', 'speech-reported': 'he is certain',
    'tei-unknown': 'text', 'link-removed': 'link text', 'add': 'added', 'del': 'deleted', 'damage': 'damaged', 'unclear': 'unclear' }"/>

  <!-- Classes that are a convention by themselves (a choice or a marked stretch names its convention in a second class). -->
  <xsl:variable name="te:convention-classes" as="xs:string+"
    select="('remark', 'note-ref', 'app-ref', 'speech-direct', 'speech-reported', 'name-person', 'name-place', 'name-org', 'name-event',
             'stamp', 'archival-mark', 'tei-pagebreak', 'tei-columnbreak', 'link-removed', 'tei-unknown')"/>

  <!-- The convention an element of the rendered page shows, or () for none. -->
  <xsl:function name="te:convention-of" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="c" select="tokenize($e/@class, ' ')"/>
    <xsl:sequence select="
      if ($c = 'choice') then (if ($c = 'is-omission') then 'omission' else ($c[starts-with(., 'choice-')] ! substring-after(., 'choice-'))[1])
      else if ($c = 'marked') then (if ($c[2] = 'expan-part') then 'abbreviation' else $c[2])
      else ($c[. = $te:convention-classes])[1]"/>
  </xsl:function>

  <!-- Whose intervention an element shows: translator, editor, author, or '' (from its resp-* class). -->
  <xsl:function name="te:convention-resp" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="string((tokenize($e/@class, ' ')[starts-with(., 'resp-')] ! substring-after(., 'resp-'))[. = ('translator', 'editor', 'author')][1])"/>
  </xsl:function>

  <xsl:template name="te:legend">
    <!-- The source elements rendered on the page, in the order a reader meets them (the text, then the notes). -->
    <xsl:param name="elements" as="element()*"/>
    <!-- Each convention once per responsibility, from the source (common/conventions.xsl); its sample is its first occurrence, rendered. -->
    <xsl:variable name="shown" as="map(*)*">
      <xsl:for-each select="$elements">
        <xsl:variable name="convention" as="xs:string*"><xsl:apply-templates select="." mode="te:convention"/></xsl:variable>
        <xsl:if test="exists($convention) and map:contains($te:conventions, $convention[1])" xmlns:map="http://www.w3.org/2005/xpath-functions/map">
          <xsl:sequence select="map { 'key': $convention[1], 'resp': $convention[2], 'node': . }"/>
        </xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="marked" as="element()*">
      <xsl:for-each-group select="$shown" group-by="?key || '|' || ?resp">
        <xsl:variable name="key" select="?key"/>
        <!-- The first occurrence whose rendering shows the convention: a project stylesheet may render some occurrences its own way. -->
        <xsl:iterate select="current-group()">
          <xsl:variable name="found" select="(te:render(?node) ! descendant-or-self::*[@class][te:convention-of(.) = $key])[1]"/>
          <xsl:if test="exists($found)"><xsl:break select="$found"/></xsl:if>
        </xsl:iterate>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:if test="exists($marked)">
      <section id="te-conventions" class="panel legend" aria-labelledby="te-conventions-heading">
        <h2 id="te-conventions-heading">Editorial conventions</h2>
        <dl class="conventions">
          <xsl:for-each-group select="$marked" group-by="te:convention-of(.) || '|' || te:convention-resp(.)">
            <xsl:sort select="$te:conventions(te:convention-of(.))(1)"/>
            <xsl:sort select="te:convention-resp(.)"/>
            <xsl:variable name="key" select="te:convention-of(.)"/>
            <xsl:variable name="resp" select="te:convention-resp(.)"/>
            <xsl:variable name="entry" select="$te:conventions($key)"/>
            <dt>
              <span class="convention-sample">
                <xsl:choose>
                  <xsl:when test="map:contains($te:made-up-samples, $key)" xmlns:map="http://www.w3.org/2005/xpath-functions/map">
                    <xsl:element name="{if (local-name(.) = 'div') then 'span' else local-name(.)}">
                      <xsl:sequence select="te:sample(@class | @title | @data-speaker | @data-element)"/>
                      <xsl:value-of select="$te:made-up-samples($key)"/>
                    </xsl:element>
                  </xsl:when>
                  <xsl:otherwise><xsl:sequence select="te:sample(.)"/></xsl:otherwise>
                </xsl:choose>
              </span>
              <xsl:text> </xsl:text>
              <span class="convention-name"><xsl:value-of select="$entry(2)"/></span>
            </dt>
            <dd>
              <xsl:value-of select="$entry(3)"/>
              <xsl:if test="$resp ne ''">
                <xsl:text> </xsl:text>
                <xsl:value-of select="if ($resp = 'translator') then 'By the translator.' else if ($resp = 'editor') then 'By the editors of this edition.' else 'By the author.'"/>
              </xsl:if>
            </dd>
          </xsl:for-each-group>
        </dl>
      </section>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
