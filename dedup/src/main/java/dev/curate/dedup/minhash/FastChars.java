// SPDX-License-Identifier: Apache-2.0
package dev.curate.dedup.minhash;

import com.ibm.icu.text.Normalizer2;
import dev.curate.filters.text.Words;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The UTF-16 code units for which {@link Shingles}' fast path gives the same words as its
 * definition (NFKC, then {@code toLowerCase(Locale.ROOT)}, then {@link Words#tokens}). A text made
 * only of such characters is its own NFKC form, and lower-casing it maps each character to one
 * character of the same class for the word splitter, so it can be split as it is and lower-cased
 * word by word. A character {@code c} qualifies when
 *
 * <ul>
 *   <li>it is not a surrogate and not in a script that needs dictionary segmentation ({@link
 *       Words#needsSegmentation}: those runs go through ICU, which the fast path leaves alone);
 *   <li>the JDK's NFKC leaves it unchanged, and (ICU, same Unicode version) it has a normalisation
 *       boundary before it: nothing composes with, or reorders across, the character before it, so
 *       a string of such characters normalises character by character, i.e. not at all;
 *   <li>{@code String.valueOf(c).toLowerCase(Locale.ROOT)} is one character; it is not {@code Σ}
 *       (lower-cased by context, to {@code ς} at the end of a word); and if lower-casing changes
 *       it, both it and its lower case are letters outside segmented scripts (so the splitter
 *       treats them alike).
 * </ul>
 *
 * <p>The tables (192 KiB) are built from the JDK and ICU on first use, in a few tens of ms. The
 * exact-duplicate key ({@code dev.curate.dedup.ExactKey}) uses the same tables for its own fast
 * path ({@link #is}, {@link #lower}): a text of such characters is NFKC-stable and lower-cases
 * character by character there too.
 */
public final class FastChars {
  /** Lower case of each fast character (unused for the others). */
  static final char[] LOWER = new char[65536];

  /** 1 if the character's lower case is a letter or digit, else 0. */
  static final byte[] ALNUM = new byte[65536];

  /** 1 if the character qualifies. */
  private static final byte[] FAST = new byte[65536];

  static {
    Normalizer2 nfkc = Normalizer2.getNFKCInstance();
    for (int i = 0; i < 65536; i++) {
      char c = (char) i;
      LOWER[i] = c;
      ALNUM[i] = (byte) (Character.isLetterOrDigit(c) ? 1 : 0);
      if (qualifies(c, nfkc)) {
        FAST[i] = 1;
        char lower = String.valueOf(c).toLowerCase(Locale.ROOT).charAt(0);
        LOWER[i] = lower;
        ALNUM[i] = (byte) (Character.isLetterOrDigit(lower) ? 1 : 0);
      }
    }
  }

  private FastChars() {}

  static boolean qualifies(char c, Normalizer2 nfkc) {
    if (Character.isSurrogate(c) || Words.needsSegmentation(c) || c == '\u03a3') {
      return false;
    }
    if (c < 0x80) { // ASCII: NFKC-stable, every character a boundary, lower-cases A-Z only
      return true;
    }
    String s = String.valueOf(c);
    if (!Normalizer.normalize(s, Normalizer.Form.NFKC).equals(s) || !nfkc.hasBoundaryBefore(c)) {
      return false;
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.length() != 1) {
      return false;
    }
    char l = lower.charAt(0);
    return l == c
        || (Character.isLetter(c) && Character.isLetter(l) && !Words.needsSegmentation(l));
  }

  /** Greek capital sigma: its lower case depends on its neighbours, so it is not in the tables. */
  public static final char SIGMA = '\u03a3';

  /**
   * {@code toLowerCase(Locale.ROOT)} of the {@link #SIGMA} at {@code t[i]} in the text {@code t[0,
   * n)}, where its neighbours decide it: {@code σ} at the start of a word or inside one, {@code ς}
   * at the end of a word of cased letters; -1 in other contexts (the caller then takes the
   * definition's path). The JDK lower-cases a sigma to {@code ς} when a cased letter precedes it
   * and none follows it within its word ({@code ConditionalSpecialCasing}, word bounds from {@code
   * BreakIterator}); these are the contexts where that needs only the neighbours: a space or the
   * text's start before it (a word bound: never final), a cased letter before it and a space, the
   * text's end or a closing {@code , ; ! ? ) »} after it (final), or cased letters on both sides
   * (not final). Greek prose has a sigma in almost every sentence, and without this every such
   * text took the definition's path, five times slower. {@code ShinglesTest} and {@code
   * ExactKeyTest} check every context of up to two characters either side against the JDK.
   */
  public static int lowerSigma(char[] t, int i, int n) {
    if (i == 0 || isSpace(t[i - 1])) {
      return '\u03c3';
    }
    if (!isCased(t[i - 1])) {
      return -1;
    }
    if (i + 1 == n || isSpace(t[i + 1]) || isCloser(t[i + 1])) {
      return '\u03c2';
    }
    return isCased(t[i + 1]) ? '\u03c3' : -1;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
  }

  private static boolean isCloser(char c) {
    return c == ',' || c == ';' || c == '!' || c == '?' || c == ')' || c == '\u00bb';
  }

  private static boolean isCased(char c) {
    int type = Character.getType(c);
    return type == Character.UPPERCASE_LETTER || type == Character.LOWERCASE_LETTER || type == Character.TITLECASE_LETTER;
  }

  /** Whether every character of {@code text} qualifies. */
  static boolean all(char[] text) {
    byte[] fast = FAST;
    int ok = 1;
    for (char c : text) {
      ok &= fast[c];
    }
    return ok != 0;
  }

  /** Whether {@code c} qualifies. */
  public static boolean is(char c) {
    return FAST[c] != 0;
  }

  /** {@code toLowerCase(Locale.ROOT)} of a qualifying character (meaningless for the others). */
  public static char lower(char c) {
    return LOWER[c];
  }
}
