// SPDX-License-Identifier: Apache-2.0
package dev.curate.mixture.weights;

/**
 * A domain's place in a mixture (of one phase, or of all phases together).
 *
 * @param weight share of the phase's (or the whole budget's) tokens
 * @param targetTokens tokens to emit from this domain
 * @param epochs passes over the domain's tokens: {@code targetTokens / tokensAvailable}
 */
public record DomainTarget(
    String domain, long documents, long tokensAvailable, double weight, double targetTokens, double epochs) {}
