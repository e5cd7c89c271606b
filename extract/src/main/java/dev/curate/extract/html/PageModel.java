// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * One page cut into measured elements and text blocks; built by two iterative walks.
 *
 * <p>Elements get dense pre-order ids, so {@code parent[i] < i} and the subtree of {@code i} is the
 * id range {@code [i, end[i])}: subtree sums are one backwards loop and "is inside" is two
 * comparisons. Both walks skip exactly the same nodes, so the ids agree between them.
 */
final class PageModel {
  // ---- tag table ----
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
  // element state bits, above the tag bits
  static final int CUED = 1 << 20;
  static final int HAS_BLOCK = 1 << 21;
  static final int LAYOUT = 1 << 22;
  static final int POSITIVE = 1 << 23;
  static final int HARD_CUE = 1 << 24;
  static final int COMMENT_CUE = 1 << 25;

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
  }

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
  static final boolean DEBUG = Boolean.getBoolean("curate.extract.debug");

  int n;
  int[] parent = new int[256];
  int[] flags = new int[256];
  int[] end = new int[256];
  int[] textChars = new int[256];
  int[] linkChars = new int[256];
  int[] cueAnc = new int[256];
  final List<Block> blocks = new ArrayList<>();
  final List<Element> debugElements = new ArrayList<>();
  /** The longest text node that holds raw markup, or null. */
  String markup;

  private PageModel() {}

  static PageModel build(Element root) {
    PageModel m = new PageModel();
    NodeTraversor.filter(new Measure(m), root);
    Segment s = new Segment(m);
    NodeTraversor.filter(s, root);
    s.finish();
    m.dropHugeCues();
    return m;
  }

  private void grow() {
    int cap = parent.length * 2;
    parent = Arrays.copyOf(parent, cap);
    flags = Arrays.copyOf(flags, cap);
    end = Arrays.copyOf(end, cap);
    textChars = Arrays.copyOf(textChars, cap);
    linkChars = Arrays.copyOf(linkChars, cap);
    cueAnc = Arrays.copyOf(cueAnc, cap);
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
    if (el.hasAttr("hidden") && !el.id().startsWith("S:")) {
      // React streaming SSR parks finished content in <div hidden id="S:0"> until it is swapped in
      return true;
    }
    String cls = el.className();
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
      if (s.contains("display:none")) {
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

  /**
   * Un-marks cued elements that hold most of the page's paragraph text: a wrapper named {@code
   * "content-sidebar-wrap"} or an Elementor {@code "widget"} is not boilerplate, and a
   * crawler-only page inside {@code <noscript>} is the page. Then sets the nearest cued ancestor.
   */
  private void dropHugeCues() {
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
    // comment threads holding a third of the page's paragraph text are the page (forums, Q&A)
    int commentGood = 0;
    for (int i = 0; i < n; i++) {
      if ((flags[i] & COMMENT_CUE) != 0) {
        commentGood += good[i];
        i = end[i] - 1;
      }
    }
    boolean forum = commentGood * 3 >= total && commentGood > 0;
    for (int i = 0; i < n; i++) {
      if (forum && (flags[i] & COMMENT_CUE) != 0) {
        flags[i] &= ~CUED;
      }
      int f = flags[i];
      if ((f & CUED) != 0
          && ((good[i] * 2 > total && good[i] > 200)
              || textChars[i] * 10 > textChars[0] * 6
              || ((f & HARD_CUE) == 0 && good[i] * 2 > textChars[i] && good[i] >= 400))) {
        flags[i] &= ~CUED;
      }
      int p = parent[i];
      cueAnc[i] = (flags[i] & CUED) != 0 ? i : (p >= 0 ? cueAnc[p] : -1);
    }
  }

  // ---- walk 1: measure ----

  private static final class Measure implements NodeFilter {
    private final PageModel m;
    private int top = -1;
    private int anchors;

    Measure(PageModel m) {
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
      int tf = tagFlags(el);
      if ((tf & SCRIPT) != 0) {
        String tex = texScript(el);
        if (tex != null) {
          addText(countChars(tex));
        }
        return FilterResult.SKIP_ENTIRELY;
      }
      if ((tf & MATH) != 0) {
        addText(countChars(mathText(el)));
        return FilterResult.SKIP_ENTIRELY;
      }
      if (skipped(el, tf)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      PageModel m = this.m;
      if (m.n == m.parent.length) {
        m.grow();
      }
      int id = m.n++;
      m.parent[id] = top;
      int f = tf;
      if ((tf & NO_CUE) == 0) {
        int cue = 0;
        if (el.attributesSize() > 0) {
          String cls = el.attr("class");
          if (!cls.isEmpty()) {
            cue |= BoilerplateCues.scan(cls);
          }
          String idAttr = el.attr("id");
          if (!idAttr.isEmpty()) {
            cue |= BoilerplateCues.scan(idAttr);
          }
          String role = el.attr("role");
          if (!role.isEmpty()) {
            cue |= BoilerplateCues.role(role);
          }
        }
        if ((tf & CUE_TAG) != 0) {
          cue |= BoilerplateCues.STRONG;
        }
        if ((tf & MAIN_TAG) != 0) {
          cue |= BoilerplateCues.POSITIVE;
        }
        if (BoilerplateCues.isBoilerplate(cue)) {
          f |= CUED;
          if ((cue & BoilerplateCues.HARD) != 0) {
            f |= HARD_CUE;
          }
        } else if ((cue & BoilerplateCues.COMMENT) != 0) {
          f |= CUED | COMMENT_CUE;
        } else if ((cue & BoilerplateCues.POSITIVE) != 0) {
          f |= POSITIVE;
        }
      }
      m.flags[id] = f;
      if (DEBUG) {
        m.debugElements.add(el);
      }
      m.textChars[id] = 0;
      m.linkChars[id] = 0;
      if ((tf & ANCHOR) != 0) {
        anchors++;
      }
      top = id;
      return FilterResult.CONTINUE;
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

  // ---- walk 2: segment into blocks ----

  private static final class Segment implements NodeFilter {
    private final PageModel m;
    private final StringBuilder buf = new StringBuilder();
    private int[] owners = new int[64];
    private int depth;
    private int next;
    private int anchors;
    private int pre;
    private int row = -1;
    private int cells;
    private int chars;
    private int links;
    private boolean space;
    private int lastItem = -1;

    Segment(PageModel m) {
      this.m = m;
    }

    private int owner() {
      return depth > 0 ? owners[depth - 1] : -1;
    }

    private void pushOwner(int id) {
      if (depth == owners.length) {
        owners = Arrays.copyOf(owners, depth * 2);
      }
      owners[depth++] = id;
    }

    private void append(String s) {
      StringBuilder b = buf;
      if (pre > 0) {
        for (int i = 0, len = s.length(); i < len; i++) {
          char c = s.charAt(i);
          if (c == '\r') {
            continue;
          }
          b.append(c);
          if (!isSpace(c)) {
            chars++;
            if (anchors > 0) {
              links++;
            }
          }
        }
        return;
      }
      for (int i = 0, len = s.length(); i < len; i++) {
        char c = s.charAt(i);
        if (isSpace(c)) {
          space = true;
        } else {
          if (space) {
            int bl = b.length();
            if (bl > 0 && b.charAt(bl - 1) != '\n') {
              b.append(' ');
            }
            space = false;
          }
          b.append(c);
          chars++;
          if (anchors > 0) {
            links++;
          }
        }
      }
    }

    private void lineBreak() {
      StringBuilder b = buf;
      if (pre > 0) {
        b.append('\n');
        return;
      }
      int bl = b.length();
      if (bl > 0 && b.charAt(bl - 1) != '\n') {
        b.append('\n');
      }
      space = false;
    }

    private void flush() {
      space = false;
      if (chars == 0) {
        buf.setLength(0);
        links = 0;
        return;
      }
      int own = row >= 0 ? row : owner();
      int kind = PARA;
      int level = 0;
      int group = -1;
      if (row >= 0) {
        kind = TR;
        group = m.parent[row];
      } else if (own >= 0) {
        int f = m.flags[own];
        if (pre > 0 || (f & PRE) != 0) {
          kind = CODE;
        } else if ((f & HEADING) != 0) {
          kind = HEAD;
          level = headingLevel(own);
        } else if ((f & ITEM) != 0) {
          kind = LI;
          group = m.parent[own];
          lastItem = own;
        } else {
          int p = m.parent[own];
          if (p >= 0 && (m.flags[p] & ITEM) != 0 && lastItem != p) {
            kind = LI;
            group = m.parent[p];
            lastItem = p;
          }
        }
      }
      String text;
      if (kind == CODE) {
        text = stripBlankLines(buf);
      } else {
        int e = buf.length();
        while (e > 0 && (buf.charAt(e - 1) == ' ' || buf.charAt(e - 1) == '\n')) {
          e--;
        }
        text = buf.substring(0, e);
      }
      m.blocks.add(new Block(own, kind, level, group, chars, links, text));
      buf.setLength(0);
      chars = 0;
      links = 0;
    }

    private int headingLevel(int id) {
      return levels[id];
    }

    private int[] levels = new int[0];

    private void recordLevel(int id, Element el) {
      if (levels.length <= id) {
        levels = Arrays.copyOf(levels, Math.max(id + 1, m.n));
      }
      levels[id] = el.normalName().charAt(1) - '0';
    }

    @Override
    public FilterResult head(Node node, int d) {
      if (node instanceof TextNode) {
        if (!isMarkup((TextNode) node)) {
          append(((TextNode) node).getWholeText());
        }
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      Element el = (Element) node;
      int tf = tagFlags(el);
      if ((tf & SCRIPT) != 0) {
        String tex = texScript(el);
        if (tex != null) {
          appendMath(tex);
        }
        return FilterResult.SKIP_ENTIRELY;
      }
      if ((tf & MATH) != 0) {
        appendMath(mathText(el));
        return FilterResult.SKIP_ENTIRELY;
      }
      if (skipped(el, tf)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      int id = next++;
      int f = m.flags[id];
      if ((tf & BREAK) != 0) {
        if (row >= 0) {
          append(" ");
        } else {
          lineBreak();
        }
      } else if ((tf & BLOCK) != 0) {
        if ((tf & ROW) != 0 && (f & LAYOUT) == 0 && row < 0) {
          flush();
          row = id;
          cells = 0;
        } else if ((tf & CELL) != 0 && row >= 0) {
          if (cells++ > 0) {
            buf.append(" | ");
            space = false;
          }
        } else if (row >= 0) {
          append(" ");
        } else {
          flush();
          pushOwner(id);
          if ((tf & HEADING) != 0) {
            recordLevel(id, el);
          }
        }
      }
      if ((tf & ANCHOR) != 0) {
        anchors++;
      }
      if ((tf & PRE) != 0) {
        if (row < 0) {
          pre++;
        }
      }
      return FilterResult.CONTINUE;
    }

    private void appendMath(String tex) {
      if (!tex.isEmpty()) {
        append(" ");
        append(tex);
        append(" ");
      }
    }

    @Override
    public FilterResult tail(Node node, int d) {
      if (!(node instanceof Element)) {
        return FilterResult.CONTINUE;
      }
      Element el = (Element) node;
      int tf = tagFlags(el);
      if ((tf & ANCHOR) != 0) {
        anchors--;
      }
      if ((tf & BLOCK) != 0 && (tf & BREAK) == 0) {
        if (row >= 0) {
          if ((tf & ROW) != 0) {
            flush();
            row = -1;
          }
        } else {
          if ((tf & PRE) != 0) {
            flush();
            pre--;
          } else {
            flush();
          }
          depth--;
        }
      }
      return FilterResult.CONTINUE;
    }


    void finish() {
      flush();
    }
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

  // ---- choosing and rendering ----

  /**
   * Picks the element whose subtree has the largest total block weight and renders its blocks,
   * pruning boilerplate inside it. Returns "" if no block survives.
   */
  String mainText(String title, TextFormat format) {
    if (blocks.isEmpty() || n == 0) {
      return "";
    }
    double[] score = new double[n];
    for (Block b : blocks) {
      if (b.owner >= 0) {
        score[b.owner] += weight(b);
      }
    }
    for (int i = n - 1; i > 0; i--) {
      score[parent[i]] += score[i];
    }
    int best = 0;
    for (int i = 1; i < n; i++) {
      if (score[i] > score[best]) {
        best = i;
      }
    }
    if (DEBUG) {
      System.err.println("best=" + best + " score=" + score[best] + " end=" + end[best]);
    }
    int stop = end[best];
    // link-dense regions that are a small part of the container: carousels, tag clouds, menus
    // (listings keep theirs: a region with several headings is a list of items, not a menu)
    int[] heads = new int[stop - best];
    for (Block b : blocks) {
      if (b.kind == HEAD && b.owner >= best && b.owner < stop) {
        heads[b.owner - best]++;
      }
    }
    for (int i = stop - 1; i > best; i--) {
      heads[parent[i] - best] += heads[i - best];
    }
    boolean[] pruned = new boolean[stop - best];
    double limit = textChars[best] * PRUNE_SHARE;
    for (int i = best + 1; i < stop; i++) {
      int t = textChars[i];
      pruned[i - best] =
          pruned[parent[i] - best]
              || (t >= 30
                  && t < limit
                  && linkChars[i] * 10 > t * PRUNE_DENSITY
                  && heads[i - best] < HEAD_MIN);
    }
    List<Block> kept = new ArrayList<>();
    boolean titleSeen = false;
    for (Block b : blocks) {
      int o = b.owner;
      if (o >= 0 && (o < best || o >= stop || cueAnc[o] > best || pruned[o - best])) {
        continue;
      }
      if (isLinkList(b)) {
        continue;
      }
      if (!titleSeen && b.kind == HEAD && b.level == 1 && title != null && title.contains(b.text)) {
        titleSeen = true;
        continue;
      }
      kept.add(b);
    }
    trimTail(kept);
    StringBuilder out = new StringBuilder();
    Block prev = null;
    for (Block b : kept) {
      if (prev != null) {
        boolean tight =
            prev.kind == b.kind && (b.kind == LI || b.kind == TR) && prev.group == b.group;
        out.append(tight ? "\n" : "\n\n");
      }
      render(b, format, out);
      prev = b;
    }
    return out.toString();
  }

  /**
   * Drops the run of short blocks after the last paragraph when it ends in link-heavy text:
   * "Share this", "You might also like" and author boxes trail articles inside their container.
   */
  private void trimTail(List<Block> kept) {
    int lastPara = -1;
    for (int i = kept.size() - 1; i >= 0; i--) {
      Block b = kept.get(i);
      if (isParagraph(b) || b.kind == CODE || b.kind == TR) {
        lastPara = i;
        break;
      }
    }
    if (lastPara < 0 || lastPara == kept.size() - 1) {
      return;
    }
    int chars = 0;
    int links = 0;
    for (int i = lastPara + 1; i < kept.size(); i++) {
      chars += kept.get(i).chars;
      links += kept.get(i).linkChars;
    }
    if (TRIM_MODE == 1 || links * 3 >= chars) {
      kept.subList(lastPara + 1, kept.size()).clear();
    }
  }

  static final int TRIM_MODE = Integer.getInteger("curate.trim", 0);

  private static boolean isParagraph(Block b) {
    return b.chars >= 80 && b.linkChars * 3 < b.chars;
  }

  /** Block weight: + for link-poor text outside boilerplate, - for link lists and cued text. */
  private double weight(Block b) {
    double chars = b.chars;
    double link = b.linkChars;
    if (cueAnc[b.owner] >= 0) {
      return -chars * CUE_W;
    }
    if (b.kind == HEAD) {
      // linked headings are item titles in listings; menus rarely use headings
      return chars * 0.5;
    }
    double density = link / chars;
    if (density > 0.5) {
      double context = contextDensity(b);
      if (context > 0.5) {
        return -chars * context * LINK_W;
      }
      // a linked title inside a card that also holds a price or blurb: listing content
      return chars * 0.3;
    }
    if (b.kind == CODE || chars >= 80) {
      return chars - link;
    }
    return (chars - link) * SHORT_W;
  }

  static final double PRUNE_SHARE = Double.parseDouble(System.getProperty("ps", "0.3"));
  static final int PRUNE_DENSITY = Integer.getInteger("pd", 6);
  static final int HEAD_MIN = Integer.getInteger("hm", 2);
  static final double CUE_W = Double.parseDouble(System.getProperty("cw", "0.3"));
  static final double LINK_W = Double.parseDouble(System.getProperty("lw", "1"));
  static final double SHORT_W = Double.parseDouble(System.getProperty("sw", "0.3"));

  private boolean isLinkList(Block b) {
    if (b.kind == HEAD || b.kind == CODE || b.linkChars * 10 < b.chars * 6) {
      return false;
    }
    if ((b.kind == LI || b.kind == TR) && b.group >= 0) {
      return linkChars[b.group] * 10 >= textChars[b.group] * 6;
    }
    return contextDensity(b) > 0.4;
  }

  /**
   * Link density of the smallest of the block's three nearest ancestors that holds clearly more
   * text than the block: a menu entry sits among other links, a product title beside its price.
   */
  private double contextDensity(Block b) {
    int e = b.owner;
    int need = 2 * b.chars + 20;
    for (int k = 0; k < 3 && e >= 0; k++) {
      if (textChars[e] >= need) {
        break;
      }
      e = parent[e];
    }
    if (e < 0 || textChars[e] == 0) {
      return 1;
    }
    return (double) linkChars[e] / textChars[e];
  }

  private static void render(Block b, TextFormat format, StringBuilder out) {
    if (format == TextFormat.MARKDOWN) {
      if (b.kind == HEAD) {
        for (int i = 0; i < b.level; i++) {
          out.append('#');
        }
        out.append(' ');
      } else if (b.kind == LI) {
        out.append("- ");
      } else if (b.kind == CODE) {
        out.append("```\n").append(b.text).append("\n```");
        return;
      }
    }
    out.append(b.text);
  }
}
