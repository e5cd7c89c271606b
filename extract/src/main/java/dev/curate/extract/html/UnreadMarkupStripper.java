// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract.html;

import java.io.CharArrayReader;
import java.io.Reader;
import java.io.StringReader;

/**
 * Removes, before a page is parsed, the markup the extractor never reads: the contents of {@code
 * <script>}, {@code <style>} and {@code <svg>} elements. The elements themselves stay (empty), and
 * so does every other character.
 *
 * <p>Why: on crawled pages half of the characters are inline JavaScript, CSS and SVG path data (on
 * the WCXB dev pages 28% script, 12% style, and SVG 7% of the page), which the HTML tokenizer would
 * still read character by character and turn into data nodes or SVG elements. A scan that finds
 * their ends with a few comparisons per tag makes the parse about 40% cheaper. Scripts the
 * extractor does read keep their contents: JSON-LD ({@code application/ld+json}, product and
 * discussion marks) and TeX ({@code math/tex}).
 *
 * <p>The scan follows the HTML tokenizer where it decides what is markup, so that the parser builds
 * the same tree as from the whole page, less the removed text: comments ({@code <!--} to {@code
 * -->} or {@code --!>}, including the empty {@code <!-->}), CDATA sections, quoted attribute values
 * (a {@code >} or {@code <script} inside one is not a tag), the elements whose contents are text
 * ({@code title textarea xmp iframe noembed noframes} are copied as they are; {@code plaintext}
 * ends the scan), and the script-data escape states ({@code <!-- <script> </script> -->} inside a
 * script does not end it). An unclosed script or style runs to the end of the page, as it does for
 * the parser. An SVG keeps its contents when it holds a tag that may take the parser out of SVG
 * ({@code <p>}, {@code <div>} and the like) or is never closed, since then the parser's tree
 * depends on more than where {@code </svg>} is. Work is one pass, linear in the page.
 */
public final class UnreadMarkupStripper {
  private UnreadMarkupStripper() {}

  /** {@code html} with the unread markup removed; the same object if there is none. */
  public static String strip(String html) {
    Kept kept = keep(html);
    return kept == null ? html : new String(kept.chars, 0, kept.length);
  }

  /** A reader of {@code html} with the unread markup removed, for the parser. */
  public static Reader reader(String html) {
    Kept kept = keep(html);
    return kept == null ? new StringReader(html) : new CharArrayReader(kept.chars, 0, kept.length);
  }

  /** The kept characters, {@code chars[0, length)}; null from {@link #keep} when nothing is cut. */
  private record Kept(char[] chars, int length) {}

  private static Kept keep(String c) {
    int n = c.length();
    char[] out = null; // allocated at the first cut: out[0, w) is the kept text so far
    int w = 0;
    int copied = 0; // c[copied, i) is still to be copied to out[w, ...)
    int i = 0;
    while (i < n) {
      int lt = c.indexOf('<', i);
      if (lt < 0 || lt + 1 >= n) {
        break;
      }
      char next = c.charAt(lt + 1);
      if (next == '!') {
        i = skipBang(c, lt);
        continue;
      }
      if (!isAsciiLetter(next)) {
        i = lt + 1; // end tag, "<?", "< " or a lone '<': nothing to skip here
        continue;
      }
      int nameEnd = tagNameEnd(c, lt + 2);
      int gt = tagEnd(c, nameEnd);
      if (gt < 0) {
        break; // the tag runs to the end of the page: the parser drops it, nothing follows
      }
      int kind = kind(c, lt + 1, nameEnd);
      if (kind == PLAIN) {
        i = gt + 1;
        continue;
      }
      if (kind == PLAINTEXT) {
        break; // all that follows is text
      }
      int close;
      boolean strip;
      if (kind == SVG) {
        if (c.charAt(gt - 1) == '/') {
          i = gt + 1; // <svg/> is empty in foreign content
          continue;
        }
        close = svgEnd(c, gt + 1);
        strip = close >= 0;
        if (!strip) {
          i = gt + 1; // an SVG we cannot delimit keeps its contents and is scanned as the rest
          continue;
        }
      } else if (kind == SCRIPT) {
        close = scriptEnd(c, gt + 1);
        strip = !keepsData(c, nameEnd, gt);
      } else {
        close = endTag(c, gt + 1, RAW_NAMES[kind]);
        strip = kind == STYLE;
      }
      if (strip && close != gt + 1) {
        if (out == null) {
          out = new char[n];
        }
        int keepTo = gt + 1;
        c.getChars(copied, keepTo, out, w);
        w += keepTo - copied;
        copied = close < 0 ? n : close;
      }
      if (close < 0) {
        break;
      }
      i = close + 2; // past "</": the end tag's name is skipped like any other end tag
    }
    if (out == null) {
      return null;
    }
    c.getChars(copied, n, out, w);
    return new Kept(out, w + n - copied);
  }

