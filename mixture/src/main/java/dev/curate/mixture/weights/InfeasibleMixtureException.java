// SPDX-License-Identifier: Apache-2.0
package dev.curate.mixture.weights;

/** Constraints no mixture can meet; the message names the constraint and the numbers. */
public final class InfeasibleMixtureException extends IllegalArgumentException {
  public InfeasibleMixtureException(String message) {
    super(message);
  }
}
