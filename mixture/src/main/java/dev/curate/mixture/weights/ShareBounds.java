// SPDX-License-Identifier: Apache-2.0
package dev.curate.mixture.weights;

import dev.curate.core.config.MixtureSettings;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts every weight within its {@code [min_share, max_share]} by water-filling: domains over their
 * maximum are fixed there and the rest rescaled (their ratios kept), repeatedly; then the same for
 * domains under their minimum. Fixing maxima only raises the free weights and fixing minima only
 * lowers them, so the two passes in this order settle.
 */
public final class ShareBounds {
  private final Map<String, Double> min;
  private final Map<String, Double> max;

  public ShareBounds(List<DomainSize> sizes, MixtureSettings s) {
    min = bounds(sizes, s.minShare(), 0.0, "mixture.min_share");
    max = bounds(sizes, s.maxShare(), 1.0, "mixture.max_share");
    double minSum = min.values().stream().mapToDouble(Double::doubleValue).sum();
    double maxSum = max.values().stream().mapToDouble(Double::doubleValue).sum();
    if (minSum > 1 + 1e-9) {
      throw new InfeasibleMixtureException("mixture.min_share: min shares sum to " + Tokens.number(minSum) + " > 1");
    }
    if (maxSum < 1 - 1e-9) {
      throw new InfeasibleMixtureException("mixture.max_share: max shares sum to " + Tokens.number(maxSum) + " < 1");
    }
    for (String d : min.keySet()) {
      if (min.get(d) > max.get(d) + 1e-12) {
        throw new InfeasibleMixtureException(
            "mixture.min_share." + d + ": " + Tokens.number(min.get(d)) + " > max_share " + Tokens.number(max.get(d)));
      }
    }
  }

  private static Map<String, Double> bounds(
      List<DomainSize> sizes, Map<String, Double> configured, double otherwise, String key) {
    for (String d : configured.keySet()) {
      if (!d.equals(MixtureSettings.EVERY_DOMAIN) && sizes.stream().noneMatch(x -> x.domain().equals(d))) {
        throw new InfeasibleMixtureException(
            key + ": domain '" + d + "' is not in the data (domains: " + StrategyWeights.names(sizes) + ")");
      }
    }
    double every = configured.getOrDefault(MixtureSettings.EVERY_DOMAIN, otherwise);
    Map<String, Double> out = new HashMap<>();
    sizes.forEach(d -> out.put(d.domain(), configured.getOrDefault(d.domain(), every)));
    return out;
  }

  /** {@code weights} (summing to 1) moved into their bounds, still summing to 1. */
  public Map<String, Double> apply(Map<String, Double> weights) {
    Map<String, Double> fixed = new LinkedHashMap<>();
    settle(weights, fixed, true);
    settle(weights, fixed, false);
    Map<String, Double> out = new LinkedHashMap<>();
    Map<String, Double> free = scaled(weights, fixed);
    weights.keySet().forEach(d -> out.put(d, fixed.containsKey(d) ? fixed.get(d) : free.get(d)));
    return out;
  }

  private void settle(Map<String, Double> weights, Map<String, Double> fixed, boolean upper) {
    while (true) {
      Map<String, Double> free = scaled(weights, fixed);
      boolean moved = false;
      for (Map.Entry<String, Double> e : free.entrySet()) {
        String d = e.getKey();
        if (upper && e.getValue() > max.get(d) + 1e-12) {
          fixed.put(d, max.get(d));
          moved = true;
        } else if (!upper && e.getValue() < min.get(d) - 1e-12) {
          fixed.put(d, min.get(d));
          moved = true;
        }
      }
      if (!moved) {
        return;
      }
    }
  }

  /** The free (not fixed) domains' weights scaled to what the fixed ones leave. */
  private static Map<String, Double> scaled(Map<String, Double> weights, Map<String, Double> fixed) {
    double left = 1 - fixed.values().stream().mapToDouble(Double::doubleValue).sum();
    Map<String, Double> free = new LinkedHashMap<>();
    weights.forEach((d, w) -> {
      if (!fixed.containsKey(d)) {
        free.put(d, w);
      }
    });
    double sum = free.values().stream().mapToDouble(Double::doubleValue).sum();
    // Free domains that all weigh 0 share what is left equally (a minimum forced the rest down).
    free.replaceAll((d, w) -> sum > 0 ? w / sum * left : left / free.size());
    return free;
  }
}
