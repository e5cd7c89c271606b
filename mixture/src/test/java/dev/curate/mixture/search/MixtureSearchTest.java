// SPDX-License-Identifier: Apache-2.0
package dev.curate.mixture.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search against random search on synthetic losses with a known optimum, at the same number of
 * evaluations (40: 16 random, then 3 rounds of 8 proposals), averaged over 20 seeds.
 */
class MixtureSearchTest {
  static final int DOMAINS = 4;
  static final int INITIAL = 16;
  static final int ROUNDS = 3;
  static final int PER_ROUND = 8;
  static final int SEEDS = 20;

  /** Quadratic bowl, optimum 2.0 at (0.1, 0.4, 0.2, 0.3). */
  static final double[] BOWL_OPT = {0.1, 0.4, 0.2, 0.3};

  static double bowl(double[] w) {
    double[] a = {1, 3, 2, 5};
    double l = 2;
    for (int i = 0; i < DOMAINS; i++) {
      l += a[i] * (w[i] - BOWL_OPT[i]) * (w[i] - BOWL_OPT[i]);
    }
    return l;
  }

  /**
   * Power law per domain, {@code 2 + Σ c_i (w_i + 0.02)^-0.5}: not quadratic. Its optimum on the
   * simplex (Lagrange): {@code w_i + 0.02 ∝ c_i^(2/3)}.
   */
  static double power(double[] w) {
    double[] c = {1, 2, 0.5, 3};
    double l = 2;
    for (int i = 0; i < DOMAINS; i++) {
      l += 0.1 * c[i] * Math.pow(w[i] + 0.02, -0.5);
    }
    return l;
  }

  static double[] powerOptimum() {
    double[] c = {1, 2, 0.5, 3};
    double sum = 0;
    for (double x : c) {
      sum += Math.pow(x, 2.0 / 3);
    }
    double[] w = new double[DOMAINS];
    for (int i = 0; i < DOMAINS; i++) {
      w[i] = (1 + DOMAINS * 0.02) * Math.pow(c[i], 2.0 / 3) / sum - 0.02;
    }
    return w;
  }

  static double searchBest(ToDoubleFunction<double[]> loss, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<MixtureRun> runs = new ArrayList<>();
    for (int i = 0; i < INITIAL; i++) {
      double[] w = MixtureSearch.uniformMixture(random, DOMAINS);
      runs.add(new MixtureRun(w, loss.applyAsDouble(w)));
    }
    MixtureSearch search = new MixtureSearch(DOMAINS, 20_000, 1e-6, 0.05);
    for (int round = 0; round < ROUNDS; round++) {
      for (MixtureSearch.Proposal p : search.propose(runs, PER_ROUND, seed * 31 + round)) {
        runs.add(new MixtureRun(p.weights(), loss.applyAsDouble(p.weights())));
      }
    }
    assertEquals(INITIAL + ROUNDS * PER_ROUND, runs.size());
    return runs.stream().mapToDouble(MixtureRun::loss).min().orElseThrow();
  }

  static double randomBest(ToDoubleFunction<double[]> loss, long seed) {
    SplittableRandom random = new SplittableRandom(seed + 1_000_000);
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i < INITIAL + ROUNDS * PER_ROUND; i++) {
      best = Math.min(best, loss.applyAsDouble(MixtureSearch.uniformMixture(random, DOMAINS)));
    }
    return best;
  }

  /** Mean regret (best loss found minus the optimum) of search and of random search. */
  static double[] regrets(ToDoubleFunction<double[]> loss, double optimum) {
    double search = 0;
    double random = 0;
    for (long seed = 1; seed <= SEEDS; seed++) {
      search += searchBest(loss, seed) - optimum;
      random += randomBest(loss, seed) - optimum;
    }
    return new double[] {search / SEEDS, random / SEEDS};
  }

  @Test
  void onAQuadraticBowlSearchGetsAtLeastTenTimesCloserThanRandomSearch() {
    double[] r = regrets(MixtureSearchTest::bowl, 2.0);
    System.out.printf("mixture search, quadratic bowl: mean regret %.6f vs random search %.6f (%.0fx closer)%n", r[0], r[1], r[1] / r[0]);
    assertTrue(r[0] * 10 < r[1], r[0] + " vs " + r[1]);
  }

  @Test
  void onAPowerLawLossSearchGetsAtLeastTenTimesCloserThanRandomSearch() {
    double optimum = power(powerOptimum());
    double[] r = regrets(MixtureSearchTest::power, optimum);
    System.out.printf("mixture search, power law: mean regret %.6f vs random search %.6f (%.1fx closer)%n", r[0], r[1], r[1] / r[0]);
    assertTrue(r[0] * 10 < r[1], r[0] + " vs " + r[1]);
  }

  @Test
  void theModelRecoversAQuadraticExactly() {
    SplittableRandom random = new SplittableRandom(3);
    List<MixtureRun> runs = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      double[] w = MixtureSearch.uniformMixture(random, DOMAINS);
      runs.add(new MixtureRun(w, bowl(w)));
    }
    MixtureLossModel m = MixtureLossModel.fit(runs, DOMAINS, 1e-9);
    assertEquals(2.0, m.predict(BOWL_OPT), 1e-5);
  }

  @TempDir Path dir;

  @Test
  void csvAndJsonLinesResultsReadTheSameRuns() throws Exception {
    Path csv = dir.resolve("runs.csv");
    Files.writeString(csv, "news,code,loss\n1,1,2.5\n3,1,2.4\n");
    Path jsonl = dir.resolve("runs.jsonl");
    Files.writeString(jsonl, "{\"weights\":{\"news\":0.5,\"code\":0.5},\"loss\":2.5}\n{\"weights\":{\"news\":0.75,\"code\":0.25},\"loss\":2.4}\n");
    RunsFile a = RunsFile.read(csv);
    RunsFile b = RunsFile.read(jsonl);
    assertEquals(List.of("code", "news"), a.domains());
    assertEquals(a.domains(), b.domains());
    assertArrayEquals(new double[] {0.25, 0.75}, a.runs().get(1).weights(), 1e-12);
    assertArrayEquals(a.runs().get(1).weights(), b.runs().get(1).weights(), 1e-12);
    assertEquals(2.4, b.runs().get(1).loss());
  }
}
