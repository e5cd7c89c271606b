// SPDX-License-Identifier: Apache-2.0
package dev.curate.core;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A seeded order over documents that depends only on the seed and the ids, never on how the data
 * is partitioned: {@code SHA-256(prefix ‖ seed as 8 bytes big-endian ‖ UTF-8 doc_id)}, first 8
 * bytes as a big-endian signed long.
 *
 * <p>SHA-256 rather than a fast non-cryptographic hash so that the order is defined by a
 * published function any reader can recompute. The prefix separates orders that share a seed
 * (the tokenize shuffle uses none, the mixture plan {@code "mixture"}).
 */
public final class SeededKey {
  private SeededKey() {}

  public static long of(byte[] prefix, long seed, String docId) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
    sha.update(prefix);
    sha.update(ByteBuffer.allocate(Long.BYTES).putLong(seed).array());
    sha.update(docId.getBytes(StandardCharsets.UTF_8));
    return ByteBuffer.wrap(sha.digest()).getLong();
  }
}
