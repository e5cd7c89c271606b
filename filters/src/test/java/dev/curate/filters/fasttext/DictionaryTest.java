// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.fasttext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hashing, subword extraction and line-to-rows mapping, checked against vectors printed by C++
 * fastText 0.9.2 for {@code europarl-sup.bin} ({@code golden/fasttext/regenerate-vectors.sh}).
 */
class DictionaryTest {
  private static FastTextModel model;

  @BeforeAll
  static void load() throws IOException {
    model = FastTextModel.load(GoldenPredictions.resourcePath("/golden/fasttext/europarl-sup.bin"));
  }

  private static int hash(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return Dictionary.hash(b, 0, b.length);
  }

  @Test
  void hashIsFnv1aOnAsciiText() {
    // Published FNV-1a 32-bit test vectors.
    assertEquals(0x811C9DC5, hash(""));
    assertEquals(0xE40C292C, hash("a"));
    assertEquals(0xBF9CF968, hash("foobar"));
  }

  @Test
  void hashSignExtendsBytesAbove0x7F() {
    // "é" is C3 A9; fastText XORs uint32_t(int8_t(c)) = 0xFFFFFFC3, not 0x000000C3.
    int h = 0x811C9DC5;
    h = (h ^ 0xFFFFFFC3) * 16777619;
    h = (h ^ 0xFFFFFFA9) * 16777619;
    assertEquals(h, hash("é"));
  }

  @Test
  void subwordRowsMatchPrintNgrams() {
    List<String> lines = GoldenPredictions.lines("/golden/fasttext/ngrams.txt");
    int words = 0;
    for (int i = 0; i < lines.size(); ) {
      String word = lines.get(i++).substring(2);
      List<float[]> expected = new ArrayList<>();
      while (i < lines.size() && !lines.get(i).startsWith("# ")) {
        expected.add(vector(lines.get(i++), 1));
      }
      int[] rows = model.subwordRows(word);
      assertEquals(expected.size(), rows.length, "subword count of " + word);
      for (int j = 0; j < rows.length; j++) {
        assertClose(expected.get(j), model.inputRow(rows[j]), word + " subword " + j);
      }
      words++;
    }
    assertEquals(13, words);
  }

  @Test
  void sentenceVectorsMatchPrintSentenceVectorsWithWordBigrams() {
    List<String> inputs = GoldenPredictions.lines("/golden/fasttext/europarl-input.txt");
    List<String> vectors = GoldenPredictions.lines("/golden/fasttext/sentence-vectors.txt");
    assertEquals(100, vectors.size());
    for (int i = 0; i < vectors.size(); i++) {
      assertClose(
          vector(vectors.get(i), 0), model.sentenceVector(inputs.get(i)), "line " + (i + 1));
    }
  }

  @Test
  void literalEndOfSentenceTokenEndsTheLine() {
    assertEquals(
        model.predict("Das ist gut", 3), model.predict("Das ist gut </s> this is ignored", 3));
  }

  @Test
  void newlinesCountAsSpaces() {
    assertEquals(model.predict("Das ist\ngut", 3), model.predict("Das ist gut", 3));
  }

  private static float[] vector(String line, int skip) {
    String[] f = line.trim().split(" ");
    float[] v = new float[f.length - skip];
    for (int i = 0; i < v.length; i++) {
      v[i] = Float.parseFloat(f[i + skip]);
    }
    return v;
  }

  private static void assertClose(float[] expected, float[] actual, String what) {
    assertEquals(expected.length, actual.length, what + " length");
    for (int i = 0; i < expected.length; i++) {
      // The reference prints 5 significant digits.
      double tol = 1e-6 + 1e-4 * Math.abs(expected[i]);
      assertTrue(
          Math.abs(expected[i] - actual[i]) <= tol,
          what + "[" + i + "]: expected " + expected[i] + ", got " + actual[i]);
    }
  }
}
