// SPDX-License-Identifier: Apache-2.0
package dev.curate.dedup.minhash;

import dev.curate.filters.text.PyStr;
import dev.curate.filters.text.Words;
import java.util.Arrays;

/**
 * {@link Words#tokens} and {@link Shingles}' word hashing in one pass, for texts made only of
 * {@link FastChars}: the word hashes {@code Shingles} would compute from {@code
 * Words.tokens(NFKC(text).toLowerCase(Locale.ROOT))}, without normalising, lower-casing, copying
 * or recording spans. It is a transcription of {@code Words}' single-pass Treebank scanner that
 * reads every character through its lower case ({@link FastChars#LOWER}, which is what the
 * definition's scanner sees) and drops punctuation-only tokens as it goes; fast texts have no
 * characters that need dictionary segmentation, so that branch is absent. {@code ShinglesTest}
 * checks it against the definition on texts full of the scanner's special cases; a change to
 * {@code Words} that is not mirrored here fails that test.
 *
 * <p>One table lookup per character ({@link #INFO}) gives its lower case, its class, whether it is
 * a letter or digit, and whether it is a fast character at all; the scan runs optimistically and
 * reports at the end whether every character was fast ({@link #fast}). If not, its words are
 * meaningless and the caller takes the definition's path.
 */
final class FastWords {
  private static final byte WORD = 0;
  private static final byte SPACE = 1;
  private static final byte ALONE = 2; // always its own token (never a letter or digit: dropped)
  private static final byte COMMA = 3; // , and : - own token unless a digit follows
  private static final byte RUN = 4; // . and - - runs of two or more are one token
  private static final byte SIGMA = 5; // a letter lower-cased by context (FastChars.lowerSigma)

  /** The scanner's class of each character's lower case. */
  private static final byte[] CLASS = new byte[65536];

  /**
   * Per character: its lower case (bits 0-15), the scanner's class of that (bits 16-18),
   * {@link #ALNUM} if the lower case is a letter or digit, {@link #SLOW} if it is not a {@link
   * FastChars} character.
   */
  private static final int[] INFO = new int[65536];

  private static final int ALNUM = 1 << 20;
  private static final int SLOW = 1 << 21;

  private static final char[][] ABBREVIATIONS = {
    "mr".toCharArray(), "mrs".toCharArray(), "ms".toCharArray(), "dr".toCharArray(),
    "prof".toCharArray(), "st".toCharArray(), "vs".toCharArray(), "etc".toCharArray(),
    "inc".toCharArray(), "ltd".toCharArray(), "jr".toCharArray(), "sr".toCharArray(),
    "co".toCharArray(), "no".toCharArray(), "fig".toCharArray(), "approx".toCharArray(),
    "dept".toCharArray(), "est".toCharArray(), "gen".toCharArray(), "gov".toCharArray(),
    "sen".toCharArray(), "rep".toCharArray(), "rev".toCharArray(), "mt".toCharArray()
  };

  static {
    for (int i = 0; i < 65536; i++) {
      CLASS[i] = classOf(FastChars.LOWER[i]);
      INFO[i] = FastChars.LOWER[i] | CLASS[i] << 16 | (FastChars.ALNUM[i] != 0 ? ALNUM : 0)
          | (FastChars.is((char) i) ? 0 : SLOW);
    }
    CLASS[FastChars.SIGMA] = WORD;
    INFO[FastChars.SIGMA] = '\u03c3' | SIGMA << 16 | ALNUM;
  }

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private final char[] t;
  private final char[] lower = FastChars.LOWER;
  private final byte[] alnum = FastChars.ALNUM;
  long[] words;
  int count;
  /** Whether every character was a fast one; if not, {@link #words} mean nothing. */
  boolean fast;
  private int seen; // OR of the INFO of every character scanned

  private final int n; // the text is t[0, n)

  private FastWords(char[] text, int length, long[] wordBuffer) {
    t = text;
    n = length;
    words = wordBuffer;
  }

  /**
   * Hashes of the words of {@code text} that have a letter or digit, if all its characters are
   * {@link FastChars} ({@link #fast}).
   */
  static FastWords of(char[] text) {
    return scanned(new FastWords(text, text.length, new long[Math.max(16, text.length / 4)]));
  }

  /**
   * The same for a string, scanned from a per-thread copy of its characters into a per-thread
   * word array: {@link #words} is then only valid until the thread's next call. A fresh copy and
   * word array per document were about 5 KB of garbage per page of prose.
   */
  static FastWords of(String text) {
    int length = text.length();
    if (length > MAX_SCRATCH) {
      return of(text.toCharArray()); // a huge page does not keep its buffers alive in the thread
    }
    Scratch s = SCRATCH.get();
    if (s.chars.length < length) {
      s.chars = new char[Math.max(length, 2 * s.chars.length)];
    }
    text.getChars(0, length, s.chars, 0);
    return scanned(new FastWords(s.chars, length, s.words(length)));
  }

