<?xml version="1.0" encoding="utf-8"?>
<!-- Shows any of the archive's Atom feeds as a page when opened in a browser; feed readers
     ignore it. Text only: entry content (escaped HTML) is not rendered, the summary is. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:atom="http://www.w3.org/2005/Atom" exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="utf-8" doctype-system="about:legacy-compat"/>
  <xsl:template match="/atom:feed">
    <html lang="id">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="atom:title"/> (feed)</title>
        <style>
          body { font-family: system-ui, sans-serif; line-height: 1.5; color: #1d2329; max-width: 48rem; margin: 0 auto; padding: 0 1rem 2rem; overflow-wrap: anywhere; }
          .about { background: #eef4fb; border-left: 4px solid #0b5cad; padding: 0.6rem 0.9rem; }
          .about code { background: #fff; padding: 0 0.2em; }
          ul.feed-entries { list-style: none; padding: 0; }
          ul.feed-entries li { border-top: 1px solid #e3e7ea; padding: 0.8rem 0; }
          ul.feed-entries h2 { font-size: 1.1rem; margin: 0 0 0.2rem; }
          .meta { color: #5b6670; font-size: 0.9rem; margin: 0; }
          a { color: #0b5cad; }
        </style>
      </head>
      <body>
        <h1><xsl:value-of select="atom:title"/></h1>
        <div class="about">
          <p>Ini adalah feed Atom. Salin alamatnya ke pembaca feed untuk mengikuti pembaruan:
            <code><xsl:value-of select="atom:link[@rel='self']/@href"/></code></p>
          <p lang="en">This is an Atom feed: paste its address into a feed reader to follow it.</p>
          <p><a href="{atom:link[@rel='alternate']/@href}">Lihat di arsip <span lang="en">(open in the archive)</span></a></p>
        </div>
        <ul class="feed-entries">
          <xsl:for-each select="atom:entry">
            <li>
              <h2><a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="atom:title"/></a></h2>
              <p class="meta"><xsl:value-of select="atom:author/atom:name"/> · <xsl:value-of select="substring(atom:updated, 1, 10)"/></p>
              <p><xsl:value-of select="atom:summary"/></p>
            </li>
          </xsl:for-each>
        </ul>
        <xsl:if test="not(atom:entry)"><p>Belum ada entri. <span lang="en">No entries yet.</span></p></xsl:if>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
