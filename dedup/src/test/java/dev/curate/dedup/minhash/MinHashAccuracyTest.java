// SPDX-License-Identifier: Apache-2.0
package dev.curate.dedup.minhash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The MinHash estimate against exact Jaccard similarity, over document pairs made by editing
 * Europarl-like prose (replacing, inserting and deleting a share of words), so that true
 * similarities spread over the whole range: the acceptance test.
 */
class MinHashAccuracyTest {
  private static final int PAIRS = 4000;

  @Test
  void estimatesAreUnbiasedAndWithinTheBinomialBandForFinewebSettings() {
    MinHashSettings settings = MinHashSettings.fineweb();
    MinHasher hasher = new MinHasher(settings);
    int k = settings.hashes();
    TestProse prose = new TestProse(7, 3000);
    SplittableRandom r = new SplittableRandom(2024);

    double biasSum = 0;
    double normalisedSquares = 0;
    int varianceTerms = 0;
    int inBand = 0;
    int[] byDecile = new int[10];
    int[] inBandByDecile = new int[10];
    double[] biasByDecile = new double[10];
    for (int p = 0; p < PAIRS; p++) {
      List<String> a = prose.words(r, 80 + r.nextInt(520));
      double kind = r.nextDouble();
      List<String> b;
      if (kind < 0.1) {
        b = prose.words(r, 80 + r.nextInt(520)); // unrelated
      } else if (kind < 0.2) {
        b = prose.edit(a, 0.05 * r.nextDouble(), r); // near-identical
      } else {
        b = prose.edit(a, 0.35 * r.nextDouble(), r);
      }
      long[] sa = Shingles.of(TestProse.text(a), "en", settings.shingleSize());
      long[] sb = Shingles.of(TestProse.text(b), "en", settings.shingleSize());
      double exact = MinHasher.jaccard(sa, sb);
      double estimate = MinHasher.estimate(hasher.signature(sa), hasher.signature(sb));
      double error = estimate - exact;
      double sd = Math.sqrt(exact * (1 - exact) / k);
      biasSum += error;
      boolean inside = Math.abs(error) <= 1.96 * sd + 1e-12;
      if (inside) {
        inBand++;
      }
      if (exact > 0.05 && exact < 0.95) {
        normalisedSquares += error * error / (sd * sd);
        varianceTerms++;
      }
      int decile = Math.min(9, (int) (exact * 10));
      byDecile[decile]++;
      biasByDecile[decile] += error;
      if (inside) {
        inBandByDecile[decile]++;
      }
    }
    double bias = biasSum / PAIRS;
    double share = (double) inBand / PAIRS;
    double varianceRatio = normalisedSquares / varianceTerms;
    System.out.printf(
        Locale.ROOT,
        "MinHash accuracy, %d x %d = %d hashes, %d pairs: mean(estimate - exact) = %+.4f, share within"
            + " +-1.96 sqrt(J(1-J)/k) = %.3f, variance / binomial variance = %.3f (%d pairs with 0.05 < J < 0.95)%n",
        settings.bands(),
        settings.rows(),
        k,
        PAIRS,
        bias,
        share,
        varianceRatio,
        varianceTerms);
    for (int d = 0; d < 10; d++) {
      System.out.printf(
          Locale.ROOT,
          "  J in [%.1f, %.1f%s: %4d pairs, mean error %+.4f, within band %.3f%n",
          d / 10.0,
          (d + 1) / 10.0,
          d == 9 ? "]" : ")",
          byDecile[d],
          byDecile[d] == 0 ? 0 : biasByDecile[d] / byDecile[d],
          byDecile[d] == 0 ? 0 : (double) inBandByDecile[d] / byDecile[d]);
    }
    assertTrue(Math.abs(bias) <= 0.01, "mean bias " + bias);
    assertTrue(share >= 0.93, "share within the 95% band " + share);
    // independent hash functions: the error variance is the binomial one
    assertTrue(varianceRatio > 0.8 && varianceRatio < 1.2, "variance ratio " + varianceRatio);
    for (int d = 0; d < 10; d++) {
      assertTrue(byDecile[d] >= 100, "too few pairs with J near " + (d + 0.5) / 10 + ": " + byDecile[d]);
    }
  }

  @Test
  void identicalSetsEstimateOneAndDisjointSetsEstimateAboutZero() {
    MinHasher hasher = new MinHasher(MinHashSettings.fineweb());
    SplittableRandom r = new SplittableRandom(5);
    long[] a = randomSet(r, 300);
    long[] b = randomSet(r, 300);
    assertEquals(1.0, MinHasher.estimate(hasher.signature(a), hasher.signature(a.clone())));
    assertEquals(0.0, MinHasher.jaccard(a, b));
    assertTrue(MinHasher.estimate(hasher.signature(a), hasher.signature(b)) <= 1.0 / 112);
  }

  static long[] randomSet(SplittableRandom r, int n) {
    return r.longs(n).sorted().distinct().toArray();
  }
}
