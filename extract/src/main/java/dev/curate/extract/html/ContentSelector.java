// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract.html;

import static dev.curate.extract.html.HtmlTags.HEADING;
import static dev.curate.extract.html.PageModel.CODE;
import static dev.curate.extract.html.PageModel.HEAD;
import static dev.curate.extract.html.PageModel.LI;
import static dev.curate.extract.html.PageModel.PARA;
import static dev.curate.extract.html.PageModel.TR;
import static dev.curate.extract.html.PageModel.isParagraph;

import dev.curate.extract.html.PageModel.Block;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses the main-content container of a {@link PageModel} and renders the blocks kept in it.
 *
 * <p>Each block gets a weight: long link-poor text counts for the block, link lists and text under
 * boilerplate cues count against it. Weights are summed up the tree in one backwards loop and the
 * element with the largest sum wins, the tree analogue of the maximum-sum segment of BTE (Finn et
 * al. 2001, "Fact or fiction: Content classification for digital libraries"). Inside it, blocks
 * under boilerplate cues, small link-dense regions, lone button links and a link-heavy tail are
 * dropped, and so are the lines and sections that {@link SectionCues} reads as chrome: "You may
 * also like" and related-item sections, script warnings, share and subscribe calls, button labels,
 * and on a product page its prices, stock badges and review sections. A block repeating an earlier
 * one (responsive pages render some text once per screen size) is dropped. A page with little
 * prose, or whose runs of repeated item cards hold at least half as much text as the prose reading
 * kept (a listing or link directory), is re-read keeping its link text; a page left with fewer than
 * three words has no main content and gives "".
 */
final class ContentSelector {
  /** Kept paragraph text below which a page is re-read as a listing, chars. */
  private static final int LISTING_MIN = 1500;

  /** How much more text the listing reading must keep to be used instead. */
  private static final double LISTING_GAIN = 1.5;

  /** Link-dense regions under this share of the container text are pruned. */
  private static final double PRUNE_SHARE = 0.3;

  /** Link density, in tenths, above which a small region is pruned. */
  private static final int PRUNE_DENSITY = 6;

  /** Regions holding this many headings are item lists, never pruned. */
  private static final int HEAD_MIN = 2;

  /** Lone links shorter than this (chars) are buttons. */
  private static final int CTA_MAX = 30;

  /** Weight per char of text under a boilerplate cue; small, as such text is pruned anyway. */
  private static final double CUE_W = 0.3;

  /** Weight per char of link-list text. */
  private static final double LINK_W = 1;

  /** Weight per char of short link-poor text (captions, labels, short lines). */
  private static final double SHORT_W = 0.3;

  /** Blocks this long (chars) that repeat an earlier block are dropped; shorter ones are data. */
  private static final int REPEAT_MIN = 20;

  /** Shortest half (chars) of a block read as one text printed twice with nothing between. */
  private static final int GLUED_MIN = 4;

  /** Shortest half (chars) of a block read as one text printed twice with a space between. */
  private static final int SPACED_MIN = 10;

  /** Link density below which a table row counts as data, not as a menu. */
  private static final double ROW_DENSITY = 0.8;

  /** Longest first {@code <h1>} (chars) dropped as the page title. */
  private static final int TITLE_MAX = 150;

  /** Fewer words than this are not main content. */
  private static final int MIN_WORDS = 3;

  /** Share of the winner's sum that its positive siblings must add for the parent to win. */
  private static final double WIDEN_GAIN = 0.3;

  /** Levels the winning container may widen by. */
  private static final int WIDEN_STEPS = 3;

  /**
   * Share of the container's sum that its child holding a product page's own text must hold for
   * the container to narrow to it.
   */
  private static final double NARROW_SHARE = 0.5;

  /** Chars of a product's structured-data description looked for in the page's blocks. */
  private static final int DESCRIPTION_PROBE = 40;

  /** Adjacent similar siblings that make a list of cards. */
  private static final int CARD_RUN = 4;

  /** Text (chars) of a card, at least. */
  private static final int CARD_MIN = 20;

  /** Text (chars) of a card, at most. */
  private static final int CARD_MAX = 600;

  private final PageModel m;
  private final boolean product;

  /**
   * On a product page, whether each element sits in a review box (a {@code reviews} or {@code
   * testimonials} element holding under half of the page's text, or not holding the page's {@code
   * <h1>}: a review list can outweigh a short description without being the page); null on other
   * pages.
   */
  private final boolean[] inReviews;

