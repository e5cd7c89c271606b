// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract.html;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * What the extractor needs to know about a tag: block or inline, dropped with its subtree, a
 * heading, list item, table part, link, math. Also the per-element state bits kept by {@link
 * PageModel}, above the tag bits.
 */
final class HtmlTags {
  static final int BLOCK = 1;
  static final int DROP = 1 << 1;
  static final int HEADING = 1 << 2;
  static final int ITEM = 1 << 3;
  static final int LIST = 1 << 4;
  static final int TABLE = 1 << 5;
  static final int ROW = 1 << 6;
  static final int CELL = 1 << 7;
  static final int PRE = 1 << 8;
  static final int ANCHOR = 1 << 9;
  static final int BREAK = 1 << 10;
  static final int CUE_TAG = 1 << 11;
  static final int MATH = 1 << 12;
  static final int SCRIPT = 1 << 13;
  static final int NO_CUE = 1 << 14;
  static final int MAIN_TAG = 1 << 15;
  static final int HEADER = 1 << 16;
  static final int FOOTER = 1 << 17;
  static final int MAIN = 1 << 18;
  static final int FORM = 1 << 19;
  // element state bits, above the tag bits
  static final int CUED = 1 << 20;
  static final int HAS_BLOCK = 1 << 21;
  static final int LAYOUT = 1 << 22;
  static final int POSITIVE = 1 << 23;
  static final int HARD_CUE = 1 << 24;
  static final int COMMENT_CUE = 1 << 25;
  static final int WEAK_CUE = 1 << 26;
  static final int LOCK_CUE = 1 << 27;
  static final int FOOT_CUE = 1 << 28;
  static final int BOX_CUE = 1 << 29;
  // bit 30 is also VISIT_SKIP: that one lives in PageModel#visits, never in flags
  static final int REVIEW_CUE = 1 << 30;

  /**
   * A class token {@code hide}/{@code hidden} ({@link BoilerplateCues#HIDE}) or {@code
   * aria-hidden="true"} (not on an accordion or tab panel) on the element: left out of product
   * pages, where it hides data dumps, variant panels and carousel copies.
   */
  static final int HIDE_MARK = 1 << 31;

  /** In {@link PageModel#visits}: the element is skipped with its subtree. */
  static final int VISIT_SKIP = 1 << 30;

  /** The tag bits of a flags word. */
  static final int TAG_BITS = (1 << 20) - 1;

  private static final Map<String, Integer> TAGS = new HashMap<>();

  private static void tags(int flags, String names) {
    for (String t : names.split(" ")) {
      TAGS.merge(t, flags, (a, b) -> a | b);
    }
  }

  static {
    tags(
        BLOCK,
        "address article aside blockquote body center dd details dialog div dl dt fieldset"
            + " figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main"
            + " menu nav ol p pre section summary table tbody td tfoot th thead tr ul caption"
            + " legend");
    tags(
        DROP,
        "script style template svg canvas iframe object embed button select option"
            + " input textarea head link meta audio video map area label datalist param source"
            + " track title frameset frame applet");
    tags(HEADING, "h1 h2 h3 h4 h5 h6");
    tags(ITEM, "li dt dd");
    tags(LIST, "ul ol dl menu");
    tags(TABLE, "table");
    tags(ROW, "tr");
    tags(CELL, "td th");
    tags(PRE, "pre");
    tags(ANCHOR, "a");
    tags(BREAK, "br");
    tags(CUE_TAG, "nav aside footer header menu dialog noscript");
    tags(MATH, "math");
    tags(SCRIPT, "script");
    tags(NO_CUE, "html body");
    tags(MAIN_TAG, "main article");
    tags(HEADER, "header");
    tags(FOOTER, "footer");
    tags(MAIN, "main");
    tags(FORM, "form");
  }

  static int tagFlags(Element el) {
    Integer f = TAGS.get(el.normalName());
    if (f != null) {
      return f;
    }
    // custom elements (<my-card>) usually render as boxes; treat them as blocks so words
    // in neighbouring ones do not run together
    return el.normalName().indexOf('-') > 0 ? BLOCK : 0;
  }

