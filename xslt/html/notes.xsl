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
    <xsl:sequence select="(te:id-attribute($note) ! string(.), 'te-note-' || te:note-number($note))[1]"/>
  </xsl:function>

  <!-- Who wrote a footnote, in a word for its label: editorial, translator's, or the note's @type. -->
  <xsl:function name="te:note-kind" as="xs:string">
    <xsl:param name="note" as="element(note)"/>
    <xsl:variable name="resp" select="te:resp-kind($note)"/>
    <xsl:sequence select="
      if ($resp = 'translator' or $note/@type = ('translator', 'trans', 'translation')) then 'translator'
      else if ($resp = 'editor' or $note/@type = ('editorial', 'editor', 'ed')) then 'editorial'
      else if ($resp = 'author' or $note/@type = ('authorial', 'author')) then 'author'
      else 'note'"/>
  </xsl:function>

  <xsl:template name="te:note-anchor">
    <xsl:param name="node" as="element()"/>
    <xsl:param name="number" as="xs:integer"/>
    <xsl:if test="$number gt 0">
      <a class="note-ref note-ref-{te:note-kind($node)}" id="te-noteref-{$number}" href="#{te:note-id($node)}" role="doc-noteref"
         aria-label="Note {$number}" data-note="{te:note-id($node)}"><sup><xsl:value-of select="$number"/></sup></a>
    </xsl:if>
  </xsl:template>

  <xsl:template name="te:notes-section">
    <xsl:param name="notes" as="element()*"/>
    <xsl:if test="exists($notes)">
      <section id="te-notes" class="notes" aria-labelledby="te-notes-heading" role="doc-endnotes">
        <!-- Notes all of one kind are named once, in the heading; a note is labelled with its kind only among notes of several kinds. -->
        <xsl:variable name="kinds" select="distinct-values($notes ! te:note-kind(.))"/>
        <xsl:variable name="one-kind" select="if (count($kinds) = 1) then $kinds else ''"/>
        <h2 id="te-notes-heading"><xsl:value-of select="if ($one-kind = 'editorial') then 'Editorial notes' else if ($one-kind = 'translator') then 'Translator’s notes' else 'Notes'"/></h2>
        <ol class="note-list">
          <xsl:for-each select="$notes">
            <xsl:variable name="number" select="te:note-number(.)"/>
            <xsl:variable name="kind" select="te:note-kind(.)"/>
            <li id="{te:note-id(.)}" class="note note-{$kind}" value="{$number}">
              <xsl:sequence select="te:lang-attributes(.)"/>
              <xsl:if test="$kind = ('editorial', 'translator') and $one-kind eq ''">
                <span class="note-kind"><xsl:value-of select="if ($kind = 'translator') then 'Translator’s note' else 'Editorial note'"/></span>
                <xsl:text> </xsl:text>
              </xsl:if>
              <xsl:variable name="body" as="item()*">
                <xsl:call-template name="te:note-content"><xsl:with-param name="note" select="."/></xsl:call-template>
              </xsl:variable>
              <xsl:element name="{te:wrapper($body, 'span')}">
                <xsl:attribute name="class" select="'note-body'"/>
                <xsl:sequence select="$body"/>
              </xsl:element>
              <xsl:text> </xsl:text>
              <a class="note-back" href="#te-noteref-{$number}" role="doc-backlink" aria-label="Back to note reference {$number}">↩</a>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="te:remark">
    <xsl:param name="node" as="element()"/>
    <xsl:param name="resp-label" as="xs:string"/>
    <xsl:param name="content" as="item()*"/>
    <xsl:element name="{te:wrapper($content, 'span')}">
      <xsl:attribute name="class" select="te:classes(('remark', $node/@subtype ! ('remark-' || te:token(.))), ())"/>
      <xsl:sequence select="te:id-attribute($node), te:lang-attributes($node)"/>
      <xsl:attribute name="role" select="'note'"/>
      <xsl:attribute name="aria-label" select="if ($resp-label ne '') then 'Remark by ' || $resp-label || ', the author' else 'The author’s remark'"/>
      <xsl:attribute name="title" select="if ($resp-label ne '') then 'The author’s own remark (' || $resp-label || ')' else 'The author’s own remark'"/>
      <xsl:sequence select="$content"/>
    </xsl:element>
  </xsl:template>
</xsl:stylesheet>
