// SPDX-License-Identifier: Apache-2.0
package dev.curate.core.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Settings of the tokenize stage ({@code tokenize:}); see docs/TOKENIZE.md.
 *
 * @param tokenizer tokenizer name, e.g. {@code cl100k_base}
 * @param seqLen tokens a model sees per sequence; rows hold {@code seq_len + 1}
 * @param seed seed of the document shuffle
 * @param shardRows rows per shard; null derives it from {@code shardBytes} (wins when both are set)
 * @param shardBytes target uncompressed token bytes per shard (4 bytes per token)
 * @param format {@code parquet} packed rows, or {@code megatron} indexed dataset
 */
public record TokenizeSettings(
    String tokenizer, int seqLen, long seed, Long shardRows, Long shardBytes, ShardFormat format)
    implements java.io.Serializable {
  public TokenizeSettings {
    Check.nonBlank("tokenize.tokenizer", tokenizer);
    Check.positive("tokenize.seq_len", seqLen);
    if (seqLen > 1 << 20) {
      throw new IllegalArgumentException("tokenize.seq_len: must be <= 1048576, got " + seqLen);
    }
    if (shardRows == null && shardBytes == null) {
      throw new IllegalArgumentException("tokenize: set shard_rows or shard_bytes (shard size)");
    }
    if (shardRows != null) {
      Check.positive("tokenize.shard_rows", shardRows);
    }
    if (shardBytes != null) {
      Check.positive("tokenize.shard_bytes", shardBytes);
    }
    Check.required("tokenize.format", format);
  }

  /** Tokens per row: the sequence plus the one shifted target. */
  public int rowTokens() {
    return seqLen + 1;
  }

  /** Rows per shard: {@code shard_rows}, else {@code shard_bytes} over 4-byte tokens, at least 1. */
  public long rowsPerShard() {
    return shardRows != null ? shardRows : Math.max(1, shardBytes / (4L * rowTokens()));
  }

  /** What the shards are. */
  public enum ShardFormat {
    @JsonProperty("parquet")
    PARQUET,
    @JsonProperty("megatron")
    MEGATRON;

    @Override
    public String toString() {
      return this == PARQUET ? "parquet" : "megatron";
    }
  }
}
