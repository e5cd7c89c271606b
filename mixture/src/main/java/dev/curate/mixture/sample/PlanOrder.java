// SPDX-License-Identifier: Apache-2.0
package dev.curate.mixture.sample;

import dev.curate.core.SeededKey;
import java.nio.charset.StandardCharsets;

/**
 * The seeded order in which a domain's documents are visited when fractional repeats are rounded:
 * {@code SHA-256("mixture" ‖ seed as 8 bytes big-endian ‖ UTF-8 doc_id)}, first 8 bytes as a
 * signed long ({@link SeededKey}). The prefix keeps it independent of the tokenize shuffle (same
 * seed, other order).
 */
public final class PlanOrder {
  private static final byte[] PREFIX = "mixture".getBytes(StandardCharsets.UTF_8);

  private PlanOrder() {}

  public static long key(long seed, String docId) {
    return SeededKey.of(PREFIX, seed, docId);
  }
}
