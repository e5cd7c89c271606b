// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into words the way datatrove's word tokenizers do, for every script.
 *
 * <p>Whitespace-delimited runs of space-delimited scripts (Latin, Cyrillic, Greek, Arabic,
 * Devanagari, Hangul...) are split by a single-pass approximation of NLTK's Treebank tokenizer,
 * which datatrove uses for English and most European languages: punctuation becomes its own
 * token ({@code ;@#$%&*?!()[]{}<>} and quotes anywhere, {@code , :} unless a digit follows,
 * {@code ...} and {@code --} runs, the sentence-final period), English clitics are split off
 * ({@code n't 's 'm 'd 're 've 'll}), and intra-word punctuation stays ({@code well-known},
 * {@code 3.14}, {@code 1,000}, {@code U.S.}, {@code aujourd'hui}).
 *
 * <p>Runs that contain Han, Hiragana, Katakana, Thai, Lao, Khmer or Myanmar characters have no
 * spaces between words; they are segmented with ICU's dictionary-based word break iterator (the
 * engine behind Lucene's {@code ICUTokenizer}), and every non-space segment, punctuation
 * included, is a token, as with the jieba/SudachiPy/pythainlp tokenizers datatrove uses there.
 * Which path a run takes is decided by its characters, so mixed text works and {@code lang} is
 * only a hint.
 *
 * <p><b>NOTE</b>: differences from NLTK: no Punkt sentence model (a period ending a
 * whitespace-delimited run is split off unless the run looks like an abbreviation), double
 * quotes are kept as {@code "} rather than rewritten to {@code ``}/{@code ''}, and NLTK's
 * English-only "cannot"/"gonna" rewrites are not applied.
 */
public final class Words {
  private static final ThreadLocal<BreakIterator> ICU_WORDS =
      ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(ULocale.ROOT));

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "st", "vs", "etc", "inc", "ltd", "jr", "sr", "co", "no",
          "fig", "approx", "dept", "est", "gen", "gov", "sen", "rep", "rev", "mt");

  // character classes of the single-pass scanner
  private static final byte WORD = 0;
  private static final byte SPACE = 1;
  private static final byte ALONE = 2; // always its own token
  private static final byte COMMA = 3; // , and : - own token unless a digit follows
  private static final byte RUN = 4; // . and - - runs of two or more are one token
  private static final byte COMPLEX = 5; // needs dictionary segmentation
  private static final byte[] LATIN1 = new byte[256];

  static {
    for (char c = 0; c < 256; c++) LATIN1[c] = PyStr.isSpace(c) ? SPACE : WORD;
    for (char c : ";@#$%&*?!()[]{}<>\"`\u00ab\u00bb".toCharArray()) LATIN1[c] = ALONE;
    LATIN1[','] = COMMA;
    LATIN1[':'] = COMMA;
    LATIN1['.'] = RUN;
    LATIN1['-'] = RUN;
  }

  private Words() {}

  /** Words of {@code text} as strings; {@code lang} (ISO 639, may be null) is a hint only. */
  public static List<String> split(String text, String lang) {
    return tokens(text, lang).asList();
  }

  /** Number of words, as {@code split(text, lang).size()}. */
  public static int count(String text, String lang) {
    return tokens(text, lang).size();
  }

  /** Words of {@code text} as spans with ids; see the class comment for the rules. */
  public static Tokens tokens(String text, String lang) {
    char[] a = text.toCharArray(); // array loops compile to far tighter code than charAt
    Tokens out = new Tokens(text, a, a.length / 5);
    int n = a.length;
    int i = 0;
    while (i < n) {
      while (i < n && classOf(a[i]) == SPACE) i++;
      if (i == n) break;
      int mark = out.mark();
      int end = treebank(a, i, out);
      if (end < 0) { // a character that needs segmentation: redo this run with ICU
        out.reset(mark);
        end = i;
        while (end < n && classOf(a[end]) != SPACE) end++;
        segment(text, i, end, out);
      }
      i = end;
    }
    return out;
  }

  private static byte classOf(char c) {
    if (c < 256) return LATIN1[c];
    if (PyStr.isSpace(c)) return SPACE;
    if (needsSegmentation(c)) return COMPLEX;
    switch (c) {
      case '\u00ab': case '\u00bb': case '\u201c': case '\u201d': case '\u201e': case '\u2018':
      case '\u2019':
        return ALONE;
      default:
        return WORD;
    }
  }

  /**
   * Whether {@code c} belongs to a script written without spaces between words: Thai, Lao,
   * Myanmar, Khmer, Hiragana, Katakana, Han (BMP blocks, and high surrogates of planes 2-3).
   */
  public static boolean needsSegmentation(char c) {
    if (c < 0x0e00) return false;
    return (c <= 0x0eff) // Thai, Lao
        || (c >= 0x1000 && c <= 0x109f) // Myanmar
        || (c >= 0x1780 && c <= 0x17ff) // Khmer
        || (c >= 0x19e0 && c <= 0x19ff) // Khmer symbols
        || (c >= 0x3040 && c <= 0x30ff) // Hiragana, Katakana
        || (c >= 0x31f0 && c <= 0x31ff) // Katakana phonetic extensions
        || (c >= 0x3400 && c <= 0x4dbf) // CJK extension A
        || (c >= 0x4e00 && c <= 0x9fff) // CJK unified ideographs
        || (c >= 0xa9e0 && c <= 0xa9ff) // Myanmar extended-B
        || (c >= 0xaa60 && c <= 0xaa7f) // Myanmar extended-A
        || (c >= 0xd840 && c <= 0xd8bf) // high surrogates of U+20000..U+3FFFF (CJK ext. B+)
        || (c >= 0xf900 && c <= 0xfaff) // CJK compatibility ideographs
        || (c >= 0xff66 && c <= 0xff9f); // halfwidth Katakana
  }

  // ICU dictionary-based segmentation of one whitespace-free run.
  private static void segment(String text, int from, int to, Tokens out) {
    BreakIterator it = ICU_WORDS.get();
    it.setText(text.substring(from, to));
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      if (end > start) out.add(from + start, from + end, Tokens.hash(text, from + start, from + end));
    }
    it.setText(""); // do not pin the run
  }

  /**
   * Treebank-like split of the whitespace-free run starting at {@code from}; returns the index
   * after the run, or -1 if the run has a character that needs dictionary segmentation.
   */
  private static int treebank(char[] t, int from, Tokens out) {
    int n = t.length;
    int word = from;
    int h = 0; // String.hashCode of t[word, i), handed to Tokens so it need not rescan
    int i = from;
    while (i < n) {
      char c = t[i];
      byte cls = c < 256 ? LATIN1[c] : classOf(c);
      if (cls == WORD) {
        h = 31 * h + c;
        i++;
        continue;
      }
      switch (cls) {
        case SPACE:
          word(t, word, i, h, out);
          return i;
        case COMPLEX:
          return -1;
        case ALONE:
          word(t, word, i, h, out);
          out.add(i, i + 1, c);
          word = ++i;
          h = 0;
          continue;
        case COMMA:
          if (i + 1 < n && Character.isDigit(t[i + 1])) {
            h = 31 * h + c;
            i++;
            continue;
          }
          word(t, word, i, h, out);
          out.add(i, i + 1, c);
          word = ++i;
          h = 0;
          continue;
        default: // RUN
          int j = i + 1;
          while (j < n && t[j] == c) j++;
          if (j - i >= 2) { // "..." or "--"
            word(t, word, i, h, out);
            out.add(i, j, Tokens.hash(t, i, j));
            word = i = j;
            h = 0;
            continue;
          }
          if (c == '.' && isFinalPeriod(t, word, i)) {
            word(t, word, i, h, out);
            out.add(i, i + 1, c);
            word = ++i;
            h = 0;
            continue;
          }
          h = 31 * h + c;
          i++;
      }
    }
    word(t, word, n, h, out);
    return n;
  }

  // NLTK splits only the sentence-final period; here: the last non-closer of the run, unless the
  // word is an initial ("J."), a dotted abbreviation ("U.S.") or a common abbreviation ("Mr.").
  private static boolean isFinalPeriod(char[] t, int word, int dot) {
    int n = t.length;
    int k = dot + 1;
    while (k < n) {
      char c = t[k];
      if (c == '\'' || c == '"' || c == ')' || c == ']' || c == '}' || c == '>' || c == '\u2019'
          || c == '\u201d' || c == '\u00bb') {
        k++;
      } else {
        break;
      }
    }
    if (k < n && classOf(t[k]) != SPACE) return false;
    int len = dot - word;
    if (len == 0) return true;
    int inner = dot - 1;
    while (inner >= word && t[inner] != '.') inner--;
    if (inner >= word) return dot - inner > 2; // "U.S." and "e.g." stay, "example.com." splits
    if (len == 1 && Character.isLetter(t[word])) return false;
    return len > 6
        || !ABBREVIATIONS.contains(new String(t, word, len).toLowerCase(Locale.ROOT));
  }

  // Emits t[a, b), splitting off NLTK's English clitics and a trailing quote.
  private static void word(char[] t, int a, int b, int hash, Tokens out) {
    int len = b - a;
    if (len <= 0) return;
    int split = b;
    char last = lower(t[b - 1]);
    if (len > 3 && last == 't' && t[b - 2] == '\'' && lower(t[b - 3]) == 'n') {
      split = b - 3; // n't
    } else if (len > 3 && t[b - 3] == '\'' && t[b - 4] != '\'' && isClitic2(lower(t[b - 2]), last)) {
      split = b - 3; // 'll 're 've
    } else if (len > 2 && t[b - 2] == '\'' && t[b - 3] != '\''
        && (last == 's' || last == 'm' || last == 'd')) {
      split = b - 2; // 's 'm 'd
    } else if (len > 1 && last == '\'' && t[b - 2] != '\'') {
      split = b - 1; // closing quote
    }
    if (split == b) {
      out.add(a, b, hash);
    } else {
      out.add(a, split, Tokens.hash(t, a, split));
      out.add(split, b, Tokens.hash(t, split, b));
    }
  }

  private static boolean isClitic2(char x, char y) {
    return (x == 'l' && y == 'l') || (x == 'r' && y == 'e') || (x == 'v' && y == 'e');
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }
}