  /**
   * The same for the characters {@code text[0, length)} as they are (not copied), into a
   * per-thread word array: {@link #words} is then only valid until the thread's next call.
   */
  static FastWords of(char[] text, int length) {
    if (length > MAX_SCRATCH) {
      return scanned(new FastWords(text, length, new long[Math.max(16, length / 4)]));
    }
    return scanned(new FastWords(text, length, SCRATCH.get().words(length)));
  }

  private static FastWords scanned(FastWords w) {
    w.scan();
    w.fast = (w.seen & SLOW) == 0;
    return w;
  }

  private static final int MAX_SCRATCH = 1 << 20;
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private static final class Scratch {
    char[] chars = new char[1 << 14];
    long[] words = new long[1 << 12];

    long[] words(int length) {
      int needed = Math.max(16, length / 4);
      if (words.length < needed) {
        words = new long[Math.max(needed, 2 * words.length)];
      }
      return words;
    }
  }

  // Words' classOf, for characters that need no segmentation
  private static byte classOf(char c) {
    if (c < 256) {
      if (PyStr.isSpace(c)) return SPACE;
      if (";@#$%&*?!()[]{}<>\"`\u00ab\u00bb".indexOf(c) >= 0) return ALONE;
      if (c == ',' || c == ':') return COMMA;
      if (c == '.' || c == '-') return RUN;
      return WORD;
    }
    if (PyStr.isSpace(c)) return SPACE;
    switch (c) {
      case '\u00ab': case '\u00bb': case '\u201c': case '\u201d': case '\u201e': case '\u2018':
      case '\u2019':
        return ALONE;
      default:
        return WORD;
    }
  }

  // Words.tokens: whitespace-delimited runs, each split by the Treebank rules (one loop here, as
  // a call per run costs as much as the run's characters)
  private void scan() {
    char[] a = t;
    int[] info = INFO;
    int n = this.n;
    int i = 0;
    int seenHere = 0;
    while (i < n) {
      int f = info[a[i]];
      if ((f >>> 16 & 7) != SPACE) {
        break;
      }
      seenHere |= f;
      i++;
    }
    seen |= seenHere;
    treebank(i);
  }

  private char lc(int k) {
    return lower[t[k]];
  }

  /**
   * The lower case of the sigma at t[k]; if its context does not decide it, the text is marked
   * slow. Out of {@link #treebank}'s loop, which stays small enough for the JIT to inline into.
   */
  private int sigma(int k) {
    int l = FastChars.lowerSigma(t, k, n);
    if (l < 0) {
      seen |= SLOW;
    }
    return l;
  }

  /** The lower case of t[k] in its context (a sigma's depends on its neighbours). */
  private char lowerAt(int k) {
    char c = t[k];
    if (c == FastChars.SIGMA) {
      int l = sigma(k);
      return l < 0 ? '\u03c3' : (char) l; // undecided: the text is slow and its words unused
    }
    return lower[c];
  }

  private void emit(long h) {
    if (count == words.length) {
      words = Arrays.copyOf(words, count * 2);
    }
    words[count++] = Shingles.mix64(h);
  }

  private void emitSpan(int a, int b) {
    long h = FNV_OFFSET;
    int letters = 0;
    for (int k = a; k < b; k++) {
      letters |= alnum[t[k]];
      h = (h ^ lowerAt(k)) * FNV_PRIME;
    }
    if (letters != 0) {
      emit(h);
    }
  }

