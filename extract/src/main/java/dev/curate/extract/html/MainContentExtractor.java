// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract.html;

import java.io.Serializable;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Keeps the main content of an HTML page (article text, posts, documentation, product and listing
 * text) and drops boilerplate (navigation, headers, footers, sidebars, cookie banners, comments,
 * related links, share bars, ads).
 *
 * <p>The page is walked twice without recursion ({@link PageModel}): once to measure each element
 * (text and link characters, class/id/role cues, {@link BoilerplateCues}) and once to cut it into
 * text blocks (paragraphs, headings, list items, table rows, {@code <pre>} blocks). {@link
 * ContentSelector} then weighs the blocks, picks the element with the largest summed weight as the
 * main-content container and prunes boilerplate inside it; a page with little prose is re-read as a
 * listing that keeps its link text. Math keeps its TeX source ({@code <script type="math/tex">},
 * KaTeX/MathML {@code application/x-tex} annotations) or else the MathML text.
 *
 * <p><b>NOTE</b>: markup that the parser swallowed as text (a stray {@code <![CDATA[}, a {@code
 * <noscript>} read as raw text) is parsed once more as HTML; a page with no text at all falls back
 * to its {@code og:description}/{@code description} meta tag.
 *
 * <p>Work is linear in the page size; the extractor holds no mutable state and is safe to share
 * between threads.
 */
public final class MainContentExtractor implements Serializable {
  private static final long serialVersionUID = 1L;

  private final ExtractorOptions options;

  /**
   * @param options output options; never null
   */
  public MainContentExtractor(ExtractorOptions options) {
    this.options = Objects.requireNonNull(options, "options (use ExtractorOptions.defaults())");
  }

  /** Parses {@code html} (base URI {@code url}, may be null) and extracts its main content. */
  public ExtractedText extract(String html, String url) {
    Document doc = Jsoup.parse(html == null ? "" : html, url == null ? "" : url);
    return extract(doc);
  }

  /** Extracts the main content of a parsed page; {@code doc} is not modified. */
  public ExtractedText extract(Document doc) {
    Objects.requireNonNull(doc, "doc");
    String title = title(doc);
    Element root = doc.body() != null ? doc.body() : doc;
    PageModel page = PageModel.build(root);
    String text = ContentSelector.mainText(page, title, options.format());
    if (page.markup != null && page.markup.length() > 4 * text.length() + 1000) {
      // the page's markup was swallowed as text (stray CDATA, noscript): read it as HTML once
      PageModel inner = PageModel.build(Jsoup.parseBodyFragment(page.markup).body());
      if (inner.markup == null) {
        String t = ContentSelector.mainText(inner, title, options.format());
        if (t.length() > text.length()) {
          text = t;
        }
      }
    }
    if (text.isEmpty()) {
      // pages rendered by script (Discourse, some shops) often carry their text only here
      text = description(doc);
    }
    return new ExtractedText(title, text);
  }

  private static String title(Document doc) {
    Element head = doc.head();
    String t = head == null ? "" : clean(doc.title());
    if (!t.isEmpty()) {
      return t;
    }
    if (head != null) {
      Element og = head.selectFirst("meta[property=og:title]");
      if (og != null) {
        t = clean(og.attr("content"));
        if (!t.isEmpty()) {
          return t;
        }
      }
    }
    Element h1 = doc.selectFirst("h1");
    if (h1 != null) {
      t = clean(h1.text());
      if (!t.isEmpty()) {
        return t;
      }
    }
    return null;
  }

  private static String description(Document doc) {
    Element head = doc.head();
    if (head == null) {
      return "";
    }
    Element meta = head.selectFirst("meta[property=og:description], meta[name=description]");
    return meta == null ? "" : clean(meta.attr("content"));
  }

  private static String clean(String s) {
    return s == null ? "" : PageModel.normalizeSpace(s);
  }
}
