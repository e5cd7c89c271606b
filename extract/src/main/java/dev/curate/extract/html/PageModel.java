// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract.html;

import static dev.curate.extract.html.HtmlTags.COMMENT_CUE;
import static dev.curate.extract.html.HtmlTags.CUED;
import static dev.curate.extract.html.HtmlTags.CUE_TAG;
import static dev.curate.extract.html.HtmlTags.FOOT_CUE;
import static dev.curate.extract.html.HtmlTags.HARD_CUE;
import static dev.curate.extract.html.HtmlTags.LOCK_CUE;
import static dev.curate.extract.html.HtmlTags.MAIN;
import static dev.curate.extract.html.HtmlTags.WEAK_CUE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * One page cut into measured elements and text blocks; built by two iterative walks.
 *
 * <p>Elements get dense pre-order ids, so {@code parent[i] < i} and the subtree of {@code i} is the
 * id range {@code [i, end[i])}: subtree sums are one backwards loop and "is inside" is two
 * comparisons. Both walks skip exactly the same nodes, so the ids agree between them.
 */
final class PageModel {
  /** Paragraph text outside comment threads above which comments are an article's, not a forum. */
  private static final int FORUM_MAX_OTHER = 2000;

  /** Link-poor text (chars) above which a weakly cued element is content, not a byline. */
  private static final int WEAK_KEEP = 100;

  /** Adjacent same-shape siblings that make a grid of cards, at least. */
  private static final int GRID_RUN = 8;

  /** Text (chars) of a grid card, at least. */
  private static final int GRID_TEXT = 20;

  // ---- block kinds ----
  static final int PARA = 0;
  static final int HEAD = 1;
  static final int LI = 2;
  static final int TR = 3;
  static final int CODE = 4;

  /** A run of text between block boundaries. */
  static final class Block {
    final int owner;
    final int kind;
    final int level;
    final int group;
    final int chars;
    final int linkChars;
    final String text;

    Block(int owner, int kind, int level, int group, int chars, int linkChars, String text) {
      this.owner = owner;
      this.kind = kind;
      this.level = level;
      this.group = group;
      this.chars = chars;
      this.linkChars = linkChars;
      this.text = text;
    }
  }

  // ---- per element, indexed by pre-order id ----
  int n;
  int[] parent = new int[256];
  int[] flags = new int[256];
  int[] end = new int[256];
  int[] textChars = new int[256];
  int[] linkChars = new int[256];
  int[] cueAnc = new int[256];

  /** Hash of each element's tag name and class attribute, to tell repeated siblings. */
  int[] shape = new int[256];
  final List<Block> blocks = new ArrayList<>();

  /**
   * Tag bits (plus {@code VISIT_SKIP}) of every element walk 1 visited, in visiting order, so walk
   * 2 repeats its decisions without looking at tags and attributes again.
   */
  int[] visits = new int[256];

  int visitCount;

  /** How many schema.org {@code Product} entities the body's JSON-LD and microdata name. */
  int productMarks;

  /** Whether the body's schema.org data names a {@code ProductGroup} (a product in variants). */
  boolean productGroup;

  /** Whether the page's schema.org data says it is a discussion thread or question page. */
  boolean discussion;

  /** Whether comment threads are the page's content (a forum or Q&amp;A thread). */
  boolean forum;

  /** Whether the page's {@code og:type} says it is an article, whose comments are not content. */
  boolean article;

  /** Whether element {@code j} is {@code i} or inside it (false for {@code j} = -1). */
  boolean holds(int i, int j) {
    return j >= i && j < end[i];
  }

  /** The {@code description} of the first JSON-LD {@code Product} in the body, or null. */
  String productDescription;

  /** A tab panel's state as the markup gives it: neither open nor closed. */
  static final int TAB_UNMARKED = 0;

  /** A tab panel marked open ({@code active}, {@code current}, {@code selected}, {@code show}). */
  static final int TAB_OPEN = 1;

  /** A tab panel marked closed ({@code hidden}, {@code display:none}, {@code aria-hidden}). */
  static final int TAB_CLOSED = 2;

  /**
   * The {@code role="tabpanel"} elements in page order, each as {@code id * 4 + state} (a {@code
   * TAB_} constant); {@link #tabPanelCount} of them are set. Rare, so kept as a list.
   */
  int[] tabPanels;

  int tabPanelCount;

  /**
   * The elements whose text is not a product's own text on a product page, in page order: boxes
   * whose class or id names fine print ({@link BoilerplateCues#FINE_PRINT}) and forms (a shop's buy
   * box); {@link #productChromeCount} of them are set.
   */
  int[] productChrome;

  int productChromeCount;

  void addProductChrome(int id) {
    productChrome = append(productChrome, productChromeCount++, id);
  }

  void addTabPanel(int id, int state) {
    tabPanels = append(tabPanels, tabPanelCount++, id * 4 + state);
  }

