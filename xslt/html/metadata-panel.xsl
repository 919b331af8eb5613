<?xml version="1.0" encoding="UTF-8"?>
<!--
  "About this document": what the teiHeader says, for a reader: author, date
  and place, the archive with every call number (and what kind of number it
  is), who obtained and who translated it, the other responsibilities, the
  funder, the source publication, languages, summary, keywords and rights.
  Plain facts come from te:metadata(); the rights statement is rendered
  through the meaning layer, so that its links are made safe and a gap in it
  is shown as a gap.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- Human words for idno and altIdentifier types met in archival headers. -->
  <xsl:function name="te:number-label" as="xs:string">
    <xsl:param name="type" as="xs:string"/>
    <xsl:variable name="t" select="lower-case($type)"/>
    <xsl:sequence select="
      if ($t = ('callnumber', 'shelfmark', 'signature')) then 'call number'
      else if ($t = 'citation') then 'as cited by the publisher'
      else if ($t = 'additional') then 'additional number'
      else if ($t = 'typescript') then 'typescript number'
      else if ($t = ('attachmentto', 'attachment')) then 'attachment to'
      else if ($t = 'former') then 'former number'
      else if ($t = '') then ''
      else replace(replace($type, '([a-z])([A-Z])', '$1 $2'), '[_-]+', ' ') ! lower-case(.)"/>
  </xsl:function>

  <xsl:template name="te:metadata-panel">
    <xsl:param name="metadata" as="map(*)"/>
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="header" select="$tei/teiHeader"/>
    <xsl:variable name="call-numbers" select="if ($tei/self::TEI) then te:call-numbers($tei) else ()"/>
    <xsl:variable name="other-resps" select="array:flatten($metadata?responsibilities)[not(matches(?resp, 'obtain|transl', 'i'))]" xmlns:array="http://www.w3.org/2005/xpath-functions/array"/>
    <section id="te-about" class="panel metadata" aria-labelledby="te-about-heading">
      <h2 id="te-about-heading">About this document</h2>
      <dl class="facts">
        <xsl:call-template name="te:fact"><xsl:with-param name="label" select="'Title'"/><xsl:with-param name="values" select="$metadata?title"/></xsl:call-template>
        <xsl:call-template name="te:fact"><xsl:with-param name="label" select="'Author'"/><xsl:with-param name="values" select="$metadata?authors"/></xsl:call-template>
        <xsl:if test="exists($metadata?date)">
          <dt>Date</dt>
          <dd>
            <xsl:choose>
              <xsl:when test="matches($metadata?date-iso, '^-?[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$')"><time datetime="{$metadata?date-iso}"><xsl:value-of select="$metadata?date"/></time></xsl:when>
              <xsl:otherwise><xsl:value-of select="$metadata?date"/></xsl:otherwise>
            </xsl:choose>
          </dd>
        </xsl:if>
        <xsl:call-template name="te:fact"><xsl:with-param name="label" select="'Place'"/><xsl:with-param name="values" select="$metadata?place"/></xsl:call-template>
        <xsl:call-template name="te:fact">
          <xsl:with-param name="label" select="'Archive'"/>
          <xsl:with-param name="values" select="string-join(($metadata?repository, $metadata?settlement), ', ')[. ne '']"/>
        </xsl:call-template>
        <xsl:if test="exists($call-numbers)">
          <dt>Call numbers</dt>
          <dd>
            <ul class="call-numbers">
              <xsl:for-each select="$call-numbers">
                <li>
                  <span class="archival-mark"><xsl:value-of select="?value"/></span>
                  <xsl:variable name="label" select="string-join(distinct-values((te:number-label(?label), te:number-label(?type))[. ne ''])[not(. = 'call number' and position() gt 1)], ', ')"/>
                  <xsl:if test="$label ne ''"><xsl:text> </xsl:text><span class="fact-kind">(<xsl:value-of select="$label"/>)</span></xsl:if>
                  <xsl:if test="?note ne ''"><span class="fact-note"><xsl:value-of select="?note"/></span></xsl:if>
                </li>
              </xsl:for-each>
            </ul>
          </dd>
        </xsl:if>
        <xsl:call-template name="te:fact"><xsl:with-param name="label" select="'Other numbers'"/><xsl:with-param name="values" select="$metadata?other-numbers"/></xsl:call-template>
        <xsl:call-template name="te:fact"><xsl:with-param name="label" select="'Obtained by'"/><xsl:with-param name="values" select="$metadata?obtained-by"/></xsl:call-template>
        <xsl:call-template name="te:fact"><xsl:with-param name="label" select="'Translated by'"/><xsl:with-param name="values" select="$metadata?translated-by"/></xsl:call-template>
        <xsl:for-each select="$other-resps[exists(?names)]">
          <dt><xsl:value-of select="upper-case(substring(?resp, 1, 1)) || substring(?resp, 2)"/></dt>
          <dd><xsl:value-of select="string-join(?names, '; ')"/></dd>
        </xsl:for-each>
        <xsl:call-template name="te:fact"><xsl:with-param name="label" select="'Editors'"/><xsl:with-param name="values" select="$metadata?editors"/></xsl:call-template>
        <xsl:call-template name="te:fact"><xsl:with-param name="label" select="'Funder'"/><xsl:with-param name="values" select="$metadata?funders"/></xsl:call-template>
        <xsl:call-template name="te:fact">
          <xsl:with-param name="label" select="'Published in'"/>
          <xsl:with-param name="values" select="te:source-summary($header)"/>
        </xsl:call-template>
        <xsl:call-template name="te:fact"><xsl:with-param name="label" select="'Languages'"/><xsl:with-param name="values" select="$metadata?languages-statement"/></xsl:call-template>
        <xsl:call-template name="te:fact"><xsl:with-param name="label" select="'Funding'"/><xsl:with-param name="values" select="$metadata?funding"/></xsl:call-template>
        <xsl:call-template name="te:fact">
          <xsl:with-param name="label" select="'Physical description'"/>
          <xsl:with-param name="values" select="$metadata?physical"/>
        </xsl:call-template>
        <xsl:for-each select="$metadata?settings">
          <xsl:call-template name="te:fact">
            <xsl:with-param name="label" select="if (position() = 1) then 'Setting' else 'Setting (' || position() || ')'"/>
            <xsl:with-param name="values" select="."/>
          </xsl:call-template>
        </xsl:for-each>
      </dl>
      <xsl:if test="exists($metadata?summary)">
        <h3 id="te-summary">Summary</h3>
        <xsl:for-each select="$metadata?summary"><p class="summary"><xsl:value-of select="."/></p></xsl:for-each>
      </xsl:if>
      <xsl:if test="exists($metadata?keywords)">
        <!-- Keywords an encoder assigned (keywords/@resp) are said to be theirs, not the source's or the archive's. -->
        <h3 id="te-keywords">Keywords<xsl:if test="exists($metadata?keywords-by)"> (assigned by <xsl:value-of select="string-join($metadata?keywords-by, ' and ')"/>)</xsl:if></h3>
        <ul class="keywords">
          <xsl:for-each select="$metadata?keywords"><li><xsl:value-of select="."/></li></xsl:for-each>
        </ul>
      </xsl:if>
      <!-- The statement of editorial method (editorialDecl, and what was kept and left out: samplingDecl), closed until asked for. -->
      <xsl:variable name="method" select="$header/encodingDesc/(samplingDecl, editorialDecl)"/>
      <xsl:if test="exists($method//(p, ab))">
        <details class="method" id="te-method">
          <summary>Editorial method</summary>
          <xsl:apply-templates select="$method//(p, ab)"/>
        </details>
      </xsl:if>
      <xsl:variable name="availability" select="$header/fileDesc/publicationStmt/availability"/>
      <xsl:if test="exists($availability)">
        <h3 id="te-rights">Rights</h3>
        <div class="rights">
          <xsl:apply-templates select="$availability/(p, licence, ab)"/>
          <xsl:if test="normalize-space($metadata?licence) ne '' and empty($availability/licence[normalize-space(.) ne ''])">
            <xsl:variable name="licence" select="te:safe-url($metadata?licence)"/>
            <xsl:if test="$licence ne ''"><p><a href="{$licence}" rel="license noopener noreferrer"><xsl:value-of select="$licence"/></a></p></xsl:if>
          </xsl:if>
        </div>
      </xsl:if>
    </section>
  </xsl:template>

  <!-- One dt/dd pair, written only when there is something to say. -->
  <xsl:template name="te:fact">
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="values" as="xs:string*"/>
    <xsl:variable name="present" select="$values[normalize-space(.) ne '']"/>
    <xsl:if test="exists($present)">
      <dt><xsl:value-of select="$label"/></dt>
      <dd><xsl:value-of select="string-join($present, '; ')"/></dd>
    </xsl:if>
  </xsl:template>

  <!-- Where the source was published: the title of its collection or publication and its publisher, else its bibl's text. -->
  <xsl:function name="te:source-summary" as="xs:string?">
    <xsl:param name="header" as="element()?"/>
    <xsl:variable name="bibl" select="($header/fileDesc/sourceDesc/(bibl, biblStruct))[1]"/>
    <xsl:variable name="container" select="te:strings($bibl//title[@level = ('m', 'j', 's')])[1]"/>
    <xsl:variable name="publisher" select="te:strings($bibl//publisher)[1]"/>
    <xsl:sequence select="
      if ($container or $publisher) then string-join(($container, $publisher ! ('(' || . || ')')), ' ')
      else if ($bibl and empty($bibl/*)) then normalize-space($bibl)
      else ()"/>
  </xsl:function>

  <!-- A licence in the rights statement: its text, linked when its @target is a safe URL. -->
  <xsl:template match="licence">
    <xsl:variable name="target" select="te:safe-url(@target)"/>
    <div class="licence">
      <xsl:choose>
        <xsl:when test="$target ne '' and normalize-space(.) = ''"><a href="{$target}" rel="license noopener noreferrer"><xsl:value-of select="$target"/></a></xsl:when>
        <xsl:when test="$target ne '' and empty(p)"><a href="{$target}" rel="license noopener noreferrer"><xsl:apply-templates/></a></xsl:when>
        <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
      </xsl:choose>
    </div>
  </xsl:template>
</xsl:stylesheet>
