// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curate.core.DocIds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("spark")
class DocumentInputTest {
  @TempDir Path dir;

  @Test
  void jsonLinesWithOnlyTextGetStableIds() throws Exception {
    Path file = dir.resolve("mine.jsonl");
    Files.writeString(file, "{\"text\": \"first document\", \"lang\": \"en\"}\n{\"text\": \"second\"}\n");
    Dataset<Row> docs =
        DocumentInput.read(SparkTestSession.get(), file.toString(), DocumentInput.Format.AUTO);
    List<Row> rows = docs.orderBy("text").collectAsList();
    assertEquals(2, rows.size());
    assertEquals(DocIds.fromUrlAndText(null, "first document"), rows.get(0).getAs("doc_id"));
    assertEquals("en", rows.get(0).getAs("lang"), "other columns pass through");
  }

  @Test
  void inputWithoutTextColumnIsRejectedNamingThePath() throws Exception {
    Path file = dir.resolve("notext.jsonl");
    Files.writeString(file, "{\"body\": \"x\"}\n");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> DocumentInput.read(SparkTestSession.get(), file.toString(), DocumentInput.Format.JSONL));
    assertTrue(e.getMessage().contains(file + ": documents need a 'text' column"), e.getMessage());
  }

  @Test
  void unknownInputFormatNamesTheChoices() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DocumentInput.Format.parse("csv"));
    assertTrue(e.getMessage().contains("auto, parquet, jsonl"));
  }
}
