// SPDX-License-Identifier: Apache-2.0
package dev.curate.mixture.sample;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The seeded order in which a domain's documents are visited when fractional repeats are rounded:
 * {@code SHA-256("mixture" ‖ seed as 8 bytes big-endian ‖ UTF-8 doc_id)}, first 8 bytes as a
 * signed long. The prefix keeps it independent of the tokenize shuffle (same seed, other order).
 */
public final class PlanOrder {
  private static final byte[] PREFIX = "mixture".getBytes(StandardCharsets.UTF_8);

  private PlanOrder() {}

  public static long key(long seed, String docId) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
    sha.update(PREFIX);
    sha.update(ByteBuffer.allocate(Long.BYTES).putLong(seed).array());
    sha.update(docId.getBytes(StandardCharsets.UTF_8));
    return ByteBuffer.wrap(sha.digest()).getLong();
  }
}
