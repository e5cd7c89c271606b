// SPDX-License-Identifier: Apache-2.0
package dev.curate.mixture.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curate.core.config.MixtureSettings;
import dev.curate.core.config.MixtureSettings.Phase;
import dev.curate.mixture.weights.DomainSize;
import dev.curate.mixture.weights.Mixture;
import dev.curate.mixture.weights.MixturePlanner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SamplingPlanTest {
  record Doc(String id, String domain, long tokens, long cluster) {}

  @Test
  void halfRepeatsAlternateSoThatTokensMatchExactly() {
    // 1.5 copies of four 100-token documents: owed 50 -> extra, 0 -> none, 50 -> extra, 0 -> none.
    RepeatRounder r = new RepeatRounder();
    int[] got = {r.repeats(1.5, 100), r.repeats(1.5, 100), r.repeats(1.5, 100), r.repeats(1.5, 100)};
    assertArrayEquals(new int[] {2, 1, 2, 1}, got);
  }

  @Test
  void wholeRepeatsNeedNoRounding() {
    RepeatRounder r = new RepeatRounder();
    assertEquals(3, r.repeats(3.0, 500));
    assertEquals(0, r.repeats(0.0, 500));
  }

  static List<Doc> corpus(long seed) {
    Random rnd = new Random(seed);
    List<Doc> docs = new ArrayList<>();
    String[] domains = {"news", "science", "code"};
    int[] counts = {1500, 400, 150};
    for (int d = 0; d < domains.length; d++) {
      for (int i = 0; i < counts[d]; i++) {
        long tokens = (long) Math.exp(3 + rnd.nextDouble() * 4.5); // 20 .. 1800, log-uniform
        long cluster = rnd.nextDouble() < 0.8 ? 1 : 2 + rnd.nextInt(30);
        docs.add(new Doc(domains[d] + "-" + i, domains[d], tokens, cluster));
      }
    }
    return docs;
  }

  static MixtureSettings settings(long seed) {
    List<MixtureSettings.DedupWeight> table =
        List.of(new MixtureSettings.DedupWeight(2, 10L, null, 2), new MixtureSettings.DedupWeight(11, null, null, 4));
    List<Phase> phases = List.of(new Phase("main", 0.85, Map.of()), new Phase("anneal", 0.15, Map.of("science", 4.0)));
    return new MixtureSettings(
        MixtureSettings.Strategy.TEMPERATURE, 2, 900_000L, 4, Map.of(), Map.of(), Map.of(), table, 3, phases, seed);
  }

  /** Runs the plan the way the mixture stage does: domain by domain, in seeded hash order. */
  static Map<String, int[]> plan(List<Doc> docs, MixtureSettings s, Mixture mixture) {
    Map<String, Double> weighted = new HashMap<>();
    docs.forEach(d -> weighted.merge(d.domain(), d.tokens() * s.dedupWeight(d.cluster(), null), Double::sum));
    SamplingPlan plan = new SamplingPlan(mixture, weighted);
    SamplingPlan.Rounder rounder = plan.rounder();
    Map<String, int[]> repeats = new HashMap<>();
    docs.stream()
        .sorted(Comparator.comparing(Doc::domain).thenComparingLong(d -> PlanOrder.key(s.seed(), d.id())))
        .forEach(d -> repeats.put(d.id(), rounder.repeats(d.domain(), d.tokens(), s.dedupWeight(d.cluster(), null))));
    return repeats;
  }

  static Mixture mixture(List<Doc> docs, MixtureSettings s) {
    Map<String, long[]> sizes = new java.util.TreeMap<>();
    docs.forEach(d -> {
      long[] x = sizes.computeIfAbsent(d.domain(), k -> new long[2]);
      x[0]++;
      x[1] += d.tokens();
    });
    List<DomainSize> list = new ArrayList<>();
    sizes.forEach((d, x) -> list.add(new DomainSize(d, x[0], x[1])));
    return MixturePlanner.plan(list, s);
  }

  @Test
  void realisedTokensPerDomainAndPhaseMatchTheTargetWithinHalfADocument() {
    List<Doc> docs = corpus(7);
    MixtureSettings s = settings(1);
    Mixture mixture = mixture(docs, s);
    Map<String, int[]> repeats = plan(docs, s, mixture);
    long longest = docs.stream().mapToLong(Doc::tokens).max().orElseThrow();
    for (int p = 0; p < 2; p++) {
      for (String domain : List.of("news", "science", "code")) {
        int phase = p;
        long realised =
            docs.stream().filter(d -> d.domain().equals(domain)).mapToLong(d -> d.tokens() * repeats.get(d.id())[phase]).sum();
        double target = mixture.target(p, domain);
        assertTrue(Math.abs(realised - target) <= longest / 2.0, domain + " phase " + p + ": " + realised + " vs " + target);
        assertTrue(Math.abs(realised - target) / target < 0.01, domain + " phase " + p + ": " + realised + " vs " + target);
      }
    }
  }

  @Test
  void duplicatedDocumentsAreEmittedMoreOftenThanSingletons() {
    List<Doc> docs = corpus(7);
    MixtureSettings s = settings(1);
    Map<String, int[]> repeats = plan(docs, s, mixture(docs, s));
    double singles = docs.stream().filter(d -> d.cluster() == 1).mapToInt(d -> repeats.get(d.id())[0]).average().orElseThrow();
    double big = docs.stream().filter(d -> d.cluster() > 10).mapToInt(d -> repeats.get(d.id())[0]).average().orElseThrow();
    assertTrue(big > 2.5 * singles, "factor 3 (4 capped at 3) vs 1: " + big + " vs " + singles);
  }

  @Test
  void theSameSeedGivesTheSamePlanAndAnotherSeedPicksOtherDocuments() {
    List<Doc> docs = corpus(7);
    Mixture mixture = mixture(docs, settings(1));
    Map<String, int[]> a = plan(docs, settings(1), mixture);
    List<Doc> reversed = new ArrayList<>(docs);
    java.util.Collections.reverse(reversed);
    Map<String, int[]> b = plan(reversed, settings(1), mixture);
    Map<String, int[]> c = plan(docs, settings(2), mixture);
    docs.forEach(d -> assertArrayEquals(a.get(d.id()), b.get(d.id())));
    assertNotEquals(
        docs.stream().map(d -> a.get(d.id())[0]).toList(), docs.stream().map(d -> c.get(d.id())[0]).toList());
  }
}
