// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.shards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curate.core.Mappers;
import dev.curate.tokenizer.DocumentBoundary;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManifestTest {
  @Test
  void manifestReadsBackAndUsesTheDocumentedSnakeCaseKeys() throws Exception {
    List<Manifest.ShardEntry> shards =
        List.of(
            new Manifest.ShardEntry(0, "shards/shard-00000.parquet", null, 0, 4, 40, 0, 3, 100, "aa", null),
            new Manifest.ShardEntry(1, "shards/shard-00001.parquet", null, 4, 2, 15, 5, 1, 60, "bb", null));
    Manifest m =
        new Manifest(
            Manifest.FORMAT, Manifest.FORMAT_VERSION, "parquet",
            new Manifest.TokenizerInfo("cl100k_base", "ff", 100277), 9, 10,
            Manifest.Boundary.of(new DocumentBoundary(100257, "<|endoftext|>", DocumentBoundary.Placement.APPEND_EOS)),
            100257, null, 100257, 1, Manifest.Totals.of(shards), shards,
            Map.of("seq_len", 9), new Manifest.InputLineage("in", "dedup", 4L, "cc", null));
    String json = Mappers.JSON.writeValueAsString(m);
    JsonNode tree = Mappers.JSON.readTree(json);
    for (String key : List.of("format_version", "shard_format", "seq_len", "row_tokens", "eos_id", "bos_id", "pad_id", "totals", "shards", "config", "input")) {
      assertTrue(tree.has(key), key + " in " + json);
    }
    assertEquals("append_eos", tree.get("boundary").get("placement").asText());
    assertEquals(55, tree.get("totals").get("tokens").asLong());
    assertEquals(5, tree.get("totals").get("padding_tokens").asLong());
    assertTrue(tree.get("shards").get(0).has("index_sha256"));
    assertTrue(tree.get("input").has("stats_sha256"));
    Manifest back = Mappers.JSON.readValue(json, Manifest.class);
    assertEquals(m.shards(), back.shards());
    assertEquals(m.totals(), back.totals());
  }
}