  /**
   * On a product page, whether each element sits under a hidden mark that does not hold the page's
   * {@code <h1>} (a {@code hide}/{@code hidden} class token or {@code aria-hidden="true"}, {@link
   * HtmlTags#HIDE_MARK}); null on other pages.
   */
  private final boolean[] inHidden;

  /** The element of the page's first {@code <h1>}, or -1; found on product pages only. */
  private final int h1;

  private ContentSelector(PageModel m, boolean product) {
    this.m = m;
    this.product = product;
    this.h1 = product ? titleOwner(m) : -1;
    this.inReviews = product ? reviewBoxes(m, h1) : null;
    this.inHidden = product ? hiddenBoxes(m, h1) : null;
  }

  /**
   * Product pages print what scripts show on demand as hidden markup: variant panels, template
   * field dumps, carousel copies. Classes named {@code hide} are lifted by scripts on other pages
   * too often to drop everywhere (tabs, preloaded roots), so only product pages read them.
   */
  private static boolean[] hiddenBoxes(PageModel m, int h1) {
    boolean[] in = new boolean[m.n];
    for (int i = 1; i < m.n; i++) {
      in[i] =
          in[m.parent[i]]
              || ((m.flags[i] & HtmlTags.HIDE_MARK) != 0 && !m.holds(i, h1));
    }
    return in;
  }

  private static boolean[] reviewBoxes(PageModel m, int h1) {
    boolean[] in = new boolean[m.n];
    int half = m.textChars[0] / 2;
    for (int i = 1; i < m.n; i++) {
      in[i] =
          in[m.parent[i]]
              || ((m.flags[i] & HtmlTags.REVIEW_CUE) != 0
                  && (m.textChars[i] < half || !m.holds(i, h1)));
    }
    return in;
  }

  /** The element of the page's first {@code <h1>}, or -1. */
  private static int titleOwner(PageModel m) {
    for (Block b : m.blocks) {
      if (b.kind == HEAD && b.level == 1 && b.owner >= 0) {
        return b.owner;
      }
    }
    return -1;
  }

