// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract.html;

import static dev.curate.extract.html.HtmlTags.ANCHOR;
import static dev.curate.extract.html.HtmlTags.BLOCK;
import static dev.curate.extract.html.HtmlTags.BOX_CUE;
import static dev.curate.extract.html.HtmlTags.CELL;
import static dev.curate.extract.html.HtmlTags.COMMENT_CUE;
import static dev.curate.extract.html.HtmlTags.CUED;
import static dev.curate.extract.html.HtmlTags.CUE_TAG;
import static dev.curate.extract.html.HtmlTags.FOOTER;
import static dev.curate.extract.html.HtmlTags.FOOT_CUE;
import static dev.curate.extract.html.HtmlTags.HARD_CUE;
import static dev.curate.extract.html.HtmlTags.HAS_BLOCK;
import static dev.curate.extract.html.HtmlTags.HEADER;
import static dev.curate.extract.html.HtmlTags.HIDE_MARK;
import static dev.curate.extract.html.HtmlTags.LAYOUT;
import static dev.curate.extract.html.HtmlTags.LOCK_CUE;
import static dev.curate.extract.html.HtmlTags.MAIN_TAG;
import static dev.curate.extract.html.HtmlTags.MATH;
import static dev.curate.extract.html.HtmlTags.NO_CUE;
import static dev.curate.extract.html.HtmlTags.POSITIVE;
import static dev.curate.extract.html.HtmlTags.REVIEW_CUE;
import static dev.curate.extract.html.HtmlTags.ROW;
import static dev.curate.extract.html.HtmlTags.SCRIPT;
import static dev.curate.extract.html.HtmlTags.TABLE;
import static dev.curate.extract.html.HtmlTags.VISIT_SKIP;
import static dev.curate.extract.html.HtmlTags.WEAK_CUE;
import static dev.curate.extract.html.HtmlTags.isMarkup;
import static dev.curate.extract.html.HtmlTags.mathText;
import static dev.curate.extract.html.HtmlTags.skipped;
import static dev.curate.extract.html.HtmlTags.tagFlags;
import static dev.curate.extract.html.HtmlTags.texScript;
import static dev.curate.extract.html.PageModel.countChars;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Walk 1 over a page: gives each kept element a pre-order id and measures it bottom-up (text and
 * link characters, whether it holds blocks, table layout) and reads its class/id/role cues.
 */
final class MeasureWalk implements NodeFilter {
  private final PageModel m;
  private int top = -1;
  private int anchors;

  /** Open {@code <main>} and {@code <article>} elements. */
  private int contentTags;

  private final Map<String, Integer> cueCache = new HashMap<>();

  MeasureWalk(PageModel m) {
    this.m = m;
  }

