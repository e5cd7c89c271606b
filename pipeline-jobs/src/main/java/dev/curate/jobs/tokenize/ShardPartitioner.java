// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.tokenize;

import org.apache.spark.Partitioner;

/**
 * Sends a piece of the packed stream, keyed by its global token position, to the task that
 * writes its shard: shard {@code position / tokensPerShard}; consecutive shards share a task
 * when there are more shards than {@code maxPartitions}.
 */
final class ShardPartitioner extends Partitioner {
  private final long tokensPerShard;
  private final long shards;
  private final int partitions;

  /**
   * @param tokensPerShard row tokens times rows per shard
   * @param shards number of shard slots ({@code ceil(total tokens / tokensPerShard)})
   */
  ShardPartitioner(long tokensPerShard, long shards, int maxPartitions) {
    this.tokensPerShard = tokensPerShard;
    this.shards = Math.max(1, shards);
    this.partitions = (int) Math.min(this.shards, maxPartitions);
  }

  static int shardOf(long position, long tokensPerShard) {
    return Math.toIntExact(position / tokensPerShard);
  }

  @Override
  public int numPartitions() {
    return partitions;
  }

  @Override
  public int getPartition(Object key) {
    long shard = shardOf((Long) key, tokensPerShard);
    return (int) (Math.min(shard, shards - 1) * partitions / shards);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ShardPartitioner p
        && p.tokensPerShard == tokensPerShard && p.shards == shards && p.partitions == partitions;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(tokensPerShard) * 31 + Long.hashCode(shards) * 17 + partitions;
  }
}