  /** Whether {@code el} is skipped with its subtree (identical in both walks). */
  static boolean skipped(Element el, int tf) {
    if ((tf & DROP) != 0) {
      return true;
    }
    String name = el.normalName();
    if (name.startsWith("mjx-")
        && !name.equals("mjx-container")
        && !name.equals("mjx-assistive-mml")) {
      return true;
    }
    if (el.attributesSize() == 0) {
      return false;
    }
    String cls = el.className();
    if (el.hasAttr("hidden") && !el.id().startsWith("S:") && !isPanel(el, cls)) {
      // React streaming SSR parks finished content in <div hidden id="S:0"> until it is swapped
      // in; a closed accordion or tab panel is one click away
      return true;
    }
    if (!cls.isEmpty()) {
      if (cls.startsWith("MathJax")
          || cls.contains("katex-html")
          || cls.contains("sr-only")
          || cls.contains("screen-reader")
          || cls.contains("visually-hidden")) {
        return true;
      }
    }
    String style = el.attr("style");
    if (!style.isEmpty() && style.indexOf("none") >= 0) {
      String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
      if (s.contains("display:none") && !isPanel(el, cls) && !inMain(el)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Raw markup parsed as text: a {@code <noscript>} read with scripting on, or a stray {@code
   * <![CDATA[} that swallowed the rest of the page (browsers end it at the next {@code >}).
   */
  static boolean isMarkup(TextNode t) {
    if (t instanceof CDataNode) {
      return t.getWholeText().indexOf('<') >= 0;
    }
    Node p = t.parentNode();
    return p instanceof Element
        && ((Element) p).normalName().equals("noscript")
        && t.getWholeText().indexOf('<') >= 0;
  }

  /** TeX from {@code <script type="math/tex">}, or null if {@code el} is another script. */
  static String texScript(Element el) {
    String type = el.attr("type");
    if (!type.startsWith("math/tex")) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (Node c : el.childNodes()) {
      if (c instanceof DataNode) {
        sb.append(((DataNode) c).getWholeData());
      } else if (c instanceof TextNode) {
        sb.append(((TextNode) c).getWholeText());
      }
    }
    return sb.toString().trim();
  }

  /** TeX annotation of a MathML element if present, else its text. */
  static String mathText(Element math) {
    Element tex = math.selectFirst("annotation[encoding=application/x-tex]");
    if (tex != null) {
      return tex.wholeText().trim();
    }
    return math.text();
  }

  /**
   * Whether {@code el} is a child of the page's {@code <main>}: a page never hides its whole main
   * region, so a hidden wrapper there is a script's loading state (content locks, fade-ins).
   */
  private static boolean inMain(Element el) {
    Element p = el.parent();
    return p != null && (p.normalName().equals("main") || p.attr("role").equals("main"));
  }

  /** Whether {@code el}'s class ({@code cls}, read already) or its id names a panel. */
  static boolean isPanel(Element el, String cls) {
    return isPanel(cls) || isPanel(el.id());
  }

  /**
   * Whether a class names a collapsed accordion or tab panel ({@code "chakra-collapse"}, {@code
   * "accordion-content"}, {@code "tab-pane"}) or the folded answer of a question list ({@code
   * "faq__answer"}): its {@code display:none} is a closed state the reader opens with one click,
   * and product details, specifications, descriptions and FAQ answers live there. Ids are read the
   * same way: React and tab widgets name their panels only there ({@code
   * "react-collapsed-panel-:R4e5:"}, {@code "tabs-1-tabpanel-2"}).
   */
  static boolean isPanel(String cls) {
    int n = cls.length();
    int start = -1;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? cls.charAt(i) : ' ';
      boolean lower = c >= 'a' && c <= 'z';
      boolean upper = c >= 'A' && c <= 'Z';
      if (start >= 0 && !lower) {
        if (isPanelWord(cls, start, i)) {
          return true;
        }
        start = -1;
      }
      if (start < 0 && (lower || upper)) {
        start = i;
      }
    }
    return false;
  }

  private static boolean isPanelWord(String s, int from, int to) {
    switch (to - from) {
      case 3:
        return s.regionMatches(true, from, "tab", 0, 3);
      case 4:
        return s.regionMatches(true, from, "tabs", 0, 4);
      case 6:
        return s.regionMatches(true, from, "answer", 0, 6);
      case 8:
        return s.regionMatches(true, from, "collapse", 0, 8)
            || s.regionMatches(true, from, "tabpanel", 0, 8);
      case 9:
        return s.regionMatches(true, from, "accordion", 0, 9)
            || s.regionMatches(true, from, "collapsed", 0, 9);
      case 11:
        return s.regionMatches(true, from, "collapsible", 0, 11);
      default:
        return false;
    }
  }

  private HtmlTags() {}
}
