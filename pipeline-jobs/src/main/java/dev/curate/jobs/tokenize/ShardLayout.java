// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.tokenize;

import dev.curate.tokenizer.shards.ShardFiles;
import java.io.Serializable;
import java.util.Map;

/**
 * What every writer task needs to know about the whole output: where it goes, the row size, the
 * shard size, the total number of tokens (to recognise the very last row) and the footer
 * metadata.
 *
 * @param rowTokens tokens per row ({@code seq_len + 1})
 * @param rowsPerShard rows per shard (Megatron: {@code rowsPerShard * rowTokens} tokens per shard)
 * @param totalTokens real tokens of the whole stream
 * @param padId id filling the last row
 * @param vocabSize tokenizer vocabulary size (Megatron dtype)
 * @param hasDomains whether documents carry a domain
 * @param metadata Parquet footer key-value metadata shared by every shard
 */
record ShardLayout(
    String outputDir,
    int rowTokens,
    long rowsPerShard,
    long totalTokens,
    int padId,
    int vocabSize,
    boolean hasDomains,
    Map<String, String> metadata)
    implements Serializable {
  ShardLayout {
    metadata = Map.copyOf(metadata);
  }

  long tokensPerShard() {
    return rowsPerShard * rowTokens;
  }

  long totalRows() {
    return (totalTokens + rowTokens - 1) / rowTokens;
  }

  /** Shard slots over the stream (Megatron shards may leave a slot empty). */
  long shardSlots() {
    return (totalTokens + tokensPerShard() - 1) / tokensPerShard();
  }

  /** Absolute path of a shard file with this extension. */
  String path(int shard, String extension) {
    return outputDir + "/" + ShardFiles.prefix(shard) + extension;
  }

  /** Path relative to the output directory, as the manifest lists it. */
  static String relative(int shard, String extension) {
    return ShardFiles.prefix(shard) + extension;
  }
}
