// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.cli;

import dev.curate.core.Mappers;
import dev.curate.core.StageStats;
import dev.curate.core.config.SparkSettings;
import dev.curate.jobs.DocumentInput;
import dev.curate.jobs.Sessions;
import dev.curate.jobs.StageRunner;
import dev.curate.jobs.tokenize.ShardSetSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = {
      "Print a stage output's statistics (_STATS.json), its schema, a few kept rows",
      "and the rejected records by reason with a few examples. For a tokenize output (or its",
      "shards/ folder): the manifest summary, statistics and one line per shard."
    })
final class InspectCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", description = "A stage output directory, e.g. work/demo/out/extract or work/demo/out/tokenize")
  Path dir;

  @Option(names = "--rows", paramLabel = "N", description = "Rows to show (default 5).")
  int rows = 5;

  @Option(names = "--width", paramLabel = "CHARS", description = "Truncate shown values to this many characters (default 80).")
  int width = 80;

  @Override
  public Integer call() {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("inspect: " + dir + " is not a directory");
    }
    Path shardSet = ShardSetSummary.manifestDir(dir);
    if (shardSet != null) {
      printStats(shardSet);
      ShardSetSummary.print(shardSet, System.out);
      return 0;
    }
    printStats(dir);
    SparkSession spark =
        Sessions.create(new SparkSettings("local[*]", "curate-inspect", Map.of("spark.ui.enabled", "false")), null);
    String source = sourceOf(spark, dir);
    if (source == null) {
      System.out.println("(no part files)");
      return 0;
    }
    Dataset<Row> kept = spark.read().format(source).load(dir.toString());
    System.out.println();
    System.out.println("kept documents: " + String.format(Locale.ROOT, "%,d", kept.count()));
    kept.printSchema();
    show(kept);
    Path rejectedDir = dir.resolve("rejected");
    String rejectedSource = sourceOf(spark, rejectedDir);
    if (rejectedSource != null) {
      Dataset<Row> rejected = spark.read().format(rejectedSource).load(rejectedDir.toString());
      System.out.println("rejected by reason:");
      rejected.groupBy("reason").count().orderBy(functions.desc("count"), functions.asc("reason")).show(100, false);
      show(rejected.filter(functions.col("reason").notEqual("extract.non_page_record")));
    }
    return 0;
  }

  /** Prints {@code _STATS.json} of a stage output, and warns when it did not finish. */
  private static void printStats(Path dir) {
    Path stats = dir.resolve(StageRunner.STATS);
    if (Files.exists(stats)) {
      try {
        StageStats s = Mappers.JSON.readValue(stats.toFile(), StageStats.class);
        System.out.printf(
            Locale.ROOT,
            "stage %s: %,d in, %,d kept, %,d rejected, %,d errors, %.1fs, reconciles: %s%n",
            s.stage(), s.recordsIn(), s.kept(), s.rejectedTotal(), s.errorsTotal(),
            s.wallMillis() / 1000.0, s.reconciles() ? "yes" : "NO");
        for (Map.Entry<String, Long> m : s.metrics().entrySet()) {
          System.out.printf(Locale.ROOT, "  %-40s %,14d%n", m.getKey(), m.getValue());
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + stats, e);
      }
    } else {
      System.out.println("(no _STATS.json: not a finished stage output)");
    }
    if (!Files.exists(dir.resolve(StageRunner.SUCCESS))) {
      System.out.println("WARNING: no _SUCCESS: the stage did not finish; rerun it");
    }
  }

  private void show(Dataset<Row> data) {
    data.limit(rows).show(rows, width, true);
  }

  /** Spark source name of the data files in {@code dir}, or null if there are none. */
  private static String sourceOf(SparkSession spark, Path dir) {
    DocumentInput.Format f =
        DocumentInput.formatOfDir(spark.sparkContext().hadoopConfiguration(), dir.toString());
    return f == null ? null : f == DocumentInput.Format.JSONL ? "json" : "parquet";
  }
}
