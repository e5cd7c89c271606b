// SPDX-License-Identifier: Apache-2.0
package dev.curate.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
}