  private void treebank(int from) {
    char[] a = t;
    int[] info = INFO;
    int n = this.n;
    int word = from;
    long h = FNV_OFFSET; // FNV-1a of the lower-cased a[word, i)
    int letters = 0; // OR of the INFO of a[word, i)
    int i = from;
    while (i < n) {
      char c = a[i];
      int f = info[c];
      int k = f >>> 16 & 7;
      if (k == WORD) {
        letters |= f;
        h = (h ^ (f & 0xFFFF)) * FNV_PRIME;
        i++;
        continue;
      }
      seen |= f;
      switch (k) {
        case SIGMA:
          letters |= f;
          h = (h ^ sigma(i)) * FNV_PRIME;
          i++;
          continue;
        case SPACE: // end of the run: skip to the next one
          word(word, i, h, letters);
          i++;
          int spaces = 0;
          while (i < n && ((f = info[a[i]]) >>> 16 & 7) == SPACE) {
            spaces |= f;
            i++;
          }
          seen |= spaces;
          word = i;
          h = FNV_OFFSET;
          letters = 0;
          continue;
        case ALONE:
          word(word, i, h, letters);
          word = ++i;
          h = FNV_OFFSET;
          letters = 0;
          continue;
        case COMMA:
          if (i + 1 < n && Character.isDigit(lower[a[i + 1]])) {
            letters |= f;
            h = (h ^ (f & 0xFFFF)) * FNV_PRIME;
            i++;
            continue;
          }
          word(word, i, h, letters);
          word = ++i;
          h = FNV_OFFSET;
          letters = 0;
          continue;
        default: // RUN
          char lcc = (char) f;
          int j = i + 1;
          while (j < n && lower[a[j]] == lcc) j++;
          if (j - i >= 2) { // "..." or "--"
            word(word, i, h, letters);
            word = i = j;
            h = FNV_OFFSET;
            letters = 0;
            continue;
          }
          if (lcc == '.' && isFinalPeriod(word, i)) {
            word(word, i, h, letters);
            word = ++i;
            h = FNV_OFFSET;
            letters = 0;
            continue;
          }
          letters |= f;
          h = (h ^ lcc) * FNV_PRIME;
          i++;
      }
    }
    word(word, n, h, letters);
  }

  private boolean isFinalPeriod(int word, int dot) {
    int n = this.n;
    int k = dot + 1;
    while (k < n) {
      char c = lc(k);
      if (c == '\'' || c == '"' || c == ')' || c == ']' || c == '}' || c == '>' || c == '\u2019'
          || c == '\u201d' || c == '\u00bb') {
        k++;
      } else {
        break;
      }
    }
    if (k < n && CLASS[t[k]] != SPACE) return false;
    int len = dot - word;
    if (len == 0) return true;
    int inner = dot - 1;
    while (inner >= word && lc(inner) != '.') inner--;
    if (inner >= word) return dot - inner > 2;
    if (len == 1 && Character.isLetter(lc(word))) return false;
    return len > 6 || !isAbbreviation(word, len);
  }

  // ABBREVIATIONS.contains(lower-cased t[word, word + len)); the definition's text is lower-case
  // already, and the abbreviations are ASCII, which only ASCII lower-cases to
  private boolean isAbbreviation(int word, int len) {
    outer:
    for (char[] abbr : ABBREVIATIONS) {
      if (abbr.length != len) continue;
      for (int k = 0; k < len; k++) {
        char c = lc(word + k);
        if (c >= 'A' && c <= 'Z') c += 32; // no fast character lower-cases to A-Z; kept for form
        if (c != abbr[k]) continue outer;
      }
      return true;
    }
    return false;
  }

  // Words.word: emits a[a0, b), splitting off NLTK's English clitics and a trailing quote; every
  // split needs an apostrophe among the last three characters, so the common case is short
  private void word(int a0, int b, long hash, int letters) {
    seen |= letters;
    int len = b - a0;
    if (len <= 0) {
      return;
    }
    char[] low = lower;
    char[] a = t;
    if (low[a[b - 1]] == '\'' || (len > 1 && low[a[b - 2]] == '\'') || (len > 2 && low[a[b - 3]] == '\'')) {
      clitics(a0, b, hash, letters);
    } else if ((letters & ALNUM) != 0) {
      emit(hash);
    }
  }

  private void clitics(int a0, int b, long hash, int letters) {
    int len = b - a0;
    int split = b;
    char last = lc(b - 1);
    if (len > 3 && last == 't' && lc(b - 2) == '\'' && lc(b - 3) == 'n') {
      split = b - 3; // n't
    } else if (len > 3 && lc(b - 3) == '\'' && lc(b - 4) != '\'' && isClitic2(lc(b - 2), last)) {
      split = b - 3; // 'll 're 've
    } else if (len > 2 && lc(b - 2) == '\'' && lc(b - 3) != '\''
        && (last == 's' || last == 'm' || last == 'd')) {
      split = b - 2; // 's 'm 'd
    } else if (len > 1 && last == '\'' && lc(b - 2) != '\'') {
      split = b - 1; // closing quote
    }
    if (split == b) {
      if ((letters & ALNUM) != 0) {
        emit(hash);
      }
    } else {
      emitSpan(a0, split);
      emitSpan(split, b);
    }
  }

  private static boolean isClitic2(char x, char y) {
    return (x == 'l' && y == 'l') || (x == 'r' && y == 'e') || (x == 'v' && y == 'e');
  }
}