  /** {@code list} (null: none yet) with {@code value} at {@code count}, grown when full. */
  private static int[] append(int[] list, int count, int value) {
    if (list == null) {
      list = new int[8];
    } else if (count == list.length) {
      list = Arrays.copyOf(list, count * 2);
    }
    list[count] = value;
    return list;
  }

  /** The longest text node that holds raw markup, or null. */
  String markup;

  private PageModel() {}

  /**
   * Builds the model of the page under {@code root}; {@code discussion} and {@code article} are
   * what the page's head says it is (see the fields of those names).
   */
  static PageModel build(Element root, boolean discussion, boolean article) {
    PageModel m = new PageModel();
    m.discussion = discussion;
    m.article = article;
    NodeTraversor.filter(new MeasureWalk(m), root);
    SegmentWalk s = new SegmentWalk(m);
    NodeTraversor.filter(s, root);
    s.finish();
    m.settleCues();
    return m;
  }

  void visit(int code) {
    if (visitCount == visits.length) {
      visits = Arrays.copyOf(visits, visitCount * 2);
    }
    visits[visitCount++] = code;
  }

  void grow() {
    int cap = parent.length * 2;
    parent = Arrays.copyOf(parent, cap);
    flags = Arrays.copyOf(flags, cap);
    end = Arrays.copyOf(end, cap);
    textChars = Arrays.copyOf(textChars, cap);
    linkChars = Arrays.copyOf(linkChars, cap);
    cueAnc = Arrays.copyOf(cueAnc, cap);
    shape = Arrays.copyOf(shape, cap);
  }

  static int countChars(CharSequence s) {
    int c = 0;
    for (int i = 0, len = s.length(); i < len; i++) {
      if (!isSpace(s.charAt(i))) {
        c++;
      }
    }
    return c;
  }

  static boolean isSpace(char c) {
    return c == ' '
        || c == '\n'
        || c == '\t'
        || c == '\r'
        || c == '\f'
        || c == '\u00a0'
        || c == '\u200b'
        || (c >= '\u2000' && c <= '\u200a')
        || c == '\u202f'
        || c == '\u3000'
        || c == '\u000b';
  }

  static String normalizeSpace(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static String stripBlankLines(CharSequence s) {
    int b = 0;
    int e = s.length();
    // drop leading blank lines, keep leading indentation of the first text line
    int lineStart = 0;
    for (int i = 0; i < e; i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        lineStart = i + 1;
      } else if (!isSpace(c)) {
        b = lineStart;
        break;
      }
    }
    while (e > b && isSpace(s.charAt(e - 1))) {
      e--;
    }
    return s.subSequence(b, e).toString();
  }

