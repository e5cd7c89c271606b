// SPDX-License-Identifier: Apache-2.0
package dev.curate.mixture.weights;

import java.util.List;

/** One phase of a mixture: its slice of the budget and the domains' targets within it. */
public record PhaseMixture(String name, double fraction, double budgetTokens, List<DomainTarget> domains) {
  public PhaseMixture {
    domains = List.copyOf(domains);
  }
}
