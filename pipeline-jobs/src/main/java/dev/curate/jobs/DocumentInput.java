// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs;

import dev.curate.core.DocIds;
import java.util.Arrays;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * Reads documents for a stage that starts mid-chain: a previous stage's output, or any Parquet or
 * JSON Lines data with at least a string {@code text} column.
 *
 * <p>Documents without a {@code doc_id} get one from their {@code url} (if any) and text, so ids
 * stay stable across runs. All other columns pass through untouched.
 */
public final class DocumentInput {
  private DocumentInput() {}

  /** Input format of documents: {@code auto} looks at the part files. */
  public enum Format {
    AUTO,
    PARQUET,
    JSONL;

    public static Format parse(String name) {
      try {
        return valueOf(name.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "--input-format " + name + ": expected one of auto, parquet, jsonl", e);
      }
    }
  }

  private static final UserDefinedFunction DOC_ID =
      functions.udf(
          (UDF2<String, String, String>) DocIds::fromUrlAndText, DataTypes.StringType);

  public static Dataset<Row> read(SparkSession spark, String path, Format format) {
    Format resolved = format == Format.AUTO ? guess(path) : format;
    Dataset<Row> docs =
        resolved == Format.PARQUET ? spark.read().parquet(path) : spark.read().json(path);
    StructField text =
        Arrays.stream(docs.schema().fields())
            .filter(f -> f.name().equals("text"))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        path + ": documents need a 'text' column; found " + Arrays.toString(docs.columns())));
    if (!text.dataType().equals(DataTypes.StringType)) {
      throw new IllegalArgumentException(
          path + ": column 'text' must be a string, found " + text.dataType().simpleString());
    }
    if (!Arrays.asList(docs.columns()).contains("doc_id")) {
      org.apache.spark.sql.Column url =
          Arrays.asList(docs.columns()).contains("url")
              ? functions.col("url").cast(DataTypes.StringType)
              : functions.lit(null).cast(DataTypes.StringType);
      return docs.withColumn("doc_id", DOC_ID.apply(url, functions.col("text")));
    }
    return docs;
  }

  private static Format guess(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    if (p.endsWith(".json") || p.endsWith(".jsonl") || p.endsWith(".json.gz") || p.endsWith(".jsonl.gz")) {
      return Format.JSONL;
    }
    if (p.endsWith(".parquet")) {
      return Format.PARQUET;
    }
    java.nio.file.Path dir = java.nio.file.Path.of(path.startsWith("file:") ? path.substring(5) : path);
    if (java.nio.file.Files.isDirectory(dir)) {
      try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
        boolean json =
            files.map(f -> f.getFileName().toString())
                // _STATS.json and friends are not data, as for Spark's readers
                .filter(n -> !n.startsWith("_") && !n.startsWith("."))
                .anyMatch(n -> n.endsWith(".json") || n.endsWith(".jsonl") || n.contains(".json."));
        return json ? Format.JSONL : Format.PARQUET;
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return Format.PARQUET;
  }
}
