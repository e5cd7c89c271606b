// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.lid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DominantScriptTest {
  @Test
  void namesTheScriptOfMostLetters() {
    assertEquals("Latn", DominantScript.of("Hello, world"));
    assertEquals("Cyrl", DominantScript.of("Москва — столица России."));
    assertEquals("Hani", DominantScript.of("中华人民共和国"));
    assertEquals("Arab", DominantScript.of("القاهرة هي عاصمة مصر"));
    assertEquals("Hang", DominantScript.of("서울은 대한민국의 수도입니다."));
    assertEquals("Deva", DominantScript.of("नमस्ते दुनिया"));
    assertEquals("Grek", DominantScript.of("Ωμέγα"));
    assertEquals("Hebr", DominantScript.of("שלום"));
  }

  @Test
  void mixedTextTakesTheMajorityScript() {
    assertEquals("Cyrl", DominantScript.of("OK: привет мир"));
    assertEquals("Latn", DominantScript.of("Tokyo 東京 is big and busy"));
  }

  @Test
  void textWithoutLettersIsCommon() {
    assertEquals(DominantScript.COMMON, DominantScript.of(""));
    assertEquals(DominantScript.COMMON, DominantScript.of("1234 5678 !?"));
    assertEquals(DominantScript.COMMON, DominantScript.of("😀 🎉 👍🏽"));
  }

  @Test
  void everyJavaScriptHasAFourLetterCode() {
    for (Character.UnicodeScript s : Character.UnicodeScript.values()) {
      String code = DominantScript.isoCode(s);
      assertEquals(4, code.length(), s + " -> " + code);
    }
    assertEquals("Zinh", DominantScript.isoCode(Character.UnicodeScript.INHERITED));
  }
}
