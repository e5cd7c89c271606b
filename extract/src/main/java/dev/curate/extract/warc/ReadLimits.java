// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract.warc;

/**
 * Per-record limits of a {@link WarcEntryReader}.
 *
 * @param maxPayloadBytes largest payload read into memory, in bytes, both as stored and after
 *     decoding; larger payloads are skipped and reported as {@link WarcEntry#PAYLOAD_TOO_LARGE}
 */
public record ReadLimits(long maxPayloadBytes) {
  /** Default payload limit: 16 MiB. */
  public static final long DEFAULT_MAX_PAYLOAD_BYTES = 16L << 20;

  public ReadLimits {
    if (maxPayloadBytes < 0 || maxPayloadBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException(
          "maxPayloadBytes must be in [0, " + (Integer.MAX_VALUE - 16) + "], got " + maxPayloadBytes);
    }
  }

  /** 16 MiB per payload. */
  public static ReadLimits defaults() {
    return new ReadLimits(DEFAULT_MAX_PAYLOAD_BYTES);
  }
}
