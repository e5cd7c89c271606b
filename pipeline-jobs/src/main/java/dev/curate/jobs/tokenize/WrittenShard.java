// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.tokenize;

import dev.curate.tokenizer.shards.Manifest;
import dev.curate.tokenizer.shards.ShardStatsBuilder;
import java.io.Serializable;

/** What a writer task reports about one shard it wrote: the manifest entry and its statistics. */
record WrittenShard(Manifest.ShardEntry entry, ShardStatsBuilder stats) implements Serializable {}
