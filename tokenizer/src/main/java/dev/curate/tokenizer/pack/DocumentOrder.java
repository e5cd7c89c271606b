// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.pack;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The seeded shuffle order of documents: sorting by {@link #key} (then {@code doc_id}) gives a
 * permutation that depends only on the seed and the ids, not on how the data is partitioned.
 *
 * <p>SHA-256 rather than a fast non-cryptographic hash so that the order is defined by a
 * published function any reader can recompute: {@code SHA-256(seed as 8 bytes big-endian ||
 * UTF-8 doc_id)}, first 8 bytes as a big-endian signed long.
 */
public final class DocumentOrder {
  private DocumentOrder() {}

  public static long key(long seed, String docId) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
    sha.update(ByteBuffer.allocate(Long.BYTES).putLong(seed).array());
    sha.update(docId.getBytes(StandardCharsets.UTF_8));
    return ByteBuffer.wrap(sha.digest()).getLong();
  }
}
