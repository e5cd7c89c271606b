// SPDX-License-Identifier: Apache-2.0
package dev.curate.dedup;

import java.io.Serializable;

/**
 * What the exact-duplicate key ignores ({@code dedup.exact.*}).
 *
 * @param nfkc Unicode NFKC (compatibility forms: full-width letters, ligatures)
 * @param lowercase letter case
 * @param whitespace runs of whitespace count as one space; leading and trailing are dropped
 * @param punctuation punctuation and symbols are dropped
 * @param digits every digit counts as 0 (dates and counters in templated pages)
 */
public record TextNormalization(
    boolean nfkc, boolean lowercase, boolean whitespace, boolean punctuation, boolean digits)
    implements Serializable {

  /** The defaults: everything but digits. */
  public static TextNormalization defaults() {
    return new TextNormalization(true, true, true, true, false);
  }
}