  /**
   * Picks the element whose subtree has the largest total block weight and renders its blocks,
   * pruning boilerplate inside it. Returns "" if no block survives.
   */
  static String mainText(PageModel m, String title, TextFormat format, boolean product) {
    if (m.blocks.isEmpty() || m.n == 0) {
      return "";
    }
    ContentSelector s = new ContentSelector(m, product);
    List<Block> kept = s.select(title, false);
    int chars = 0;
    int prose = 0;
    for (Block b : kept) {
      chars += b.chars;
      if (isParagraph(b)) {
        prose += b.chars;
      }
    }
    if (prose < LISTING_MIN || s.cardChars() * 2 >= chars) {
      // little prose, or as much text in item cards as in the prose kept: a listing, index or
      // link directory; keep its link text
      List<Block> list = s.select(title, true);
      int listChars = 0;
      for (Block b : list) {
        listChars += b.chars;
      }
      if (listChars > chars * LISTING_GAIN) {
        kept = list;
      }
    }
    if (product && m.productChromeCount > 0) {
      dropProductChrome(m, kept, s.h1);
    }
    if (product && m.tabPanelCount > 1) {
      dropClosedTabs(m, kept, s.h1);
    }
    dropRepeats(kept, product || m.forum);
    if (words(kept) < MIN_WORDS) {
      // a lone badge or label ("Sold out") left over from a page with no main content
      return "";
    }
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

  private List<Block> select(String title, boolean listing) {
    double[] score = new double[m.n];
    for (Block b : m.blocks) {
      if (b.owner >= 0) {
        score[b.owner] += listing ? listingWeight(b) : weight(b);
      }
    }
    for (int i = m.n - 1; i > 0; i--) {
      score[m.parent[i]] += score[i];
    }
    int best = 0;
    for (int i = 1; i < m.n; i++) {
      if (score[i] > score[best]) {
        best = i;
      }
    }
    boolean[] cut = new boolean[m.n];
    best = widen(best, score, cut);
    if (product) {
      // in the listing reading too: a product page read as a list of short lines is still about
      // one product, not about the strips of other items beside it
      best = narrow(best, score);
    }
    int stop = m.end[best];
    // link-dense regions that are a small part of the container: carousels, tag clouds, menus
    // (listings keep theirs: a region with several headings is a list of items, not a menu)
    int[] heads = new int[stop - best];
    for (Block b : m.blocks) {
      if (b.kind == HEAD && b.owner >= best && b.owner < stop) {
        heads[b.owner - best]++;
      }
    }
    for (int i = stop - 1; i > best; i--) {
      heads[m.parent[i] - best] += heads[i - best];
    }
    boolean[] pruned = new boolean[stop - best];
    double limit = m.textChars[best] * PRUNE_SHARE;
    for (int i = best + 1; i < stop; i++) {
      int t = m.textChars[i];
      pruned[i - best] =
          pruned[m.parent[i] - best]
              || (t >= 30
                  && (m.flags[i] & HEADING) == 0
                  && t < limit
                  && m.linkChars[i] * 10 > t * PRUNE_DENSITY
                  && heads[i - best] < HEAD_MIN);
    }
    if (product) {
      // review widgets inside a product page's container (not one wrapping most of it and its
      // title)
      int half = m.textChars[best] / 2;
      for (int i = best + 1; i < stop; i++) {
        pruned[i - best] |=
            pruned[m.parent[i] - best]
                || ((m.flags[i] & HtmlTags.REVIEW_CUE) != 0
                    && (m.textChars[i] < half || !m.holds(i, h1)));
      }
    }
    List<Block> kept = new ArrayList<>();
    boolean titleSeen = false;
    for (Block b : m.blocks) {
      int o = b.owner;
      if (o >= 0 && (o < best || o >= stop || cue(o, listing) > best || cut[o])) {
        continue;
      }
      if (!listing && ((o >= 0 && pruned[o - best]) || isLinkList(b))) {
        continue;
      }
      if (listing && o >= 0 && inReviews != null && inReviews[o]) {
        continue;
      }
      if (!titleSeen
          && b.kind == HEAD
          && b.level == 1
          && (b.chars <= TITLE_MAX || (title != null && title.contains(b.text)))) {
        // the page title, which is not main content; a long <h1> may be the post itself
        titleSeen = true;
        if (product && !listing) {
          // what a product page's container shows above the product's title is promotion: sale
          // banners, badges, gallery captions, carousels of other items
          kept.clear();
        }
        continue;
      }
      kept.add(b);
    }
    dropSections(kept, best);
    if (inHidden != null) {
      // after the sections: a hidden section title still bounds its section
      kept.removeIf(b -> b.owner >= 0 && inHidden[b.owner]);
    }
    kept.removeIf(
        b ->
            b.kind != CODE
                && b.kind != TR
                && (SectionCues.isNotice(b.text)
                    || SectionCues.isChrome(b.text)
                    || SectionCues.isBareUrl(b.text)));
    if (product) {
      kept.removeIf(
          b -> b.kind != HEAD && (SectionCues.isPrice(b.text) || SectionCues.isBadge(b.text)));
    }
    if (!listing) {
      trimTail(kept);
    }
    return kept;
  }

  /**
   * On a product page, drops the text of fine-print boxes ({@code disclaimer}, {@code legal},
   * {@code payment}) and of forms, prose or not, unless they hold the product's title or half of
   * the page's text: ratings-board notices, trademark lines, offer terms, footnotes and payment
   * options are not the product's text, and its forms are the buy box (option pickers, quantity,
   * stock and delivery notes, add-to-cart and notify-me sign-ups). A form holding half the page
   * wraps it (ASP.NET pages put the whole body in one {@code <form>}); elsewhere a cued box of
   * mostly prose is content, and a wrapper named {@code legal} may hold a whole page.
   */
  private static void dropProductChrome(PageModel m, List<Block> kept, int h1) {
    boolean[] in = null;
    for (int a = 0; a < m.productChromeCount; a++) {
      int id = m.productChrome[a];
      if (!m.holds(id, h1) && m.textChars[id] * 2 < m.textChars[0]) {
        if (in == null) {
          in = new boolean[m.n];
        }
        in[id] = true;
      }
    }
    if (in != null) {
      dropInside(m, kept, in);
    }
  }

  /**
   * On a product page, drops the text of the {@code role="tabpanel"} panels that a tab set does not
   * show: where some panel of a set (the panels under one parent) is marked open, the others; else
   * where some are marked closed, those; else all but the first. A shop prints every tab of its
   * product (reviews, shipping, its sales team's pitch) and shows the description's; the WCXB truth
   * keeps what is shown. Panels named only by class ({@code tab-pane}) are left alone: the truth
   * keeps closed specification panels there.
   */
  private static void dropClosedTabs(PageModel m, List<Block> kept, int h1) {
    int k = m.tabPanelCount;
    int[] set = m.tabPanels;
    boolean[] drop = new boolean[k];
    boolean any = false;
    for (int a = 0; a < k; a++) {
      int p = m.parent[set[a] >> 2];
      int open = 0;
      int closed = 0;
      int first = -1;
      for (int b = 0; b < k; b++) {
        int id = set[b] >> 2;
        if (m.parent[id] == p && m.textChars[id] > 0) {
          open += (set[b] & 3) == PageModel.TAB_OPEN ? 1 : 0;
          closed += (set[b] & 3) == PageModel.TAB_CLOSED ? 1 : 0;
          first = first < 0 ? b : first;
        }
      }
      int state = set[a] & 3;
      int id = set[a] >> 2;
      drop[a] =
          m.textChars[id] > 0
              && !m.holds(id, h1)
              && (open > 0
                  ? state != PageModel.TAB_OPEN
                  : closed > 0 ? state == PageModel.TAB_CLOSED : first != a);
      any |= drop[a];
    }
    if (!any) {
      return;
    }
    boolean[] in = new boolean[m.n];
    for (int a = 0; a < k; a++) {
      in[set[a] >> 2] = drop[a];
    }
    dropInside(m, kept, in);
  }

  /** Drops the kept blocks owned by a marked element or a descendant of one; marks the descendants. */
  private static void dropInside(PageModel m, List<Block> kept, boolean[] marked) {
    for (int i = 1; i < m.n; i++) {
      marked[i] |= marked[m.parent[i]];
    }
    kept.removeIf(b -> b.owner >= 0 && marked[b.owner]);
  }

  /**
   * Widens the winning container to its parent while the parent's other children with a positive
   * sum add up to at least {@link #WIDEN_GAIN} of the winner's sum, marking the parent's negative
   * children in {@code cut}. A page split into sibling sections (a course page's description,
   * outline and prerequisites beside a testimonial carousel) loses the maximum-sum race to its
   * largest section alone when one sibling is strongly negative; the negative ones stay out.
   */
  private int widen(int best, double[] score, boolean[] cut) {
    for (int step = 0; step < WIDEN_STEPS; step++) {
      int p = m.parent[best];
      if (p <= 0) {
        break;
      }
      double gain = 0;
      for (int c = p + 1; c < m.end[p]; c = m.end[c]) {
        if (c != best && score[c] > 0) {
          gain += score[c];
        }
      }
      if (gain < score[best] * WIDEN_GAIN) {
        break;
      }
      for (int c = p + 1; c < m.end[p]; c = m.end[c]) {
        if (c != best && score[c] <= 0) {
          Arrays.fill(cut, c, m.end[c], true);
        }
      }
      best = p;
    }
    return best;
  }

  /**
   * On a product page, narrows the container to its child holding the product's own text while
   * that child holds at least {@link #NARROW_SHARE} of the container's sum. The product's own text
   * starts at the block where its structured-data description (JSON-LD or microdata {@code
   * Product}) starts, or else at the page's {@code <h1>}. Shop pages put the product's description
   * beside sections of their own (a brand story, shipping and warranty blurbs, other tabs, FAQs)
   * whose text, all link-poor prose, wins the container for their common parent.
   */
  private int narrow(int best, double[] score) {
    int anchor = descriptionStart(best);
    if (anchor < 0) {
      anchor = h1;
    }
    if (anchor <= best || !m.holds(best, anchor)) {
      return best;
    }
    int c = best;
    while (true) {
      int kid = c + 1;
      while (kid < m.end[c] && !m.holds(kid, anchor)) {
        kid = m.end[kid];
      }
      if (kid >= m.end[c] || score[kid] < score[c] * NARROW_SHARE) {
        return c;
      }
      c = kid;
    }
  }

  /**
   * The owner of the first block inside {@code best} that holds the start of the product's
   * structured-data description, or -1.
   */
  private int descriptionStart(int best) {
    String probe = probe(m.productDescription);
    if (probe == null) {
      return -1;
    }
    int stop = m.end[best];
    for (Block b : m.blocks) {
      if (b.owner >= best && b.owner < stop && b.text.contains(probe)) {
        return b.owner;
      }
    }
    return -1;
  }

  /**
   * The first {@link #DESCRIPTION_PROBE} chars of a description's text with its tags left out and
   * its white space collapsed, as blocks hold text; null if it is shorter than half that.
   */
  static String probe(String description) {
    if (description == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder(DESCRIPTION_PROBE);
    boolean tag = false;
    boolean space = false;
    for (int i = 0, n = description.length(); i < n && sb.length() < DESCRIPTION_PROBE; i++) {
      char c = description.charAt(i);
      if (c == '<') {
        tag = true;
        space = true;
      } else if (c == '>' && tag) {
        tag = false;
      } else if (!tag) {
        if (PageModel.isSpace(c)) {
          space = true;
        } else {
          if (space && sb.length() > 0) {
            sb.append(' ');
          }
          space = false;
          sb.append(c);
        }
      }
    }
    return sb.length() < DESCRIPTION_PROBE / 2 ? null : sb.toString();
  }

  /**
   * Drops sections that point away from the page ("You may also like", "Related articles") and, on
   * a product page, review and question sections. A section is the largest element that starts with
   * its title; where the title has no such element of its own (a heading among siblings), the
   * section runs to the next heading of the same or a higher rank.
   */
  private void dropSections(List<Block> kept, int best) {
    for (int i = 0; i < kept.size(); i++) {
      Block h = kept.get(i);
      if (h.chars > 60 || h.owner < 0 || (h.kind != HEAD && h.kind != PARA)) {
        continue;
      }
      boolean reviews =
          product && (SectionCues.isReviews(h.text) || SectionCues.isShopRelated(h.text));
      if (!reviews && !SectionCues.isRelated(h.text)) {
        continue;
      }
      int s = h.owner;
      int prevOwner = i > 0 ? kept.get(i - 1).owner : -1;
      while (m.parent[s] > best && !m.holds(m.parent[s], prevOwner)) {
        s = m.parent[s];
      }
      int j = i + 1;
      if (s != h.owner) {
        while (j < kept.size() && kept.get(j).owner >= s && kept.get(j).owner < m.end[s]) {
          j++;
        }
      } else {
        int level = h.kind == HEAD ? h.level : 7;
        while (j < kept.size() && !(kept.get(j).kind == HEAD && kept.get(j).level <= level)) {
          j++;
        }
      }
      kept.subList(i, j).clear();
      i--;
    }
  }

  /**
   * Text (chars) in runs of repeated sibling cards: at least {@link #CARD_RUN} adjacent elements of
   * the same tag and class, each a short item with a title link beside some plain text.
   */
  private int cardChars() {
    int[] lastChild = new int[m.n];
    Arrays.fill(lastChild, -1);
    int[] run = new int[m.n];
    int[] runChars = new int[m.n];
    int total = 0;
    for (int i = 1; i < m.n; i++) {
      int p = m.parent[i];
      if (p < 0) {
        continue;
      }
      int j = lastChild[p];
      lastChild[p] = i;
      int t = m.textChars[i];
      int l = m.linkChars[i];
      if (t < CARD_MIN || t > CARD_MAX || l == 0 || l * 10 >= t * 8 || m.cueAnc[i] >= 0) {
        continue;
      }
      if (j >= 0 && run[j] > 0 && m.shape[j] == m.shape[i]) {
        run[i] = run[j] + 1;
        runChars[i] = runChars[j] + t;
      } else {
        run[i] = 1;
        runChars[i] = t;
      }
      if (run[i] == CARD_RUN) {
        total += runChars[i];
      } else if (run[i] > CARD_RUN) {
        total += t;
      }
    }
    return total;
  }

  /** Words in {@code blocks}, counted up to {@link #MIN_WORDS}. */
  private static int words(List<Block> blocks) {
    int words = 0;
    for (Block b : blocks) {
      String t = b.text;
      boolean in = false;
      for (int i = 0, n = t.length(); i < n && words < MIN_WORDS; i++) {
        boolean space = PageModel.isSpace(t.charAt(i));
        if (!space && !in) {
          words++;
        }
        in = !space;
      }
    }
    return words;
  }

  /**
   * Drops blocks whose text was already kept: responsive pages render the same price, caption or
   * menu once per screen size, and only one copy is seen. Table rows and code stay, as repeated
   * cells and lines are data there; so do short blocks (under {@link #REPEAT_MIN} chars) except on
   * a product page, whose option labels, badges and button texts are printed once per layout and
   * per variant ("Select size", "Color: black"), and on a forum, whose posts repeat their user
   * chrome ("Member Type", "Posts: 120", reply buttons); listings repeat short item fields. Those
   * two drop repeated table rows as well: a product's specification table printed once per tab
   * or layout.
   */
  private static void dropRepeats(List<Block> kept, boolean shortToo) {
    Set<String> seen = new HashSet<>();
    int min = shortToo ? 1 : REPEAT_MIN;
    kept.removeIf(
        b ->
            b.chars >= min
                && (b.kind != TR || shortToo)
                && b.kind != CODE
                && !seen.add(b.text));
  }

  /**
   * Drops the run of short blocks after the last paragraph when it ends in link-heavy text: "Share
   * this", "You might also like" and author boxes trail articles inside their container.
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
    if (links * 3 >= chars) {
      kept.subList(lastPara + 1, kept.size()).clear();
    }
  }

  /**
   * The nearest boilerplate-cued ancestor of element {@code e} (or {@code e}), -1 if none. The
   * listing reading of a page that is not a product passes over box cues ({@code "widget"}, with no
   * stronger word): news and directory home pages box each list of items in a widget.
   */
  private int cue(int e, boolean listing) {
    int c = m.cueAnc[e];
    if (!listing || product) {
      return c;
    }
    while (c >= 0 && (m.flags[c] & HtmlTags.BOX_CUE) != 0) {
      int p = m.parent[c];
      c = p >= 0 ? m.cueAnc[p] : -1;
    }
    return c;
  }

  /** Block weight of the listing reading: all text counts, for or against. */
  private double listingWeight(Block b) {
    if (cue(b.owner, true) >= 0) {
      return -b.chars;
    }
    return inReviews != null && inReviews[b.owner] ? 0 : b.chars;
  }

  /** Block weight: + for link-poor text outside boilerplate, - for link lists and cued text. */
  private double weight(Block b) {
    double chars = b.chars;
    double link = b.linkChars;
    if (m.cueAnc[b.owner] >= 0) {
      return -chars * CUE_W;
    }
    if (inReviews != null && inReviews[b.owner]) {
      // a product page's review box must not win over the product's own text, nor pull the
      // container away from a page that wraps it
      return 0;
    }
    if (b.kind == HEAD) {
      // linked headings are item titles in listings; menus rarely use headings
      return chars * 0.5;
    }
    double density = link / chars;
    if (b.kind == TR && density < ROW_DENSITY) {
      // a table row of linked names beside plain data: a ranking, a schedule, a price list
      return chars - link;
    }
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

  private boolean isLinkList(Block b) {
    if (b.kind == HEAD || b.kind == CODE || b.linkChars * 10 < b.chars * 6) {
      return false;
    }
    if (b.chars < CTA_MAX && b.linkChars * 10 >= b.chars * 9 && b.kind != LI && b.kind != TR) {
      // a lone short link is a button: "Learn more", "Get started", "Shop now"
      return true;
    }
    if ((b.kind == LI || b.kind == TR) && b.group >= 0) {
      return m.linkChars[b.group] * 10 >= m.textChars[b.group] * 6;
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
      if (m.textChars[e] >= need) {
        break;
      }
      e = m.parent[e];
    }
    if (e < 0 || m.textChars[e] == 0) {
      return 1;
    }
    return (double) m.linkChars[e] / m.textChars[e];
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
    out.append(undouble(b.text));
  }

  /**
   * The text once if it is the same text twice, glued ({@code "$12.99$12.99"}, {@code "Sat, Nov 02,
   * 04:33 AMSat, Nov 02, 04:33 AM"}) or with one space between: a block that joins an element's
   * visible copy and its clipped or screen-size copy. Halves count from {@link #GLUED_MIN} chars;
   * spaced ones without a digit only from {@link #SPACED_MIN}: "$279.95 $279.95" is one price
   * printed twice, "Walla Walla" a name.
   */
  static String undouble(String s) {
    int n = s.length();
    int h = n / 2;
    if (n % 2 == 0 && h >= GLUED_MIN && s.regionMatches(0, s, h, h)) {
      return s.substring(0, h);
    }
    if (n % 2 == 1
        && h >= GLUED_MIN
        && s.charAt(h) == ' '
        && (h >= SPACED_MIN || hasDigit(s, h))
        && s.regionMatches(0, s, h + 1, h)) {
      return s.substring(0, h);
    }
    return s;
  }

  private static boolean hasDigit(String s, int end) {
    for (int i = 0; i < end; i++) {
      if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }
}
