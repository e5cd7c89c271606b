// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract.html;

import static dev.curate.extract.html.HtmlTags.HEADING;
import static dev.curate.extract.html.PageModel.CODE;
import static dev.curate.extract.html.PageModel.HEAD;
import static dev.curate.extract.html.PageModel.LI;
import static dev.curate.extract.html.PageModel.TR;
import static dev.curate.extract.html.PageModel.isParagraph;

import dev.curate.extract.html.PageModel.Block;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the main-content container of a {@link PageModel} and renders the blocks kept in it.
 *
 * <p>Each block gets a weight: long link-poor text counts for the block, link lists and text under
 * boilerplate cues count against it. Weights are summed up the tree in one backwards loop and the
 * element with the largest sum wins, the tree analogue of the maximum-sum segment of BTE (Finn et
 * al. 2001, "Fact or fiction: Content classification for digital libraries"). Inside it, blocks
 * under boilerplate cues, small link-dense regions, lone button links and a link-heavy tail are
 * dropped. A page with little prose (a listing or link directory) is re-read keeping its link text.
 */
final class ContentSelector {
  /** Kept text below which a page is re-read as a listing, chars. */
  private static final int LISTING_MIN = 800;

  /** How much more text the listing reading must keep to be used instead. */
  private static final double LISTING_GAIN = 2;

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

  private final PageModel m;

  private ContentSelector(PageModel m) {
    this.m = m;
  }

  /**
   * Picks the element whose subtree has the largest total block weight and renders its blocks,
   * pruning boilerplate inside it. Returns "" if no block survives.
   */
  static String mainText(PageModel m, String title, TextFormat format) {
    if (m.blocks.isEmpty() || m.n == 0) {
      return "";
    }
    ContentSelector s = new ContentSelector(m);
    List<Block> kept = s.select(title, false);
    int chars = 0;
    for (Block b : kept) {
      chars += b.chars;
    }
    if (chars < LISTING_MIN) {
      // little prose: a listing, index or link directory; keep its link text
      List<Block> list = s.select(title, true);
      int listChars = 0;
      for (Block b : list) {
        listChars += b.chars;
      }
      if (listChars > chars * LISTING_GAIN) {
        kept = list;
      }
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
        score[b.owner] += listing ? (m.cueAnc[b.owner] >= 0 ? -b.chars : b.chars) : weight(b);
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
    List<Block> kept = new ArrayList<>();
    boolean titleSeen = false;
    for (Block b : m.blocks) {
      int o = b.owner;
      if (o >= 0 && (o < best || o >= stop || m.cueAnc[o] > best)) {
        continue;
      }
      if (!listing && ((o >= 0 && pruned[o - best]) || isLinkList(b))) {
        continue;
      }
      if (!titleSeen && b.kind == HEAD && b.level == 1 && title != null && title.contains(b.text)) {
        titleSeen = true;
        continue;
      }
      kept.add(b);
    }
    if (!listing) {
      trimTail(kept);
    }
    return kept;
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

  /** Block weight: + for link-poor text outside boilerplate, - for link lists and cued text. */
  private double weight(Block b) {
    double chars = b.chars;
    double link = b.linkChars;
    if (m.cueAnc[b.owner] >= 0) {
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
    out.append(b.text);
  }
}
