// SPDX-License-Identifier: Apache-2.0
package dev.curate.mixture.weights;

/**
 * What one domain offers.
 *
 * @param tokens tokens available (one pass over the domain)
 */
public record DomainSize(String domain, long documents, long tokens) {
  public DomainSize {
    if (domain == null || documents < 0 || tokens < 0) {
      throw new IllegalArgumentException("domain size: name, documents >= 0 and tokens >= 0 required, got "
          + domain + " " + documents + " " + tokens);
    }
  }
}
