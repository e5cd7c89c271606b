// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.shards;

import java.util.Locale;

/** Names of shard files: zero-padded, {@code shards/shard-00042.parquet}. */
public final class ShardFiles {
  public static final String DIR = "shards";

  private ShardFiles() {}

  /** Path relative to the output directory, without extension: {@code shards/shard-00042}. */
  public static String prefix(int shard) {
    return String.format(Locale.ROOT, "%s/shard-%05d", DIR, shard);
  }
}
