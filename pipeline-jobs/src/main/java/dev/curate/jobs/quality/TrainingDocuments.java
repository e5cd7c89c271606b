// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.quality;

import dev.curate.jobs.DocumentInput;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Reads the documents of one class for {@code curate train-quality}: a {@code .txt} file (one
 * document per line, as fastText training files are) read directly, or Parquet / JSON Lines
 * documents with a {@code text} column (any stage output) read with Spark and streamed to the
 * driver, where training runs.
 */
public final class TrainingDocuments {
  private TrainingDocuments() {}

  /**
   * @param max at most this many documents (the first ones in reading order), or 0 for all
   */
  public static List<String> read(Supplier<SparkSession> spark, String path, long max) throws IOException {
    List<String> out = new ArrayList<>();
    long limit = max <= 0 ? Long.MAX_VALUE : max;
    if (path.endsWith(".txt")) {
      Path file = Path.of(path);
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException(path + ": no such file");
      }
      try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        for (String line = r.readLine(); line != null && out.size() < limit; line = r.readLine()) {
          if (!line.isBlank()) {
            out.add(line);
          }
        }
      }
      return out;
    }
    Dataset<Row> docs =
        DocumentInput.read(spark.get(), path, DocumentInput.Format.AUTO)
            .select(functions.col("text"))
            .filter(functions.col("text").isNotNull());
    if (max > 0) {
      docs = docs.limit((int) Math.min(Integer.MAX_VALUE, max));
    }
    Iterator<Row> rows = docs.toLocalIterator();
    while (rows.hasNext()) {
      out.add(rows.next().getString(0));
    }
    return out;
  }
}
