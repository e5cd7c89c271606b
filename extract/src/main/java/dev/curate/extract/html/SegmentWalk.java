// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract.html;

import static dev.curate.extract.html.HtmlTags.ANCHOR;
import static dev.curate.extract.html.HtmlTags.BLOCK;
import static dev.curate.extract.html.HtmlTags.BREAK;
import static dev.curate.extract.html.HtmlTags.CELL;
import static dev.curate.extract.html.HtmlTags.HEADING;
import static dev.curate.extract.html.HtmlTags.ITEM;
import static dev.curate.extract.html.HtmlTags.LAYOUT;
import static dev.curate.extract.html.HtmlTags.MATH;
import static dev.curate.extract.html.HtmlTags.PRE;
import static dev.curate.extract.html.HtmlTags.ROW;
import static dev.curate.extract.html.HtmlTags.SCRIPT;
import static dev.curate.extract.html.HtmlTags.TAG_BITS;
import static dev.curate.extract.html.HtmlTags.VISIT_SKIP;
import static dev.curate.extract.html.HtmlTags.isMarkup;
import static dev.curate.extract.html.HtmlTags.mathText;
import static dev.curate.extract.html.HtmlTags.texScript;
import static dev.curate.extract.html.PageModel.CODE;
import static dev.curate.extract.html.PageModel.HEAD;
import static dev.curate.extract.html.PageModel.LI;
import static dev.curate.extract.html.PageModel.PARA;
import static dev.curate.extract.html.PageModel.TR;
import static dev.curate.extract.html.PageModel.isSpace;
import static dev.curate.extract.html.PageModel.stripBlankLines;

import dev.curate.extract.html.PageModel.Block;
import java.util.Arrays;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Walk 2 over a page: cuts the text into {@link PageModel.Block}s at block-element boundaries,
 * collapsing whitespace outside {@code <pre>} and joining data-table cells into rows.
 */
final class SegmentWalk implements NodeFilter {
  private final PageModel m;
  private final StringBuilder buf = new StringBuilder();
  private int[] owners = new int[64];
  private int depth;

  /** Ids of the open elements, innermost last. */
  private int[] ids = new int[64];

  private int idDepth;
  private int visit;
  private int next;
  private int anchors;
  private int pre;
  private int row = -1;
  private int cells;
  private int chars;
  private int links;
  private boolean space;

  /** An inline element ended and no text has followed yet: the next element starts a word. */
  private boolean gap;
  private int lastItem = -1;

  SegmentWalk(PageModel m) {
    this.m = m;
  }

  private void pushId(int id) {
    if (idDepth == ids.length) {
      ids = Arrays.copyOf(ids, idDepth * 2);
    }
    ids[idDepth++] = id;
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
        gap = false;
        append(((TextNode) node).getWholeText());
      }
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    if (gap) {
      space = true;
      gap = false;
    }
    Element el = (Element) node;
    int tf = m.visits[visit++];
    if ((tf & VISIT_SKIP) != 0) {
      return FilterResult.SKIP_ENTIRELY;
    }
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
    int id = next++;
    pushId(id);
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
    int closed = ids[--idDepth];
    int tf = m.flags[closed] & TAG_BITS;
    if ((tf & ANCHOR) != 0) {
      anchors--;
    }
    if ((tf & BLOCK) == 0 && pre == 0 && m.textChars[closed] > 1) {
      // an inline element followed directly by another element (no text between them): flex
      // items and badges in cards, "<span>2026</span><span>1h 54m</span>", shown apart; a
      // drop cap ("<span>I</span>f") and a link followed by text stay glued
      gap = true;
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
