// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.fasttext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * lid.176.ftz (pruned, quantized, hierarchical softmax) against {@code fasttext predict-prob} 0.9.2
 * on the golden texts in {@code golden/lid/} (see its README and regenerate.sh).
 */
class Lid176ParityTest {
  private static FastTextModel model;

  @BeforeAll
  static void load() throws IOException {
    model = FastTextModel.load(GoldenPredictions.lidModel());
  }

  @Test
  void readsTheModelHeader() {
    assertEquals(16, model.args().dim());
    assertEquals(ModelArgs.Loss.HS, model.args().loss());
    assertEquals(176, model.labels().size());
    assertTrue(model.quantized());
  }

  @Test
  void top3MatchesReferenceOnEveryGoldenText() {
    List<String> inputs = GoldenPredictions.lines("/golden/lid/input.txt");
    List<String> expected = GoldenPredictions.lines("/golden/lid/expected.txt");
    Set<String> languages = new HashSet<>();
    for (String line : expected) {
      languages.add(line.split(" ")[0]);
    }
    assertTrue(inputs.size() >= 2000, "golden set has " + inputs.size() + " texts");
    assertTrue(languages.size() >= 50, "golden set has " + languages.size() + " languages");
    GoldenPredictions.Report r = GoldenPredictions.check(model, inputs, expected, 3, 0f);
    System.out.println("lid.176 parity: " + r + ", languages=" + languages.size());
  }
}