  private void addText(int chars) {
    if (top >= 0) {
      m.textChars[top] += chars;
      if (anchors > 0) {
        m.linkChars[top] += chars;
      }
    }
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode) {
      TextNode t = (TextNode) node;
      if (!isMarkup(t)) {
        addText(countChars(t.getWholeText()));
      } else if (m.markup == null || m.markup.length() < t.getWholeText().length()) {
        m.markup = t.getWholeText();
      }
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    Element el = (Element) node;
    PageModel m = this.m;
    int tf = tagFlags(el);
    if ((tf & SCRIPT) != 0) {
      m.visit(tf);
      String tex = texScript(el);
      if (tex != null) {
        addText(countChars(tex));
      } else if (el.attr("type").equals("application/ld+json")) {
        String json = el.data();
        int marks = StructuredData.marks(json);
        m.productMarks += marks;
        m.productGroup |= StructuredData.isProductGroup(json);
        if (marks > 0 && m.productDescription == null) {
          m.productDescription = StructuredData.description(json);
        }
        if (StructuredData.isDiscussion(json)) {
          m.discussion = true;
        }
      }
      return FilterResult.SKIP_ENTIRELY;
    }
    if ((tf & MATH) != 0) {
      m.visit(tf);
      addText(countChars(mathText(el)));
      return FilterResult.SKIP_ENTIRELY;
    }
    if (skipped(el, tf)) {
      m.visit(tf | VISIT_SKIP);
      return FilterResult.SKIP_ENTIRELY;
    }
    m.visit(tf);
    if (m.n == m.parent.length) {
      m.grow();
    }
    int id = m.n++;
    m.parent[id] = top;
    int f = tf;
    int shape = el.normalName().hashCode();
    if ((tf & NO_CUE) == 0) {
      int cue = 0;
      if (el.attributesSize() > 0) {
        String cls = el.attr("class");
        shape = shape * 31 + cls.hashCode();
        if (!cls.isEmpty()) {
          cue |= scan(cls);
        }
        String idAttr = el.attr("id");
        if (!idAttr.isEmpty()) {
          cue |= scan(idAttr) & ~BoilerplateCues.HIDE;
        }
        String role = el.attr("role");
        if (!role.isEmpty()) {
          if (role.equals("tabpanel")) {
            m.addTabPanel(id, tabState(el, cls));
          }
          cue |= BoilerplateCues.role(role);
          if (role.equals("dialog") && el.attr("aria-modal").equals("true")) {
            // a modal pop-up (consent, newsletter, menu), not a drawer holding page text
            cue |= BoilerplateCues.HARD | BoilerplateCues.LOCK;
          }
        }
        String itemtype = el.attr("itemtype");
        if (!itemtype.isEmpty()) {
          if (itemtype.endsWith("/Product")) {
            m.productMarks++;
          } else if (itemtype.endsWith("/ProductGroup")) {
            m.productGroup = true;
          } else if (StructuredData.isDiscussion(itemtype)) {
            m.discussion = true;
          }
        }
      }
      // a <header> inside <main> or an <article> heads that content (title, byline), not the page
      if ((tf & CUE_TAG) != 0 && ((tf & HEADER) == 0 || contentTags == 0)) {
        cue |= BoilerplateCues.STRONG;
      }
      if ((tf & MAIN_TAG) != 0) {
        cue |= BoilerplateCues.POSITIVE;
      }
      if ((cue & BoilerplateCues.FINE_PRINT) != 0 || (tf & HtmlTags.FORM) != 0) {
        m.addProductChrome(id);
      }
      if ((cue & BoilerplateCues.REVIEW) != 0) {
        f |= REVIEW_CUE;
      }
      if ((cue & BoilerplateCues.HIDE) != 0 || ariaHidden(el)) {
        f |= HIDE_MARK;
      }
      boolean box =
          (cue & (BoilerplateCues.BOX | BoilerplateCues.STRONG)) == BoilerplateCues.BOX
              || (cue & BoilerplateCues.FIELD) != 0;
      if ((cue & BoilerplateCues.BANNER) != 0) {
        cue |= BoilerplateCues.STRONG;
      }
      if ((tf & (TABLE | ROW | CELL)) != 0 && (cue & BoilerplateCues.STRONG) == 0) {
        // a table is data, never a page header or widget ("wikitable sticky-header")
        cue &= ~BoilerplateCues.WEAK;
      }
      if (BoilerplateCues.isBoilerplate(cue)) {
        f |= CUED;
        if ((cue & BoilerplateCues.HARD) != 0) {
          f |= HARD_CUE;
        }
        if ((cue & BoilerplateCues.LOCK) != 0) {
          f |= LOCK_CUE;
        }
        if ((cue & BoilerplateCues.FOOT) != 0 || (tf & FOOTER) != 0) {
          f |= FOOT_CUE;
        }
        if (box) {
          f |= BOX_CUE;
        }
        if ((cue & BoilerplateCues.STRONG) == 0) {
          f |= WEAK_CUE;
        }
      } else if ((cue & BoilerplateCues.COMMENT) != 0) {
        f |= CUED | COMMENT_CUE;
      } else if ((cue & BoilerplateCues.POSITIVE) != 0) {
        f |= POSITIVE;
      }
    }
    m.flags[id] = f;
    m.shape[id] = shape;
    m.textChars[id] = 0;
    m.linkChars[id] = 0;
    if ((tf & ANCHOR) != 0) {
      anchors++;
    }
    if ((tf & MAIN_TAG) != 0) {
      contentTags++;
    }
    top = id;
    return FilterResult.CONTINUE;
  }

  /**
   * Whether {@code el} says {@code aria-hidden="true"} and is not a closed accordion or tab panel
   * (those open with one click, see {@link HtmlTags#isPanel}).
   */
  private static boolean ariaHidden(Element el) {
    return el.attributesSize() > 0
        && el.attr("aria-hidden").equals("true")
        && !HtmlTags.isPanel(el, el.className());
  }

  /**
   * Whether a tab panel is marked open (a class naming its state: {@code active}, {@code current},
   * {@code selected}, {@code show}, Bootstrap's {@code in}) or closed ({@code hidden}, {@code
   * display:none}, {@code aria-hidden="true"}); see {@link PageModel#tabPanels}.
   */
  private static int tabState(Element el, String cls) {
    if (el.hasAttr("hidden")
        || el.attr("aria-hidden").equals("true")
        || el.attr("style").replace(" ", "").contains("display:none")) {
      return PageModel.TAB_CLOSED;
    }
    if (cls.contains("active")
        || cls.contains("current")
        || cls.contains("selected")
        || cls.contains("show")
        || cls.contains(" in ")
        || cls.endsWith(" in")) {
      return PageModel.TAB_OPEN;
    }
    return PageModel.TAB_UNMARKED;
  }

  /** Cue flags of a class or id value; pages repeat their class strings, so each is split once. */
  private int scan(String value) {
    Integer cached = cueCache.get(value);
    if (cached == null) {
      cached = BoilerplateCues.scan(value);
      cueCache.put(value, cached);
    }
    return cached;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (!(node instanceof Element)) {
      return FilterResult.CONTINUE;
    }
    PageModel m = this.m;
    int id = top;
    int f = m.flags[id];
    if ((f & ANCHOR) != 0) {
      anchors--;
    }
    if ((f & MAIN_TAG) != 0) {
      contentTags--;
    }
    m.end[id] = m.n;
    int p = m.parent[id];
    top = p;
    if (p >= 0) {
      m.textChars[p] += m.textChars[id];
      m.linkChars[p] += m.linkChars[id];
      if ((f & (BLOCK | HAS_BLOCK)) != 0) {
        m.flags[p] |= HAS_BLOCK;
      }
      // a cell holding blocks with real text, or a nested table, is page layout
      if ((f & CELL) != 0 && (f & HAS_BLOCK) != 0 && m.textChars[id] > 150) {
        f |= LAYOUT;
      }
      if ((f & (LAYOUT | TABLE)) != 0 && (m.flags[p] & TABLE) == 0) {
        m.flags[p] |= LAYOUT;
      }
      m.flags[id] = f;
    }
    return FilterResult.CONTINUE;
  }
}
