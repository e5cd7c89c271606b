// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.shards;

import java.util.List;
import java.util.Map;

/** The contents of {@code shard_stats.json}: every shard and the totals over all of them. */
public record ShardStatsFile(List<ShardStats> shards, Totals totals) {
  public ShardStatsFile {
    shards = List.copyOf(shards);
  }

  /** Sums over all shards; {@code docTokens} over all documents; {@code domainTokens} is the realised mixture. */
  public record Totals(
      int shards,
      long rows,
      long tokens,
      long documents,
      Map<String, Long> languages,
      Map<String, Long> domains,
      Map<String, Long> domainTokens,
      DocTokenStats docTokens) {}
}
