<?xml version="1.0" encoding="UTF-8"?>
<!--
  Notes. Footnotes (the editors', the translator's, any note that is not the
  author's own) become numbered references in the text and a numbered list
  after it, each with a link back; the script shows a note's text in a
  popover when its reference is hovered or focused. The author's own remarks
  stay in the text where he wrote them, styled as his and labelled as his
  for screen readers.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- The id of a footnote in the notes list: its xml:id, else te-note-N. -->
  <xsl:function name="te:note-id" as="xs:string">
    <xsl:param name="note" as="element(note)"/>
    <xsl:param name="number" as="xs:integer"/>
    <xsl:sequence select="(te:id-attribute($note) ! string(.), 'te-note-' || $number)[1]"/>
  </xsl:function>

  <!-- The id of each footnote, in the order of $te:footnotes: decided once, for its anchor and its entry in the list. -->
  <xsl:variable name="te:note-ids" as="xs:string*" select="for $i in 1 to count($te:footnotes) return te:note-id($te:footnotes[$i], $i)"/>

  <!--
    A note: a footnote leaves its numbered anchor; the author's own remark stays where he wrote it,
    built in place (a div when it holds a block).
  -->
  <xsl:template match="note">
    <xsl:variable name="number" select="te:note-number(.)"/>
    <xsl:choose>
      <xsl:when test="$number gt 0">
        <xsl:variable name="id" select="$te:note-ids[$number]"/>
        <a class="note-ref note-ref-{$te:note-kinds[$number]}" id="te-noteref-{$number}" href="#{$id}" role="doc-noteref"
           aria-label="Note {$number}" data-note="{$id}"><sup><xsl:value-of select="$number"/></sup></a>
      </xsl:when>
      <xsl:when test="te:is-remark(.)">
        <xsl:variable name="by" select="te:remark-author(.)"/>
        <xsl:element name="{if (te:holds-block(.)) then 'div' else 'span'}">
          <xsl:attribute name="class" select="te:classes(('remark', @subtype ! ('remark-' || te:token(.))), ())"/>
          <xsl:apply-templates select="@xml:id, @xml:lang" mode="te:html-attributes"/>
          <xsl:attribute name="role" select="'note'"/>
          <xsl:attribute name="aria-label" select="if ($by ne '') then 'Remark by ' || $by || ', the author' else 'The author’s remark'"/>
          <xsl:attribute name="title" select="if ($by ne '') then 'The author’s own remark (' || $by || ')' else 'The author’s own remark'"/>
          <xsl:apply-templates/>
        </xsl:element>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- The notes section: every footnote, numbered in order, its body built in place. -->
  <xsl:template name="te:notes-section">
    <xsl:param name="notes" as="element()*"/>
    <xsl:if test="exists($notes)">
      <section id="te-notes" class="notes" aria-labelledby="te-notes-heading" role="doc-endnotes">
        <!-- Notes all of one kind are named once, in the heading; a note is labelled with its kind only among notes of several kinds. -->
        <xsl:variable name="kinds" select="distinct-values($te:note-kinds)"/>
        <xsl:variable name="one-kind" select="if (count($kinds) = 1) then $kinds else ''"/>
        <h2 id="te-notes-heading"><xsl:value-of select="if ($one-kind = 'editorial') then 'Editorial notes' else if ($one-kind = 'translator') then 'Translator’s notes' else 'Notes'"/></h2>
        <ol class="note-list">
          <xsl:for-each select="$notes">
            <xsl:variable name="number" select="te:note-number(.)"/>
            <xsl:variable name="kind" select="$te:note-kinds[$number]"/>
            <li id="{$te:note-ids[$number]}" class="note note-{$kind}" value="{$number}">
              <xsl:apply-templates select="@xml:lang" mode="te:html-attributes"/>
              <xsl:if test="$kind = ('editorial', 'translator') and $one-kind eq ''">
                <span class="note-kind"><xsl:value-of select="if ($kind = 'translator') then 'Translator’s note' else 'Editorial note'"/></span>
                <xsl:text> </xsl:text>
              </xsl:if>
              <xsl:element name="{if (te:holds-block(.)) then 'div' else 'span'}">
                <xsl:attribute name="class" select="'note-body'"/>
                <xsl:apply-templates/>
              </xsl:element>
              <xsl:text> </xsl:text>
              <a class="note-back" href="#te-noteref-{$number}" role="doc-backlink" aria-label="Back to note reference {$number}">↩</a>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
