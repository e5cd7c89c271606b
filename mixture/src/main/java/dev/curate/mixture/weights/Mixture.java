// SPDX-License-Identifier: Apache-2.0
package dev.curate.mixture.weights;

import java.util.List;
import java.util.Map;

/**
 * Domain weights and token targets, written as {@code mixture.json}.
 *
 * @param parameters the strategy's parameters and the constraints, as configured
 * @param domains every domain over all phases (weight: share of the whole budget)
 * @param phases the phases in training order
 */
public record Mixture(
    String strategy, Map<String, Object> parameters, double budgetTokens, List<DomainTarget> domains,
    List<PhaseMixture> phases) {
  public Mixture {
    parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    domains = List.copyOf(domains);
    phases = List.copyOf(phases);
  }

  /** The target of {@code domain} in phase {@code phase} (0 when absent). */
  public double target(int phase, String domain) {
    return phases.get(phase).domains().stream()
        .filter(d -> d.domain().equals(domain))
        .mapToDouble(DomainTarget::targetTokens)
        .findFirst()
        .orElse(0);
  }
}
