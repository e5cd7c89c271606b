// SPDX-License-Identifier: Apache-2.0
package dev.curate.mixture.weights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.curate.core.config.MixtureSettings;
import dev.curate.core.config.MixtureSettings.Phase;
import dev.curate.core.config.MixtureSettings.Strategy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every strategy and constraint against weights worked out by hand (in the comments). */
class MixturePlannerTest {
  private static final double EPS = 1e-9;

  static MixtureSettings settings(
      Strategy strategy, double temperature, Long budget, Map<String, Double> min, Map<String, Double> max,
      Map<String, Double> weights, List<Phase> phases) {
    return new MixtureSettings(strategy, temperature, budget, 4, min, max, weights, List.of(), 10, phases, 1);
  }

  static MixtureSettings simple(Strategy strategy, Long budget) {
    return settings(strategy, 1, budget, Map.of(), Map.of(), Map.of(), List.of());
  }

  static List<DomainSize> sizes(long... tokens) {
    String[] names = {"a", "b", "c", "d"};
    java.util.ArrayList<DomainSize> out = new java.util.ArrayList<>();
    for (int i = 0; i < tokens.length; i++) {
      out.add(new DomainSize(names[i], tokens[i] / 10, tokens[i]));
    }
    return out;
  }

  static double weight(Mixture m, String domain) {
    return m.domains().stream().filter(d -> d.domain().equals(domain)).findFirst().orElseThrow().weight();
  }

  static DomainTarget domain(Mixture m, String domain) {
    return m.domains().stream().filter(d -> d.domain().equals(domain)).findFirst().orElseThrow();
  }

  @Test
  void naturalWeightsAreProportionalToTokensAndTheBudgetDefaultsToOnePass() {
    // 100 : 300 -> 0.25 : 0.75, budget = 400 available, one epoch each.
    Mixture m = MixturePlanner.plan(sizes(100, 300), simple(Strategy.NATURAL, null));
    assertEquals(0.25, weight(m, "a"), EPS);
    assertEquals(0.75, weight(m, "b"), EPS);
    assertEquals(400, m.budgetTokens(), EPS);
    assertEquals(100, domain(m, "a").targetTokens(), EPS);
    assertEquals(1, domain(m, "b").epochs(), EPS);
  }

  @Test
  void temperatureTwoTakesTheSquareRootOfTokens() {
    // sqrt(100) = 10, sqrt(900) = 30 -> 0.25 : 0.75; budget 1000 -> 250 (2.5 epochs) and 750 (0.833).
    MixtureSettings s = settings(Strategy.TEMPERATURE, 2, 1000L, Map.of(), Map.of(), Map.of(), List.of());
    Mixture m = MixturePlanner.plan(sizes(100, 900), s);
    assertEquals(0.25, weight(m, "a"), EPS);
    assertEquals(250, domain(m, "a").targetTokens(), EPS);
    assertEquals(2.5, domain(m, "a").epochs(), EPS);
    assertEquals(750.0 / 900, domain(m, "b").epochs(), EPS);
    assertEquals(2.0, m.parameters().get("temperature"));
  }

  @Test
  void uniMaxCapsSmallDomainsAtMaxEpochsAndSpreadsTheRestUniformly() {
    // Budget 3000, 3 domains: a (100 tokens) would get 1000 but 4 epochs cap it at 400; the 2600
    // left split evenly: b 1300 (under its cap 4000), c 1300.
    Mixture m = MixturePlanner.plan(sizes(100, 1000, 10000), simple(Strategy.UNIMAX, 3000L));
    assertEquals(400.0 / 3000, weight(m, "a"), EPS);
    assertEquals(1300.0 / 3000, weight(m, "b"), EPS);
    assertEquals(1300.0 / 3000, weight(m, "c"), EPS);
    assertEquals(4, domain(m, "a").epochs(), EPS);
  }

  @Test
  void uniMaxFailsWhenEveryDomainAtMaxEpochsCannotFillTheBudget() {
    // 2 x 100 tokens x 4 epochs = 800 < 1000.
    InfeasibleMixtureException e =
        assertThrows(
            InfeasibleMixtureException.class, () -> MixturePlanner.plan(sizes(100, 100), simple(Strategy.UNIMAX, 1000L)));
    assertEquals(
        "mixture.max_epochs: budget 1000 tokens needs more than max_epochs 4 of every domain (at most 800 tokens)",
        e.getMessage());
  }

