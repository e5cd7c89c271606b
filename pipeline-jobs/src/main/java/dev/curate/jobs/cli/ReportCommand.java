// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.cli;

import dev.curate.core.config.SparkSettings;
import dev.curate.jobs.Sessions;
import dev.curate.jobs.report.ReportPage;
import dev.curate.jobs.report.RunAggregates;
import dev.curate.jobs.report.RunReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Write one self-contained HTML page about a whole run: the funnel (documents, text and",
      "tokens in and out of every stage, rejections by reason), language mix, length",
      "distributions, domain mix, quality scores, duplicate clusters and tokens per shard,",
      "each where the run has it. The page needs no network: open it anywhere."
    })
final class ReportCommand implements Callable<Integer> {
  /** File name of the page when --out is not given, inside RUN_DIR. */
  static final String DEFAULT_NAME = "report.html";

  @Parameters(paramLabel = "RUN_DIR", description = "A run directory (a config's work_dir), e.g. work/demo/out")
  String runDir;

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write the page (default RUN_DIR/" + DEFAULT_NAME + ").")
  String out;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default local[*]).")
  String master;

  @Override
  public Integer call() throws IOException {
    SparkSession spark =
        Sessions.create(new SparkSettings("local[*]", "curate-report", Map.of("spark.ui.enabled", "false")), master);
    write(spark, runDir, out, System.out);
    return 0;
  }

  /**
   * Computes the report of {@code runDir} and writes the page to {@code out} (null: {@code
   * runDir/report.html}); returns where it went. Writes through Hadoop, so the run and the page
   * may be on HDFS or S3 like the stage outputs.
   */
  static Path write(SparkSession spark, String runDir, String out, PrintStream log) throws IOException {
    RunReport report = RunAggregates.compute(spark, runDir, log);
    Path target = new Path(out != null ? out : new Path(runDir, DEFAULT_NAME).toString());
    FileSystem fs = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
    fs.setWriteChecksum(false); // no .report.html.crc beside a page meant for people
    try (OutputStream os = fs.create(target, true)) {
      os.write(ReportPage.render(report).getBytes(StandardCharsets.UTF_8));
    }
    log.println("report written to " + target);
    return target;
  }
}
