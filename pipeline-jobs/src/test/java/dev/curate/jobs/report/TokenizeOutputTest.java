// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curate.jobs.report.RunReport.Shard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenizeOutputTest {
  @TempDir Path dir;

  @Test
  void readsShardsAndTotalsFromTheManifestAndQuantilesFromShardStats() throws Exception {
    // Shaped like the examples in docs/TOKENIZE.md.
    Files.writeString(dir.resolve(TokenizeOutput.MANIFEST), """
        {"format": "curate-token-shards", "format_version": 1, "seq_len": 4, "row_tokens": 5,
         "totals": {"shards": 2, "rows": 5, "tokens": 23, "padding_tokens": 2, "documents": 6},
         "shards": [
           {"index": 0, "file": "shards/shard-00000.parquet", "rows": 3, "tokens": 15, "documents": 4},
           {"index": 1, "file": "shards/shard-00001.parquet", "rows": 2, "tokens": 8, "documents": 2}]}
        """);
    Files.writeString(dir.resolve(TokenizeOutput.SHARD_STATS), """
        {"shards": [],
         "totals": {"doc_tokens": {"min": 1, "p10": 1, "p50": 3, "p90": 6, "p99": 7, "max": 7, "mean": 2.83}}}
        """);
    TokenizeOutput out = TokenizeOutput.read(FileSystem.getLocal(new Configuration()), new org.apache.hadoop.fs.Path(dir.toString()));
    assertEquals(List.of(new Shard("shard-00000", 3, 15, 4L), new Shard("shard-00001", 2, 8, 2L)), out.shards());
    assertEquals(23L, out.tokens());
    assertEquals(List.of("min", "p10", "p50", "p90", "p99", "max", "mean"), List.copyOf(out.docTokens().keySet()));
    assertEquals(2.83, out.docTokens().get("mean"));
  }

  @Test
  void stageWithoutManifestHasNoShards() throws Exception {
    TokenizeOutput out = TokenizeOutput.read(FileSystem.getLocal(new Configuration()), new org.apache.hadoop.fs.Path(dir.toString()));
    assertTrue(out.shards().isEmpty());
    assertEquals(null, out.tokens());
  }

  @Test
  void brokenManifestIsAnErrorNamingTheFile() throws Exception {
    Files.writeString(dir.resolve(TokenizeOutput.MANIFEST), "{\"shards\": [{\"rows\": \"many\"}]}");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TokenizeOutput.read(FileSystem.getLocal(new Configuration()), new org.apache.hadoop.fs.Path(dir.toString())));
    assertTrue(e.getMessage().contains("manifest.json") && e.getMessage().contains("'rows'"), e.getMessage());
  }
}