  // ---- element kinds; RAW_NAMES is indexed by kind ----
  private static final int PLAIN = -1;
  private static final int SCRIPT = 0;
  private static final int STYLE = 1;
  private static final int SVG = 8;
  private static final int PLAINTEXT = 9;
  private static final String[] RAW_NAMES = {
    "script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes"
  };

  /**
   * Start tags that end foreign content in the HTML tree builder (the spec's list, plus font). An
   * SVG holding one is left whole: whether the parser leaves the SVG there depends on more than this
   * scan knows (a {@code <foreignObject>} around it, the parser's own rules).
   */
  private static final String[] BREAKOUT = (
      "b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img"
          + " li listing menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u"
          + " ul var font")
      .split(" ");

  /** Which special element the tag name {@code c.charAt(from, to)} opens, or {@link #PLAIN}. */
  private static int kind(String c, int from, int to) {
    int len = to - from;
    if (len < 3 || len > 9) {
      return PLAIN;
    }
    for (int k = 0; k < RAW_NAMES.length; k++) {
      if (nameIs(c, from, to, RAW_NAMES[k])) {
        return k;
      }
    }
    if (nameIs(c, from, to, "svg")) {
      return SVG;
    }
    return nameIs(c, from, to, "plaintext") ? PLAINTEXT : PLAIN;
  }

