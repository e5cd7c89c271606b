// SPDX-License-Identifier: Apache-2.0
package dev.curate.mixture.sample;

import dev.curate.mixture.weights.Mixture;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How often each document is emitted per phase: a document of domain {@code d} with re-weighting
 * factor {@code w} is expected {@code rate[d][phase] * w} times, where {@code rate[d][phase] =
 * target[d][phase] / Σ_{docs of d} tokens * w}; so a domain's expected tokens equal its target
 * and, inside it, documents are emitted in proportion to their factor (FineWeb2 rehydration).
 * {@link #rounder()} turns the expectations into whole repeats.
 */
public final class SamplingPlan implements Serializable {
  private final Map<String, double[]> rates;
  private final int phases;

  /**
   * @param weightedTokens per domain, {@code Σ tokens * dedup factor} over its documents
   */
  public SamplingPlan(Mixture mixture, Map<String, Double> weightedTokens) {
    phases = mixture.phases().size();
    rates = new HashMap<>();
    for (var d : mixture.domains()) {
      double weighted = weightedTokens.getOrDefault(d.domain(), 0.0);
      double[] r = new double[phases];
      for (int p = 0; p < phases; p++) {
        double target = mixture.target(p, d.domain());
        r[p] = target == 0 ? 0 : target / weighted;
      }
      rates.put(d.domain(), r);
    }
  }

  public int phases() {
    return phases;
  }

  /** Expected copies of a document in {@code phase}. */
  public double expected(String domain, int phase, double factor) {
    double[] r = rates.get(domain);
    if (r == null) {
      throw new IllegalArgumentException("domain '" + domain + "' is not in the mixture (" + rates.keySet() + ")");
    }
    return r[phase] * factor;
  }

  /** A stateful rounder for one pass over documents grouped by domain (one per partition). */
  public Rounder rounder() {
    return new Rounder();
  }

  /** Whole repeats per phase for documents visited domain by domain in {@link PlanOrder}. */
  public final class Rounder {
    private final Map<String, RepeatRounder[]> byDomain = new HashMap<>();

    /** Copies per phase; a document of 0 tokens (blank text) has nothing to emit. */
    public int[] repeats(String domain, long tokens, double factor) {
      if (tokens <= 0) {
        return new int[phases];
      }
      RepeatRounder[] r = byDomain.computeIfAbsent(domain, d -> newRounders());
      int[] out = new int[phases];
      for (int p = 0; p < phases; p++) {
        out[p] = r[p].repeats(expected(domain, p, factor), tokens);
      }
      return out;
    }

    private RepeatRounder[] newRounders() {
      RepeatRounder[] r = new RepeatRounder[phases];
      for (int p = 0; p < phases; p++) {
        r[p] = new RepeatRounder();
      }
      return r;
    }
  }

  /** Phase names in order, as the repeats arrays index them. */
  public static List<String> phaseNames(Mixture mixture) {
    return mixture.phases().stream().map(p -> p.name()).toList();
  }
}
