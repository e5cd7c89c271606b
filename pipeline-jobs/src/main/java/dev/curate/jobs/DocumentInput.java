// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs;

import dev.curate.core.DocIds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
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
    Format resolved =
        format == Format.AUTO ? guess(spark.sparkContext().hadoopConfiguration(), path) : format;
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

  private static Format guess(Configuration conf, String path) {
    String p = path.toLowerCase(Locale.ROOT);
    if (p.endsWith(".json") || p.endsWith(".jsonl") || p.endsWith(".json.gz") || p.endsWith(".jsonl.gz")) {
      return Format.JSONL;
    }
    if (p.endsWith(".parquet")) {
      return Format.PARQUET;
    }
    Format byFiles = formatOfDir(conf, path);
    return byFiles == null ? Format.PARQUET : byFiles;
  }

  /**
   * JSONL or PARQUET by the data files directly in a directory (on any Hadoop file system),
   * ignoring {@code _STATS.json} and other {@code _} or {@code .} files as Spark's readers do;
   * null when it is not a directory or holds no data files.
   */
  public static Format formatOfDir(Configuration conf, String dir) {
    try {
      Path root = new Path(dir);
      FileSystem fs = root.getFileSystem(conf);
      if (!fs.isDirectory(root)) {
        return null;
      }
      Format found = null;
      for (FileStatus f : fs.listStatus(root)) {
        String n = f.getPath().getName();
        if (!f.isFile() || n.startsWith("_") || n.startsWith(".")) {
          continue;
        }
        if (n.endsWith(".json") || n.endsWith(".jsonl") || n.contains(".json.")) {
          return Format.JSONL;
        }
        if (n.endsWith(".parquet")) {
          found = Format.PARQUET;
        }
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }
}
