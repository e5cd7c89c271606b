// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs;

import dev.curate.core.config.OutputFormat;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

/**
 * Writes a document stage's output the contract's way and reads its counts back.
 *
 * <p>A stage produces one dataset in which every record has a nullable {@code reason}: rows
 * without one are written to the output directory, the others to {@code rejected/}. Counts are
 * then read from what was written, never from accumulators.
 */
public final class StageOutput {
  public static final String REASON = "reason";

  private StageOutput() {}

  /**
   * @param all every record of the stage, with a {@code reason} column (null = kept)
   * @param keptColumns columns of a kept document, in order
   * @param rejectedColumns columns of a rejected record, in order (should include {@code reason})
   */
  public static void write(
      Dataset<Row> all,
      String[] keptColumns,
      String[] rejectedColumns,
      String outputDir,
      OutputFormat format) {
    all.filter(functions.col(REASON).isNull())
        .select(columns(keptColumns))
        .write()
        .mode(SaveMode.Append) // the runner cleared the directory; it holds _CONFIG.yaml
        .format(format.sparkSource())
        .save(outputDir);
    all.filter(functions.col(REASON).isNotNull())
        .select(columns(rejectedColumns))
        .write()
        .mode(SaveMode.Overwrite)
        .format(format.sparkSource())
        .save(rejectedDir(outputDir));
  }

  public static String rejectedDir(String outputDir) {
    return outputDir + "/rejected";
  }

  /** The kept documents as written, read with their schema (JSON Lines cannot infer it when empty). */
  public static Dataset<Row> readKept(
      SparkSession spark, StructType schema, String outputDir, OutputFormat format) {
    return spark.read().schema(schema).format(format.sparkSource()).load(outputDir);
  }

  /** Rejected records by reason, as written. */
  public static Map<String, Long> rejectedByReason(
      SparkSession spark, StructType schema, String outputDir, OutputFormat format) {
    Map<String, Long> counts = new TreeMap<>();
    for (Row r :
        spark.read().schema(schema).format(format.sparkSource()).load(rejectedDir(outputDir))
            .groupBy(REASON).count().collectAsList()) {
      counts.put(r.getString(0), r.getLong(1));
    }
    return counts;
  }

  /** The sub-schema with these columns, in this order. */
  public static StructType select(StructType schema, String[] names) {
    StructType out = new StructType();
    for (String name : names) {
      out = out.add(schema.apply(name));
    }
    return out;
  }

  private static Column[] columns(String[] names) {
    Column[] cols = new Column[names.length];
    for (int i = 0; i < names.length; i++) {
      cols[i] = functions.col(names[i]);
    }
    return cols;
  }
}
