// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.shards;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Counts and SHA-256-hashes the bytes written through it, so a shard's checksum costs no second
 * read of the file.
 */
public final class HashingOutputStream extends FilterOutputStream {
  private final MessageDigest sha;
  private long count;

  public HashingOutputStream(OutputStream out) {
    super(out);
    try {
      this.sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  @Override
  public void write(int b) throws IOException {
    out.write(b);
    sha.update((byte) b);
    count++;
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
    sha.update(b, off, len);
    count += len;
  }

  /** Bytes written so far. */
  public long count() {
    return count;
  }

  /** Hex SHA-256 of everything written; call once, after the last write. */
  public String sha256() {
    return HexFormat.of().formatHex(sha.digest());
  }
}
