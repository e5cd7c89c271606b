// SPDX-License-Identifier: Apache-2.0
package dev.curate.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Stable document ids: 128 bits of SHA-256, as 32 lower-case hex characters.
 *
 * <p>Ids are derived from what identifies a record in the crawl (the WARC record id), or, for
 * documents that arrive without one, from the URL and the text. They never depend on Spark
 * partitioning, so the same input gives the same ids on every run. 128 bits keep collisions
 * negligible at Common Crawl scale (billions of pages), where 64 bits would not.
 */
public final class DocIds {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private DocIds() {}

  /** Id of a document read from a WARC record. */
  public static String fromRecordId(String warcRecordId) {
    return digest("warc\u0000" + warcRecordId);
  }

  /** Id of a document given without a record id (user data started mid-chain). */
  public static String fromUrlAndText(String url, String text) {
    return digest("doc\u0000" + (url == null ? "" : url) + "\u0000" + text);
  }

  private static String digest(String key) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
    byte[] hash = sha.digest(key.getBytes(StandardCharsets.UTF_8));
    char[] out = new char[32];
    for (int i = 0; i < 16; i++) {
      out[2 * i] = HEX[(hash[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[hash[i] & 0xf];
    }
    return new String(out);
  }
}
