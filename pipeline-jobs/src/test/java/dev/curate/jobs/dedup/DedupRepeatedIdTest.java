// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curate.core.StageStats;
import dev.curate.core.config.OutputFormat;
import dev.curate.core.config.SparkSettings;
import dev.curate.dedup.DedupSettings;
import dev.curate.jobs.DocumentInput;
import dev.curate.jobs.Sessions;
import dev.curate.jobs.StageRunner;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The doc_id check now runs over the holders of shared keys (doc_ids whose hash another
 * document has too) and is skipped when there are none: a repeated id must still be refused,
 * and unique ids must still pass.
 */
@Tag("spark")
class DedupRepeatedIdTest {
  @TempDir Path dir;
  private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
  private static final DedupSettings SETTINGS =
      new DedupSettings(
          true, null, true, new DedupSettings.MinHash(true, 14, 8, 5, 1, true, 0.8),
          List.of("quality_score desc", "crawl_date asc", "doc_id asc"));

  private static SparkSession spark() {
    // The test JVM's one session (getOrCreate returns it if another test made it first).
    return Sessions.create(
        new SparkSettings("local[2]", "curate-tests",
            Map.of("spark.ui.enabled", "false", "spark.sql.shuffle.partitions", "2", "spark.sql.session.timeZone", "UTC")),
        null);
  }

  private StageStats run(String jsonl, String out) throws Exception {
    Path input = Files.writeString(dir.resolve(out + ".jsonl"), jsonl);
    DedupStage stage = new DedupStage(input.toString(), DocumentInput.Format.JSONL, SETTINGS, OutputFormat.PARQUET, false, QUIET);
    return new StageRunner(spark(), false, QUIET).run(stage, dir.resolve(out).toString()).stats();
  }

  private static String doc(String id, String text) {
    return "{\"doc_id\":\"" + id + "\",\"url\":\"https://x.example/" + text.length() + "/" + id
        + "\",\"text\":\"" + text + "\",\"quality_score\":0.5,\"crawl_date\":\"2024-07-01T00:00:00Z\"}\n";
  }

  @Test
  void aDocIdThatAppearsTwiceIsRefusedByName() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class,
            () -> run(doc("x", "one page about fisheries quotas and the fleet") + doc("y", "another page entirely")
                + doc("x", "a third page on energy markets"), "repeated"));
    assertTrue(e.getMessage().contains("x (2x)"), e.getMessage());
  }

  @Test
  void uniqueDocIdsPassAndEveryDocumentIsAccountedFor() throws Exception {
    StageStats s = run(doc("x", "one page about fisheries quotas and the fleet") + doc("y", "another page entirely"), "unique");
    assertTrue(s.reconciles(), s.toString());
    assertEquals(2, s.kept());
  }
}
