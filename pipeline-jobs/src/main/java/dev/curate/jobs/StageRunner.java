// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs;

import dev.curate.core.Mappers;
import dev.curate.core.StageStats;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * Runs stages with the output contract: a stage whose output has {@code _SUCCESS} is skipped
 * (unless forced); otherwise its output directory is cleared, the stage runs, {@code
 * _STATS.json} and {@code _CONFIG.yaml} are written, the counts must reconcile, and {@code
 * _SUCCESS} is written last.
 *
 * <p>A run killed midway leaves no {@code _SUCCESS}, so the same command clears the partial
 * output and redoes the stage from scratch, giving the same result.
 */
public final class StageRunner {
  public static final String SUCCESS = "_SUCCESS";
  public static final String STATS = "_STATS.json";
  public static final String CONFIG = "_CONFIG.yaml";

  private final SparkSession spark;
  private final boolean force;
  private final PrintStream log;

  /** What happened to one stage. */
  public record Outcome(StageStats stats, boolean skipped) {}

  public StageRunner(SparkSession spark, boolean force, PrintStream log) {
    this.spark = spark;
    this.force = force;
    this.log = log;
  }

  public Outcome run(Stage stage, String outputDir) {
    Path out = new Path(outputDir);
    try {
      FileSystem fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
      String settings = Mappers.YAML.writeValueAsString(stage.settings());
      if (!force && fs.exists(new Path(out, SUCCESS))) {
        if (settings.equals(read(fs, new Path(out, CONFIG)))) {
          log.printf("%s: already done in %s, skipping (--force redoes it)%n", stage.name(), outputDir);
          return new Outcome(readStats(fs, out), true);
        }
        log.printf("%s: settings changed since %s was written, redoing the stage%n", stage.name(), outputDir);
      }
      if (fs.exists(out)) {
        fs.delete(out, true);
      }
      fs.mkdirs(out);
      write(fs, new Path(out, CONFIG), settings);
      long start = System.nanoTime();
      StageStats stats = stage.execute(spark, outputDir);
      long wall = (System.nanoTime() - start) / 1_000_000;
      stats =
          new StageStats(
              stats.stage(),
              stats.input(),
              stats.output(),
              stats.format(),
              stats.recordsIn(),
              stats.kept(),
              stats.rejected(),
              stats.errors(),
              stats.metrics(),
              wall,
              java.time.Instant.now().toString());
      write(fs, new Path(out, STATS), Mappers.JSON.writeValueAsString(stats));
      if (!stats.reconciles()) {
        throw new IllegalStateException(
            stage.name()
                + ": counts do not reconcile: in="
                + stats.recordsIn()
                + " kept="
                + stats.kept()
                + " rejected="
                + stats.rejectedTotal()
                + " errors="
                + stats.errorsTotal()
                + " (see "
                + new Path(out, STATS)
                + "); not marking the stage done");
      }
      write(fs, new Path(out, SUCCESS), "");
      return new Outcome(stats, false);
    } catch (IOException e) {
      throw new UncheckedIOException(stage.name() + ": cannot write " + outputDir, e);
    }
  }

  /** Reads {@code _STATS.json} of a finished stage output. */
  public static StageStats readStats(FileSystem fs, Path out) throws IOException {
    try (InputStream in = fs.open(new Path(out, STATS))) {
      return Mappers.JSON.readValue(in, StageStats.class);
    }
  }

  private static String read(FileSystem fs, Path file) throws IOException {
    if (!fs.exists(file)) {
      return null;
    }
    try (InputStream in = fs.open(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void write(FileSystem fs, Path file, String content) throws IOException {
    try (OutputStream os = fs.create(file, true)) {
      os.write(content.getBytes(StandardCharsets.UTF_8));
    }
  }
}