  @Test
  void explicitWeightsAreNormalisedAndUnnamedDomainsGetNothing() {
    // a 1, b 3, c unnamed -> 0.25, 0.75, 0.
    MixtureSettings s =
        settings(Strategy.EXPLICIT, 1, null, Map.of(), Map.of(), Map.of("a", 1.0, "b", 3.0), List.of());
    Mixture m = MixturePlanner.plan(sizes(1000, 1000, 1000), s);
    assertEquals(0.25, weight(m, "a"), EPS);
    assertEquals(0.75, weight(m, "b"), EPS);
    assertEquals(0, weight(m, "c"), EPS);
    assertEquals(0, domain(m, "c").epochs(), EPS);
  }

  @Test
  void explicitWeightsNamingAnUnknownDomainFail() {
    MixtureSettings s = settings(Strategy.EXPLICIT, 1, null, Map.of(), Map.of(), Map.of("x", 1.0), List.of());
    InfeasibleMixtureException e =
        assertThrows(InfeasibleMixtureException.class, () -> MixturePlanner.plan(sizes(100, 300), s));
    assertEquals("mixture.weights: domain 'x' is not in the data (domains: a, b)", e.getMessage());
  }

  @Test
  void aBudgetNeedingMoreThanMaxEpochsOfADomainFailsNamingIt() {
    // natural 0.25 : 0.75 of 2000 -> a 500 tokens = 5 epochs of its 100.
    InfeasibleMixtureException e =
        assertThrows(
            InfeasibleMixtureException.class, () -> MixturePlanner.plan(sizes(100, 300), simple(Strategy.NATURAL, 2000L)));
    assertEquals(
        "mixture.max_epochs: budget 2000 tokens needs 5 epochs of domain a > max_epochs 4 (100 tokens available, target 500)",
        e.getMessage());
  }

  @Test
  void aBillionTokenBudgetIsNamedInBillions() {
    // 10B over 1B + 0.37B natural: a gets 10B * 1/1.37 = 7.3B = 7.3 epochs.
    List<DomainSize> big = List.of(new DomainSize("web", 1, 1_000_000_000L), new DomainSize("code", 1, 370_000_000L));
    InfeasibleMixtureException e =
        assertThrows(InfeasibleMixtureException.class, () -> MixturePlanner.plan(big, simple(Strategy.NATURAL, 10_000_000_000L)));
    assertEquals(
        "mixture.max_epochs: budget 10B tokens needs 7.3 epochs of domain web > max_epochs 4 (1B tokens available, target 7.3B)",
        e.getMessage());
  }

  @Test
  void aMaxShareIsFixedAndTheOthersKeepTheirRatio() {
    // natural 0.1, 0.3, 0.6; c capped at 0.4 leaves 0.6 for a:b = 1:3 -> 0.15, 0.45.
    MixtureSettings s =
        settings(Strategy.NATURAL, 1, null, Map.of(), Map.of("c", 0.4), Map.of(), List.of());
    Mixture m = MixturePlanner.plan(sizes(100, 300, 600), s);
    assertEquals(0.15, weight(m, "a"), EPS);
    assertEquals(0.45, weight(m, "b"), EPS);
    assertEquals(0.4, weight(m, "c"), EPS);
  }

  @Test
  void aMinShareIsFixedAndTheOthersKeepTheirRatio() {
    // natural 0.1, 0.3, 0.6; a raised to 0.25 leaves 0.75 for b:c = 1:2 -> 0.25, 0.5.
    MixtureSettings s =
        settings(Strategy.NATURAL, 1, null, Map.of("a", 0.25), Map.of(), Map.of(), List.of());
    Mixture m = MixturePlanner.plan(sizes(100, 300, 600), s);
    assertEquals(0.25, weight(m, "a"), EPS);
    assertEquals(0.25, weight(m, "b"), EPS);
    assertEquals(0.5, weight(m, "c"), EPS);
  }

  @Test
  void aMaxShareForEveryDomainCascades() {
    // natural 0.1, 0.3, 0.6 with max 0.35 for all: c -> 0.35, then a:b share 0.65 = 0.1625, 0.4875,
    // b over -> 0.35, a gets 0.3.
    MixtureSettings s =
        settings(Strategy.NATURAL, 1, null, Map.of(), Map.of("*", 0.35), Map.of(), List.of());
    Mixture m = MixturePlanner.plan(sizes(100, 300, 600), s);
    assertEquals(0.3, weight(m, "a"), EPS);
    assertEquals(0.35, weight(m, "b"), EPS);
    assertEquals(0.35, weight(m, "c"), EPS);
  }

