// SPDX-License-Identifier: Apache-2.0
package dev.curate.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * Texts that put a Greek capital sigma in every context of up to two characters on either side,
 * for the tests of the fast paths' context lower-casing ({@code FastChars.lowerSigma}).
 */
public final class SigmaContexts {
  private SigmaContexts() {}

  /**
   * Neighbours: nothing, the sigma itself, Greek and Latin letters of both cases (with and without
   * an accent), a title-case letter, spaces, every closer the fast path knows, word-inner
   * punctuation, quotes, digits, an underscore and a non-breaking space (a slow character).
   */
  private static final String[] NEIGHBOURS = {
    "", "\u03a3", "\u0391", "\u03b1", "\u03ac", "a", "Z", "\u01c5", " ", "\n", "\t", ",", ";", "!", "?", ")",
    "\u00bb", ".", ":", "'", "\u2019", "\"", "-", "1", "_", "\u00a0"
  };

  public static List<String> texts() {
    List<String> out = new ArrayList<>();
    for (String a : NEIGHBOURS) {
      for (String b : NEIGHBOURS) {
        for (String c : NEIGHBOURS) {
          for (String d : NEIGHBOURS) {
            if ((a.isEmpty() || !b.isEmpty()) && (d.isEmpty() || !c.isEmpty())) { // no gaps: each shorter context once
              out.add(a + b + "\u03a3" + c + d);
            }
          }
        }
      }
    }
    return out;
  }
}
