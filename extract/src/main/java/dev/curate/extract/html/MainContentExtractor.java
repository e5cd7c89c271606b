// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract.html;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

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
 * <noscript>} read as raw text) is parsed once more as HTML. A page with no main content gives
 * empty text, not its meta description; only a product page rendered by script (less than {@link
 * #THIN} chars of text) gets the {@code description} of its JSON-LD {@code Product} added.
 *
 * <p>Work is linear in the page size; the extractor holds no mutable state and is safe to share
 * between threads.
 */
public final class MainContentExtractor implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Shortest JSON-LD product description (chars) that stands in for an empty page. */
  private static final int DESCRIPTION_MIN = 100;

  /** Text (chars) below which a product page gets its JSON-LD description added. */
  private static final int THIN = 500;

  private final ExtractorOptions options;

  /**
   * @param options output options; never null
   */
  public MainContentExtractor(ExtractorOptions options) {
    this.options = Objects.requireNonNull(options, "options (use ExtractorOptions.defaults())");
  }

  /** Parses {@code html} (base URI {@code url}, may be null) and extracts its main content. */
  public ExtractedText extract(String html, String url) {
    return extract(parse(html, url));
  }

  /**
   * Parses a page for {@link #extract(Document)}: the contents of scripts, styles and SVGs, which
   * the extractor never reads, are skipped before the parse ({@link UnreadMarkupStripper}).
   */
  public static Document parse(String html, String url) {
    return Parser.htmlParser()
        .parseInput(
            UnreadMarkupStripper.reader(html == null ? "" : html), url == null ? "" : url);
  }

  /** Extracts the main content of a parsed page; {@code doc} is not modified. */
  public ExtractedText extract(Document doc) {
    Objects.requireNonNull(doc, "doc");
    String title = title(doc);
    Element root = doc.body() != null ? doc.body() : doc;
    Head head = Head.read(doc.head());
    PageModel page = PageModel.build(root, head.discussion, head.ogType.equals("article"));
    if (page.productDescription == null) {
      page.productDescription = head.productDescription;
    }
    // one or two products named: a product page; a listing names many. Shop themes that print no
    // structured data still name their product template on the body ("single-product")
    int marks = head.productMarks + page.productMarks;
    boolean product =
        head.ogType.endsWith("product")
            || (marks > 0 && marks <= 2)
            || head.productGroup
            || page.productGroup
            || (doc.body() != null && doc.body().hasClass("single-product"));
    String text = ContentSelector.mainText(page, title, options.format(), product);
    if (page.markup != null && page.markup.length() > 4 * text.length() + 1000) {
      // the page's markup was swallowed as text (stray CDATA, noscript): read it as HTML once
      PageModel inner =
          PageModel.build(
              Jsoup.parseBodyFragment(page.markup).body(), page.discussion, page.article);
      if (inner.markup == null) {
        String t = ContentSelector.mainText(inner, title, options.format(), product);
        if (t.length() > text.length()) {
          text = t;
        }
      }
    }
    if (product && text.length() < THIN) {
      // a product page whose body holds little text (a shop rendered by script, a React app that
      // keeps its copy in JSON): its JSON-LD description is the product text
      String d = productDescription(page);
      if (!d.isEmpty() && !text.contains(d.substring(0, Math.min(60, d.length())))) {
        text = text.isEmpty() ? d : d + "\n\n" + text;
      }
    }
    return new ExtractedText(title, text);
  }

  /** What the {@code <head>} says about the page: its schema.org data and {@code og:type}. */
  private static final class Head {
    int productMarks;
    boolean productGroup;
    String productDescription;
    boolean discussion;
    String ogType = "";

    static Head read(Element head) {
      Head h = new Head();
      if (head == null) {
        return h;
      }
      // JSON-LD scripts and meta tags are children of <head>: no need to search it
      for (Element e : head.children()) {
        String tag = e.normalName();
        if (tag.equals("script") && e.attr("type").equals("application/ld+json")) {
          String json = e.data();
          int k = StructuredData.marks(json);
          h.productMarks += k;
          if (k > 0 && h.productDescription == null) {
            h.productDescription = StructuredData.description(json);
          }
          h.discussion |= StructuredData.isDiscussion(json);
          h.productGroup |= StructuredData.isProductGroup(json);
        } else if (tag.equals("meta") && e.attr("property").equals("og:type")) {
          h.ogType = e.attr("content").trim().toLowerCase(Locale.ROOT);
        }
      }
      return h;
    }
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

  /**
   * The JSON-LD description of a product page whose body holds no main text (a shop rendered by
   * script), as plain text; "" if there is none or it is too short to stand as the page.
   */
  private static String productDescription(PageModel page) {
    String d = page.productDescription;
    if (d == null || d.length() < DESCRIPTION_MIN) {
      return "";
    }
    String text = d.indexOf('<') >= 0 ? Jsoup.parseBodyFragment(d).text() : d;
    text = clean(text);
    return text.length() < DESCRIPTION_MIN ? "" : text;
  }

  private static String clean(String s) {
    return s == null ? "" : PageModel.normalizeSpace(s);
  }
}
