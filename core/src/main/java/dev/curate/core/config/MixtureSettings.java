// SPDX-License-Identifier: Apache-2.0
package dev.curate.core.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * Settings of the mixture stage ({@code mixture:}); see docs/MIXTURE.md.
 *
 * @param strategy how domain weights are chosen before constraints
 * @param temperature {@code T} of temperature sampling, {@code p ∝ n^(1/T)}
 * @param budgetTokens tokens to emit in all; null: the tokens available (one pass over the data)
 * @param maxEpochs most passes over any one domain's tokens
 * @param minShare least share of a phase's tokens per domain ({@code "*"}: every domain)
 * @param maxShare most share of a phase's tokens per domain ({@code "*"}: every domain)
 * @param weights domain weights of the {@code explicit} strategy (normalised; unnamed domains get 0)
 * @param dedupWeights FineWeb2-style re-weighting of documents inside their domain by duplicate
 *     cluster size and quality; the first matching row wins, no match weighs 1
 * @param maxDedupWeight cap on any document's re-weighting factor
 * @param phases training phases in order, fractions of the budget summing to 1; empty: one phase
 * @param seed seed of the hash that decides fractional repeats
 */
public record MixtureSettings(
    Strategy strategy,
    double temperature,
    Long budgetTokens,
    double maxEpochs,
    Map<String, Double> minShare,
    Map<String, Double> maxShare,
    Map<String, Double> weights,
    List<DedupWeight> dedupWeights,
    double maxDedupWeight,
    List<Phase> phases,
    long seed)
    implements java.io.Serializable {
  /** The share key that applies to every domain not named. */
  public static final String EVERY_DOMAIN = "*";

  public MixtureSettings {
    Check.required("mixture.strategy", strategy);
    if (!(temperature > 0)) {
      throw new IllegalArgumentException("mixture.temperature: must be > 0, got " + temperature);
    }
    if (budgetTokens != null) {
      Check.positive("mixture.budget_tokens", budgetTokens);
    }
    if (!(maxEpochs > 0)) {
      throw new IllegalArgumentException("mixture.max_epochs: must be > 0, got " + maxEpochs);
    }
    minShare = shares("mixture.min_share", minShare);
    maxShare = shares("mixture.max_share", maxShare);
    weights = weights == null ? Map.of() : Map.copyOf(weights);
    weights.forEach((d, w) -> Check.between("mixture.weights." + d, w, 0, Double.MAX_VALUE));
    if (strategy == Strategy.EXPLICIT && weights.isEmpty()) {
      throw new IllegalArgumentException("mixture.weights: strategy explicit needs weights per domain");
    }
    dedupWeights = dedupWeights == null ? List.of() : List.copyOf(dedupWeights);
    if (!(maxDedupWeight > 0)) {
      throw new IllegalArgumentException("mixture.max_dedup_weight: must be > 0, got " + maxDedupWeight);
    }
    phases = phases == null ? List.of() : List.copyOf(phases);
    if (!phases.isEmpty()) {
      double sum = phases.stream().mapToDouble(Phase::fraction).sum();
      if (Math.abs(sum - 1) > 1e-9) {
        throw new IllegalArgumentException("mixture.phases: fractions must sum to 1, got " + sum);
      }
    }
  }

  private static Map<String, Double> shares(String key, Map<String, Double> m) {
    if (m == null) {
      return Map.of();
    }
    m.forEach((d, s) -> Check.between(key + "." + d, s, 0, 1));
    return Map.copyOf(m);
  }

  /** How domain weights are chosen before constraints. */
  public enum Strategy {
    /** Proportional to tokens available. */
    @JsonProperty("natural")
    NATURAL,
    /** {@code p ∝ n^(1/T)}. */
    @JsonProperty("temperature")
    TEMPERATURE,
    /** Uniform budget, each domain capped at {@code max_epochs}, the rest redistributed. */
    @JsonProperty("unimax")
    UNIMAX,
    /** {@code weights} from config. */
    @JsonProperty("explicit")
    EXPLICIT;

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * One row of the re-weighting table: documents whose {@code dup_cluster_size} is in {@code
   * [min_cluster_size, max_cluster_size]} (null: no upper bound) and whose {@code quality_score}
   * is at least {@code min_quality} (null: any, also none) weigh {@code weight}.
   */
  public record DedupWeight(long minClusterSize, Long maxClusterSize, Double minQuality, double weight)
      implements java.io.Serializable {
    public DedupWeight {
      Check.positive("mixture.dedup_weights.min_cluster_size", minClusterSize);
      if (maxClusterSize != null) {
        Check.atLeast("mixture.dedup_weights.max_cluster_size", maxClusterSize, minClusterSize);
      }
      Check.between("mixture.dedup_weights.weight", weight, 0, Double.MAX_VALUE);
    }

    public boolean matches(long clusterSize, Double quality) {
      return clusterSize >= minClusterSize
          && (maxClusterSize == null || clusterSize <= maxClusterSize)
          && (minQuality == null || (quality != null && quality >= minQuality));
    }
  }

  /**
   * A training phase: {@code fraction} of the budget, with domain weights multiplied by {@code
   * upsample} (unnamed domains: 1) before the share constraints.
   */
  public record Phase(String name, double fraction, Map<String, Double> upsample) implements java.io.Serializable {
    public Phase {
      Check.nonBlank("mixture.phases.name", name);
      if (!(fraction > 0 && fraction <= 1)) {
        throw new IllegalArgumentException("mixture.phases." + name + ".fraction: must be in (0, 1], got " + fraction);
      }
      upsample = upsample == null ? Map.of() : Map.copyOf(upsample);
      upsample.forEach((d, f) -> Check.between("mixture.phases." + name + ".upsample." + d, f, 0, Double.MAX_VALUE));
    }
  }

  /** The phases to plan: those configured, or one phase {@code all} of the whole budget. */
  public List<Phase> effectivePhases() {
    return phases.isEmpty() ? List.of(new Phase("all", 1.0, Map.of())) : phases;
  }

  /** A document's re-weighting factor: the first matching table row's weight, capped; 1 when none matches. */
  public double dedupWeight(long clusterSize, Double quality) {
    for (DedupWeight row : dedupWeights) {
      if (row.matches(clusterSize, quality)) {
        return Math.min(row.weight(), maxDedupWeight);
      }
    }
    return Math.min(1.0, maxDedupWeight);
  }
}