  @Test
  void minSharesSummingOverOneFail() {
    MixtureSettings s =
        settings(Strategy.NATURAL, 1, null, Map.of("a", 0.6, "b", 0.6), Map.of(), Map.of(), List.of());
    InfeasibleMixtureException e =
        assertThrows(InfeasibleMixtureException.class, () -> MixturePlanner.plan(sizes(100, 300), s));
    assertEquals("mixture.min_share: min shares sum to 1.2 > 1", e.getMessage());
  }

  @Test
  void maxSharesSummingUnderOneFail() {
    MixtureSettings s = settings(Strategy.NATURAL, 1, null, Map.of(), Map.of("*", 0.3), Map.of(), List.of());
    InfeasibleMixtureException e =
        assertThrows(InfeasibleMixtureException.class, () -> MixturePlanner.plan(sizes(100, 300), s));
    assertEquals("mixture.max_share: max shares sum to 0.6 < 1", e.getMessage());
  }

  @Test
  void aMinShareAboveItsMaxShareFails() {
    MixtureSettings s =
        settings(Strategy.NATURAL, 1, null, Map.of("a", 0.5), Map.of("a", 0.4), Map.of(), List.of());
    InfeasibleMixtureException e =
        assertThrows(InfeasibleMixtureException.class, () -> MixturePlanner.plan(sizes(100, 300), s));
    assertEquals("mixture.min_share.a: 0.5 > max_share 0.4", e.getMessage());
  }

  @Test
  void aShareForAnUnknownDomainFails() {
    MixtureSettings s = settings(Strategy.NATURAL, 1, null, Map.of("zz", 0.1), Map.of(), Map.of(), List.of());
    InfeasibleMixtureException e =
        assertThrows(InfeasibleMixtureException.class, () -> MixturePlanner.plan(sizes(100, 300), s));
    assertEquals("mixture.min_share: domain 'zz' is not in the data (domains: a, b)", e.getMessage());
  }

  @Test
  void anAnnealingPhaseUpsamplesItsDomainsWithinItsSliceOfTheBudget() {
    // Budget 400, natural 0.25 : 0.75. main 85% = 340: a 85, b 255. anneal 15% = 60 with a x3:
    // 0.75 : 0.75 -> 0.5 : 0.5 = 30, 30. Totals a 115 (1.15 epochs), b 285.
    List<Phase> phases = List.of(new Phase("main", 0.85, Map.of()), new Phase("anneal", 0.15, Map.of("a", 3.0)));
    MixtureSettings s = settings(Strategy.NATURAL, 1, 400L, Map.of(), Map.of(), Map.of(), phases);
    Mixture m = MixturePlanner.plan(sizes(100, 300), s);
    assertEquals(85, m.target(0, "a"), EPS);
    assertEquals(255, m.target(0, "b"), EPS);
    assertEquals(30, m.target(1, "a"), EPS);
    assertEquals(30, m.target(1, "b"), EPS);
    assertEquals(0.5, m.phases().get(1).domains().get(0).weight(), EPS);
    assertEquals(115, domain(m, "a").targetTokens(), EPS);
    assertEquals(1.15, domain(m, "a").epochs(), EPS);
    assertEquals(285.0 / 400, weight(m, "b"), EPS);
  }

  @Test
  void phaseFractionsMustSumToOne() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> settings(Strategy.NATURAL, 1, null, Map.of(), Map.of(), Map.of(),
                List.of(new Phase("x", 0.5, Map.of()), new Phase("y", 0.4, Map.of()))));
    assertEquals("mixture.phases: fractions must sum to 1, got 0.9", e.getMessage());
  }

  @Test
  void theDedupTableWeighsDocumentsByClusterSizeAndQualityWithACap() {
    // FineWeb2-style: singletons 1; clusters 2..10 of quality >= 0.5 weigh 2; clusters 11+ weigh 5,
    // capped at 3.
    List<MixtureSettings.DedupWeight> table =
        List.of(
            new MixtureSettings.DedupWeight(1, 1L, null, 1),
            new MixtureSettings.DedupWeight(2, 10L, 0.5, 2),
            new MixtureSettings.DedupWeight(11, null, null, 5));
    MixtureSettings s =
        new MixtureSettings(Strategy.NATURAL, 1, null, 4, Map.of(), Map.of(), Map.of(), table, 3, List.of(), 1);
    assertEquals(1, s.dedupWeight(1, 0.9), EPS);
    assertEquals(2, s.dedupWeight(5, 0.7), EPS);
    assertEquals(1, s.dedupWeight(5, 0.2), EPS); // no row matches: 1
    assertEquals(1, s.dedupWeight(5, null), EPS);
    assertEquals(3, s.dedupWeight(50, null), EPS); // 5 capped at 3
  }
}
