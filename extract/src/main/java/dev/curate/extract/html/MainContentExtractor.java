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
 * (text and link characters, class/id/role cues) and once to cut it into text blocks (paragraphs,
 * headings, list items, table rows, {@code <pre>} blocks). Each block gets a weight: long, link-poor
 * text outside boilerplate counts for the block; link-dense text and text under boilerplate cues
 * counts against it. Weights are summed up the tree and the element with the largest sum is the main
 * content container, the tree analogue of the maximum-sum segment used by BTE (Finn et al. 2001,
 * "Fact or fiction: Content classification for digital libraries"). Inside it, blocks under a
 * boilerplate cue and link lists are pruned (the precision-first stance of trafilatura, Barbaresi
 * 2021, https://aclanthology.org/2021.acl-demo.15).
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
