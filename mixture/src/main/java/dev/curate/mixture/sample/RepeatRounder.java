// SPDX-License-Identifier: Apache-2.0
package dev.curate.mixture.sample;

/**
 * Rounds expected repeats to whole ones for a stream of documents of one domain and phase, so that
 * the tokens emitted stay within half a document of the tokens expected (error diffusion): each
 * document gets the integer part of its expected repeats, and one more copy when the tokens owed
 * by the fractional parts so far reach half of its length.
 *
 * <p>Independent coin flips per document would miss a domain's target by about {@code
 * sqrt(n) * tokens per document}, over 1% on a few thousand documents; this bound does not grow
 * with the number of documents. Which documents get the extra copy is decided by the order the
 * caller visits them in (a seeded hash order: see {@link PlanOrder}).
 */
public final class RepeatRounder {
  private double owed;

  /** Copies of a document of {@code tokens} tokens expected to be emitted {@code expected} times. */
  public int repeats(double expected, long tokens) {
    if (!(expected >= 0)) {
      throw new IllegalArgumentException("expected repeats must be >= 0, got " + expected);
    }
    int whole = (int) Math.floor(expected);
    double fraction = expected - whole;
    if (fraction <= 0 || tokens <= 0) {
      return whole;
    }
    owed += fraction * tokens;
    if (owed >= tokens / 2.0) {
      owed -= tokens;
      return whole + 1;
    }
    return whole;
  }
}
