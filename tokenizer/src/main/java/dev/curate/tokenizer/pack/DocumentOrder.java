// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.pack;

import dev.curate.core.SeededKey;

/**
 * The seeded shuffle order of documents: sorting by {@link #key} (then {@code doc_id}) gives a
 * permutation that depends only on the seed and the ids, not on how the data is partitioned.
 * The key is {@code SHA-256(seed as 8 bytes big-endian || UTF-8 doc_id)}, first 8 bytes as a
 * big-endian signed long ({@link SeededKey} with no prefix).
 */
public final class DocumentOrder {
  private static final byte[] NO_PREFIX = new byte[0];

  private DocumentOrder() {}

  public static long key(long seed, String docId) {
    return SeededKey.of(NO_PREFIX, seed, docId);
  }
}
