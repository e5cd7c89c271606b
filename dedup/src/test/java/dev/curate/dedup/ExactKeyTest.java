// SPDX-License-Identifier: Apache-2.0
package dev.curate.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ExactKeyTest {
  private static final TextNormalization DEFAULTS = TextNormalization.defaults();
  private static final TextNormalization NONE = new TextNormalization(false, false, false, false, false);

  @Test
  void caseWhitespaceAndPunctuationDoNotChangeTheKeyByDefault() {
    assertEquals(
        ExactKey.of("Hello, world!  This is   a test.", DEFAULTS),
        ExactKey.of("hello world\nthis is a test", DEFAULTS));
    assertEquals("hello world this is a test", ExactKey.normalize("  Hello, world!\n\tThis is a test. ", DEFAULTS));
  }

  @Test
  void fullWidthFormsEqualTheirAsciiFormsUnderNfkc() {
    assertEquals(ExactKey.of("ＡＢＣ 123", DEFAULTS), ExactKey.of("abc 123", DEFAULTS));
  }

  @Test
  void digitsMatterUnlessConfigured() {
    assertNotEquals(ExactKey.of("posted on 2024-07-01", DEFAULTS), ExactKey.of("posted on 2024-07-02", DEFAULTS));
    TextNormalization digits = new TextNormalization(true, true, true, true, true);
    assertEquals(ExactKey.of("posted on 2024-07-01", digits), ExactKey.of("posted on 2024-07-02", digits));
  }

  @Test
  void withoutNormalisationEveryCharacterCounts() {
    assertNotEquals(ExactKey.of("a b", NONE), ExactKey.of("a  b", NONE));
    assertEquals(32, ExactKey.of("a b", NONE).length());
  }

  @Test
  void theOnePassKeyEqualsTheHashOfTheNormalisedTextForEveryNormalisation() throws Exception {
    // Characters of both paths: ASCII, Latin, Greek and Cyrillic letters of both cases, digits
    // (also Arabic-Indic), punctuation, symbols, whitespace kinds, and slow ones (NBSP, full-width,
    // ligature, final-sigma context, dotted I, CJK, a surrogate pair, a combining accent).
    String[] pieces = {"a", "B", "z", "Q", " ", "  ", "\t", "\n", ",", ".", "!", "-", "'", "\"", "(", ")", "0", "7",
        "é", "É", "ß", "ø", "Ж", "ж", "λ", "Λ", "€", "©", "+", "=", "_", "٣", "word", "Words. ",
        "\u2003", "\u00a0", "Ａ", "ﬁ", "ΟΔΟΣ ", "İ", "中文", "😀", "e\u0301", "½"};
    List<TextNormalization> settings = List.of(DEFAULTS, NONE, new TextNormalization(true, true, true, true, true),
        new TextNormalization(false, true, false, true, false), new TextNormalization(true, true, true, false, true),
        new TextNormalization(false, true, true, false, false));
    SplittableRandom r = new SplittableRandom(5);
    for (int t = 0; t < 6000; t++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(30);
      // Two texts in three use the fast characters only (the first 34 pieces).
      int pool = t % 3 == 0 ? pieces.length : 34;
      for (int i = 0; i < n; i++) {
        b.append(pieces[r.nextInt(pool)]);
      }
      String text = b.toString();
      for (TextNormalization s : settings) {
        byte[] d = MessageDigest.getInstance("SHA-256").digest(ExactKey.normalize(text, s).getBytes(StandardCharsets.UTF_8));
        assertEquals(HexFormat.of().formatHex(d, 0, 16), ExactKey.of(text, s), () -> "text \"" + text + "\" under " + s);
        char[] padded = java.util.Arrays.copyOf(text.toCharArray(), text.length() + 5);
        assertEquals(ExactKey.of(text, s), ExactKey.of(padded, text.length(), s), () -> "characters of \"" + text + "\"");
      }
    }
  }

  @Test
  void aGreekCapitalSigmaLowerCasesByItsContextAsTheJdkDoes() throws Exception {
    // Every context of up to two characters on either side of a sigma, from letters of each case,
    // spaces, closers, word-inner punctuation, digits and a slow character: the one-pass key must
    // equal the hash of the normalised text (the JDK's toLowerCase decides final sigma).
    for (String text : SigmaContexts.texts()) {
      for (TextNormalization s : List.of(DEFAULTS, new TextNormalization(true, true, false, false, false))) {
        byte[] d = MessageDigest.getInstance("SHA-256").digest(ExactKey.normalize(text, s).getBytes(StandardCharsets.UTF_8));
        assertEquals(HexFormat.of().formatHex(d, 0, 16), ExactKey.of(text, s), () -> "text \"" + text + "\" under " + s);
      }
    }
  }
}
