// SPDX-License-Identifier: Apache-2.0
package dev.curate.mixture.search;

/**
 * One past (proxy) training run: its domain weights, in the order of the results file's domains,
 * and the evaluation loss it reached.
 */
public record MixtureRun(double[] weights, double loss) {
  public MixtureRun {
    weights = weights.clone();
  }
}