  /**
   * Un-marks cues that the text contradicts, then sets each element's nearest cued ancestor.
   *
   * <ul>
   *   <li>The cards of a grid (eight or more alike siblings with text and a link) are content
   *       whatever their class says: {@code "subscription-eligible"} or {@code "badge--sponsored"}
   *       name a property of the item, not a newsletter box or an ad.
   *   <li>A class-cued wrapper holding the page's {@code <main>} is a layout box (Genesis themes'
   *       {@code "content-sidebar-wrap"}), even on a listing with no prose to outweigh it.
   *   <li>Comment threads are the page (forums, Q&amp;A) when its schema.org data says it is a
   *       discussion, or when they hold a third of the page's prose and of its text on a page with
   *       little other prose that does not call itself an article ({@code og:type}); a listing's
   *       linked items have no prose, but they are its text.
   *   <li>Comment threads beside an article body (at least {@link #FORUM_MAX_OTHER} chars of prose
   *       outside them) stay boilerplate however much prose they hold: a busy thread under a short
   *       post outweighs it without being the page.
   *   <li>A cued element holding most of the page's prose or text is the page: a wrapper named
   *       {@code "content-sidebar-wrap"}, a crawler-only page inside {@code <noscript>}. A {@code
   *       <footer>}, {@code <nav>} or {@code <aside>} with no prose stays boilerplate however much
   *       of the page it holds: on a shop rendered by script its link columns are all that is left.
   *   <li>Consent managers and modal pop-ups ({@code cookie}, {@code consent}, {@code modal},
   *       {@code role="alertdialog"}) stay boilerplate whatever they hold: their vendor and purpose
   *       texts can outweigh a short page.
   *   <li>A page footer ({@code <footer>}, {@code "footer"}) is un-marked only when it holds the
   *       page's {@code <h1>} or four fifths of the page's prose (a {@code <footer>} element: and
   *       of its text): footers carry site-wide testimonials and "about us" texts that outweigh a
   *       product description, and legal footnotes that outweigh the prose of a listing's cards.
   *   <li>A softly cued element that is mostly prose is content: Elementor's {@code "widget"}
   *       boxes, tabs and pop-up panels. Hard cues (cookie, share, related, ads) stay.
   *   <li>A weakly cued element ({@code widget}, {@code header}, {@code secondary}) holding more
   *       than a byline of link-poor text is content: page builders wrap every text box in a {@code
   *       "widget-container"}.
   * </ul>
   */
  private void settleCues() {
    if (n == 0) {
      return;
    }
    int[] good = new int[n];
    for (Block b : blocks) {
      if (b.owner >= 0 && isParagraph(b)) {
        good[b.owner] += b.chars;
      }
    }
    for (int i = n - 1; i > 0; i--) {
      good[parent[i]] += good[i];
    }
    int total = good[0];
    // the page title: a footer holding it is a page wrapper, not the page's footer
    int h1 = -1;
    for (Block b : blocks) {
      if (b.kind == HEAD && b.level == 1 && b.owner >= 0) {
        h1 = b.owner;
        break;
      }
    }
    int commentGood = 0;
    int commentText = 0;
    for (int i = 0; i < n; i++) {
      if ((flags[i] & COMMENT_CUE) != 0) {
        commentGood += good[i];
        commentText += textChars[i];
        i = end[i] - 1;
      }
    }
    boolean[] card = cards();
    // the elements holding the page's <main>
    boolean[] holdsMain = new boolean[n];
    for (int i = n - 1; i > 0; i--) {
      if (holdsMain[i] || (flags[i] & MAIN) != 0) {
        holdsMain[i] = true;
        holdsMain[parent[i]] = true;
      }
    }
    forum =
        discussion
            || (!article
                && commentGood * 3 >= total
                && commentText * 3 >= textChars[0]
                && commentGood > 0
                && total - commentGood < FORUM_MAX_OTHER);
    for (int i = 0; i < n; i++) {
      if (forum && (flags[i] & COMMENT_CUE) != 0) {
        flags[i] &= ~CUED;
      }
      int f = flags[i];
      if (card[i] && (f & (LOCK_CUE | COMMENT_CUE)) == 0) {
        // one of a grid of item cards: its cue word names an item's property
        // ("subscription-eligible", "product-card--promo"), not page chrome
        flags[i] &= ~CUED;
      } else if ((f & CUED) != 0
          && (f & LOCK_CUE) == 0
          && !((f & COMMENT_CUE) != 0 && total - commentGood >= FORUM_MAX_OTHER)
          && ((f & FOOT_CUE) == 0
              || (good[i] * 5 > total * 4
                  && ((f & HtmlTags.FOOTER) == 0 || textChars[i] * 5 > textChars[0] * 4))
              || holds(i, h1))
          && ((good[i] * 2 > total && good[i] > 200)
              || (holdsMain[i] && (f & CUE_TAG) == 0)
              || (textChars[i] * 10 > textChars[0] * 6
                  && (good[i] > 0 || (f & CUE_TAG) == 0))
              || ((f & HARD_CUE) == 0 && good[i] * 2 > textChars[i] && good[i] >= 400)
              || ((f & WEAK_CUE) != 0
                  && textChars[i] >= WEAK_KEEP
                  && linkChars[i] * 4 < textChars[i]))) {
        flags[i] &= ~CUED;
      }
      int p = parent[i];
      cueAnc[i] = (flags[i] & CUED) != 0 ? i : (p >= 0 ? cueAnc[p] : -1);
    }
  }

  /**
   * Marks the elements that are one of at least {@link #GRID_RUN} adjacent siblings of the same tag
   * and class, each holding some text and a link: the cards of a product grid or a listing. (Runs
   * without links are not cards: footnote disclaimers, documentation sections.)
   */
  private boolean[] cards() {
    int[] lastChild = new int[n];
    Arrays.fill(lastChild, -1);
    int[] runStart = new int[n];
    int[] runLen = new int[n];
    for (int i = 1; i < n; i++) {
      int p = parent[i];
      int j = lastChild[p];
      lastChild[p] = i;
      if (textChars[i] < GRID_TEXT || linkChars[i] == 0) {
        runStart[i] = -1;
        continue;
      }
      int start = j >= 0 && runStart[j] >= 0 && shape[j] == shape[i] ? runStart[j] : i;
      runStart[i] = start;
      runLen[start]++;
    }
    boolean[] card = new boolean[n];
    for (int i = 1; i < n; i++) {
      // so is a wrapper holding (nearly) all of a card's text
      card[i] =
          (runStart[i] >= 0 && runLen[runStart[i]] >= GRID_RUN)
              || (card[parent[i]] && textChars[i] * 10 >= textChars[parent[i]] * 9);
    }
    return card;
  }

  /** A long, link-poor block: prose. */
  static boolean isParagraph(Block b) {
    return b.chars >= 80 && b.linkChars * 3 < b.chars;
  }
}
