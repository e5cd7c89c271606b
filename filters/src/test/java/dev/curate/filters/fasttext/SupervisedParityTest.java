// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.fasttext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Small models trained with C++ fastText 0.9.2 (see {@code golden/fasttext/regenerate.sh}) against
 * its {@code predict-prob} output: word bigrams, char n-grams, softmax, one-vs-all, a pruned qnorm
 * model and a quantized output matrix.
 */
class SupervisedParityTest {
  private static final String DIR = "/golden/fasttext/";

  private static GoldenPredictions.Report check(
      String model, String input, String expected, int k, float threshold) throws IOException {
    FastTextModel m = FastTextModel.load(GoldenPredictions.resourcePath(DIR + model));
    List<String> inputs = GoldenPredictions.lines(DIR + input);
    assertTrue(inputs.size() >= 500, inputs.size() + " texts");
    GoldenPredictions.Report r =
        GoldenPredictions.check(m, inputs, GoldenPredictions.lines(DIR + expected), k, threshold);
    System.out.println(model + " parity (k=" + k + ", threshold=" + threshold + "): " + r);
    return r;
  }

  @Test
  void softmaxModelWithWordBigramsMatchesReference() throws IOException {
    FastTextModel m = FastTextModel.load(GoldenPredictions.resourcePath(DIR + "europarl-sup.bin"));
    assertEquals(2, m.args().wordNgrams());
    assertEquals(ModelArgs.Loss.SOFTMAX, m.args().loss());
    assertFalse(m.quantized());
    check("europarl-sup.bin", "europarl-input.txt", "europarl-sup.bin.expected.txt", 3, 0f);
  }

  @Test
  void thresholdDropsLabelsAsReferenceDoes() throws IOException {
    check(
        "europarl-sup.bin",
        "europarl-input.txt",
        "europarl-sup.bin.k5-t0.05.expected.txt",
        5,
        0.05f);
  }

  @Test
  void prunedQnormModelMatchesReference() throws IOException {
    FastTextModel m = FastTextModel.load(GoldenPredictions.resourcePath(DIR + "europarl-sup.ftz"));
    assertTrue(m.quantized());
    check("europarl-sup.ftz", "europarl-input.txt", "europarl-sup.ftz.expected.txt", 3, 0f);
  }

  @Test
  void oneVsAllModelWithQuantizedOutputMatchesReference() throws IOException {
    FastTextModel m = FastTextModel.load(GoldenPredictions.resourcePath(DIR + "udhr-ova.ftz"));
    assertEquals(ModelArgs.Loss.OVA, m.args().loss());
    check("udhr-ova.ftz", "udhr-input.txt", "udhr-ova.ftz.expected.txt", 3, 0f);
  }
}
