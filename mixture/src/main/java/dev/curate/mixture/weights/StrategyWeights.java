// SPDX-License-Identifier: Apache-2.0
package dev.curate.mixture.weights;

import dev.curate.core.config.MixtureSettings;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A strategy's domain weights before share constraints and phases: non-negative, summing to 1. */
public final class StrategyWeights {
  private StrategyWeights() {}

  /**
   * @param sizes the domains, each once
   * @param budget tokens to emit in all (UniMax spreads it; the others ignore it)
   */
  public static Map<String, Double> of(List<DomainSize> sizes, MixtureSettings s, double budget) {
    Map<String, Double> raw = new LinkedHashMap<>();
    switch (s.strategy()) {
      case NATURAL -> sizes.forEach(d -> raw.put(d.domain(), (double) d.tokens()));
      case TEMPERATURE -> sizes.forEach(d -> raw.put(d.domain(), Math.pow(d.tokens(), 1 / s.temperature())));
      case EXPLICIT -> {
        for (String named : s.weights().keySet()) {
          if (sizes.stream().noneMatch(d -> d.domain().equals(named))) {
            throw new InfeasibleMixtureException(
                "mixture.weights: domain '" + named + "' is not in the data (domains: " + names(sizes) + ")");
          }
        }
        sizes.forEach(d -> raw.put(d.domain(), s.weights().getOrDefault(d.domain(), 0.0)));
      }
      case UNIMAX -> raw.putAll(uniMax(sizes, budget, s.maxEpochs()));
    }
    return normalised(raw, "mixture.strategy " + s.strategy());
  }

  /**
   * UniMax (Chung et al. 2023, Algorithm 1): visit domains from the smallest; each gets an equal
   * part of the budget still unassigned, but at most {@code maxEpochs} passes over its tokens, so
   * what small domains cannot use goes to the larger ones. Returns tokens per domain.
   */
  static Map<String, Double> uniMax(List<DomainSize> sizes, double budget, double maxEpochs) {
    List<DomainSize> ascending =
        sizes.stream().sorted(Comparator.comparingLong(DomainSize::tokens).thenComparing(DomainSize::domain)).toList();
    Map<String, Double> tokens = new LinkedHashMap<>();
    double left = budget;
    for (int i = 0; i < ascending.size(); i++) {
      DomainSize d = ascending.get(i);
      double share = Math.min(left / (ascending.size() - i), maxEpochs * d.tokens());
      tokens.put(d.domain(), share);
      left -= share;
    }
    if (left > budget * 1e-9) {
      double most = sizes.stream().mapToDouble(d -> maxEpochs * d.tokens()).sum();
      throw new InfeasibleMixtureException(
          String.format(
              "mixture.max_epochs: budget %s tokens needs more than max_epochs %s of every domain (at most %s tokens)",
              Tokens.human(budget), Tokens.number(maxEpochs), Tokens.human(most)));
    }
    return tokens;
  }

  static Map<String, Double> normalised(Map<String, Double> raw, String what) {
    double sum = raw.values().stream().mapToDouble(Double::doubleValue).sum();
    if (!(sum > 0)) {
      throw new InfeasibleMixtureException(what + ": every domain weighs 0 (no tokens, or all weights 0)");
    }
    Map<String, Double> out = new LinkedHashMap<>();
    raw.forEach((d, w) -> out.put(d, w / sum));
    return out;
  }

  static String names(List<DomainSize> sizes) {
    return String.join(", ", sizes.stream().map(DomainSize::domain).sorted().toList());
  }
}