  /** Whether {@code c.charAt(from, to)} is {@code name} (lower case ASCII), ignoring case. */
  private static boolean nameIs(String c, int from, int to, String name) {
    if (to - from != name.length()) {
      return false;
    }
    for (int k = 0; k < name.length(); k++) {
      if (!sameIgnoringCase(c.charAt(from + k), name.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code x} is {@code lower}, or its upper case when {@code lower} is an ASCII letter. */
  private static boolean sameIgnoringCase(char x, char lower) {
    return x == lower || (lower >= 'a' && lower <= 'z' && x == lower - ('a' - 'A'));
  }

  /**
   * Whether the script whose attributes are {@code c.charAt(from, to)} may hold JSON-LD or TeX. Loose on
   * purpose: the type may be written with entities ({@code application/ld&#x2B;json}), and keeping
   * a script costs only time.
   */
  private static boolean keepsData(String c, int from, int to) {
    return contains(c, from, to, "math/") || (contains(c, from, to, "json") && contains(c, from, to, "ld"));
  }

  private static boolean contains(String c, int from, int to, String what) {
    for (int i = from, last = to - what.length(); i <= last; i++) {
      if (regionIs(c, i, what)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code c} has {@code what} (lower case ASCII) at {@code at}, ignoring case. */
  private static boolean regionIs(String c, int at, String what) {
    if (at < 0 || at + what.length() > c.length()) {
      return false;
    }
    for (int k = 0; k < what.length(); k++) {
      if (!sameIgnoringCase(c.charAt(at + k), what.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean regionIsExactly(String c, int at, String what) {
    if (at + what.length() > c.length()) {
      return false;
    }
    for (int k = 0; k < what.length(); k++) {
      if (c.charAt(at + k) != what.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Index after a {@code <!...>} construct starting at {@code lt}: comment, CDATA or doctype. */
  private static int skipBang(String c, int lt) {
    int n = c.length();
    if (regionIs(c, lt, "<!--")) {
      int body = lt + 4;
      if (body < n && c.charAt(body) == '>') {
        return body + 1; // "<!-->"
      }
      if (regionIs(c, body, "->")) {
        return body + 2; // "<!--->"
      }
      // ends at the first "-->" or "--!>"; one forward search, so a page of comments stays linear
      for (int k = c.indexOf('-', body); k >= 0 && k + 2 < n; k = c.indexOf('-', k + 1)) {
        if (c.charAt(k + 1) == '-' && (c.charAt(k + 2) == '>' || (c.charAt(k + 2) == '!' && k + 3 < n && c.charAt(k + 3) == '>'))) {
          return k + (c.charAt(k + 2) == '>' ? 3 : 4);
        }
      }
      return n;
    }
    if (regionIsExactly(c, lt, "<![CDATA[")) { // case matters here, as it does to the parser
      for (int k = c.indexOf(']', lt + 9); k >= 0 && k + 2 < n; k = c.indexOf(']', k + 1)) {
        if (c.charAt(k + 1) == ']' && c.charAt(k + 2) == '>') {
          return k + 3;
        }
      }
      return n;
    }
    return lt + 2; // doctype or bogus comment: it ends at the next '>', before any tag
  }

  private static int tagNameEnd(String c, int from) {
    int i = from;
    while (i < c.length() && !endsTagName(c.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Index of the {@code >} that ends a start tag whose name ends at {@code from}; -1 if none. */
  private static int tagEnd(String c, int from) {
    int n = c.length();
    int i = from;
    while (i < n) {
      char x = c.charAt(i);
      if (x == '>') {
        return i;
      }
      i++;
      if (x == '=') {
        // a value: quoted ones may hold '>' and '<'
        while (i < n && isSpace(c.charAt(i))) {
          i++;
        }
        if (i < n && (c.charAt(i) == '"' || c.charAt(i) == '\'')) {
          int q = c.indexOf(c.charAt(i), i + 1);
          if (q < 0) {
            return -1;
          }
          i = q + 1;
        }
      }
    }
    return -1;
  }

  /**
   * Index of the {@code </name} that ends a raw-text element whose contents start at {@code from},
   * or -1 if it is never closed.
   */
  private static int endTag(String c, int from, String name) {
    for (int lt = c.indexOf('<', from); lt >= 0; lt = c.indexOf('<', lt + 1)) {
      if (isEndTag(c, lt, name)) {
        return lt;
      }
    }
    return -1;
  }

  /**
   * Index of the {@code </script} that ends a script whose contents start at {@code from}, or -1.
   * Follows the tokenizer's escape states: after {@code <!--}, a {@code <script} opens a nested
   * ("double escaped") script whose {@code </script} does not end the element; {@code -->} leaves
   * both states.
   */
  private static int scriptEnd(String c, int from) {
    int n = c.length();
    int i = from;
    int state = 0; // 0 data, 1 escaped, 2 double escaped
    while (i < n) {
      if (state == 0) {
        int lt = c.indexOf('<', i);
        if (lt < 0) {
          return -1;
        }
        if (isEndTag(c, lt, "script")) {
          return lt;
        }
        if (regionIs(c, lt, "<!--")) {
          state = 1;
          i = lt + 2; // the dashes of "<!--" may end it too: "<!-->"
        } else {
          i = lt + 1;
        }
        continue;
      }
      char x = c.charAt(i);
      if (x == '-' && regionIs(c, i, "-->")) {
        state = 0;
        i += 3;
      } else if (x == '<' && state == 1 && isEndTag(c, i, "script")) {
        return i;
      } else if (x == '<' && state == 1 && isStartTag(c, i, "script")) {
        state = 2;
        i += 7;
      } else if (x == '<' && state == 2 && isEndTag(c, i, "script")) {
        state = 1;
        i += 8;
      } else {
        i++;
      }
    }
    return -1;
  }

  /**
   * Index of the {@code </svg} that closes an SVG whose contents start at {@code from}, counting
   * nested SVGs; -1 if it is never closed or holds a tag that may end foreign content.
   */
  private static int svgEnd(String c, int from) {
    int n = c.length();
    int depth = 1;
    int i = from;
    while (i < n) {
      int lt = c.indexOf('<', i);
      if (lt < 0 || lt + 1 >= n) {
        return -1;
      }
      char next = c.charAt(lt + 1);
      if (next == '!') {
        i = skipBang(c, lt);
      } else if (next == '/') {
        if (isEndTag(c, lt, "svg") && --depth == 0) {
          return lt;
        }
        i = lt + 2;
      } else if (isAsciiLetter(next)) {
        int nameEnd = tagNameEnd(c, lt + 2);
        int gt = tagEnd(c, nameEnd);
        if (gt < 0 || breaksOut(c, lt + 1, nameEnd)) {
          return -1;
        }
        if (nameIs(c, lt + 1, nameEnd, "svg") && c.charAt(gt - 1) != '/') {
          depth++;
        }
        i = gt + 1;
      } else {
        i = lt + 1;
      }
    }
    return -1;
  }

  private static boolean breaksOut(String c, int from, int to) {
    if (to - from > 10) {
      return false;
    }
    for (String name : BREAKOUT) {
      if (nameIs(c, from, to, name)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code c} has {@code </name} at {@code lt}, followed by space, '/' or '>'. */
  private static boolean isEndTag(String c, int lt, String name) {
    int after = lt + 2 + name.length();
    return after < c.length()
        && c.charAt(lt + 1) == '/'
        && regionIs(c, lt + 2, name)
        && endsTagName(c.charAt(after));
  }

  private static boolean isStartTag(String c, int lt, String name) {
    int after = lt + 1 + name.length();
    return after < c.length() && regionIs(c, lt + 1, name) && endsTagName(c.charAt(after));
  }


  private static boolean endsTagName(char c) {
    return c == '>' || c == '/' || isSpace(c);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
