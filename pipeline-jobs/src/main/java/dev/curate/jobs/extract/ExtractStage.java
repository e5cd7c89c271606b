// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.extract;

import dev.curate.core.StageStats;
import dev.curate.core.config.ExtractSettings;
import dev.curate.core.config.OutputFormat;
import dev.curate.extract.ExtractReasons;
import dev.curate.extract.PageExtractor;
import dev.curate.extract.warc.ReadLimits;
import dev.curate.extract.warc.WarcEntry;
import dev.curate.extract.warc.WarcEntryReader;
import dev.curate.jobs.HadoopConf;
import dev.curate.jobs.InputFiles;
import dev.curate.jobs.InputFiles.InputFile;
import dev.curate.jobs.Progress;
import dev.curate.jobs.Stage;
import dev.curate.jobs.StageOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

/**
 * WARC files in, documents out: one Spark task per input file, records streamed one at a time.
 *
 * <p>Every record read becomes one row: a kept document (written to the output directory) or a
 * rejection with its reason, file and offset (written to {@code rejected/}). Counts are then
 * read back from what was written.
 */
public final class ExtractStage implements Stage {
  public static final String NAME = "extract";

  private final String input;
  private final ExtractSettings settings;
  private final OutputFormat format;
  private final PrintStream log;

  public ExtractStage(String input, ExtractSettings settings, OutputFormat format, PrintStream log) {
    this.input = input;
    this.settings = settings;
    this.format = format;
    this.log = log;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Object settings() {
    return Map.of("input", input, "format", format.toString(), "extract", settings);
  }

  @Override
  public StageStats execute(SparkSession spark, String outputDir) {
    List<InputFile> files =
        InputFiles.listCrawlFiles(input, spark.sparkContext().hadoopConfiguration());
    long inputBytes = files.stream().mapToLong(InputFile::bytes).sum();
    log.printf("extract: %d files, %,d bytes from %s%n", files.size(), inputBytes, input);

    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    HadoopConf hadoopConf = new HadoopConf(spark.sparkContext().hadoopConfiguration());
    ExtractSettings extractSettings = settings;
    Dataset<Row> all;
    try (Progress progress = new Progress(spark.sparkContext(), NAME, files.size(), log)) {
      LongAccumulator filesDone = progress.files();
      LongAccumulator recordsRead = progress.records();
      JavaRDD<Row> rows =
          jsc.parallelize(files, files.size())
              .mapPartitions(
                  it -> new RecordRows(it, hadoopConf, extractSettings, filesDone, recordsRead));
      all = spark.createDataFrame(rows, ExtractRows.ALL).persist(StorageLevel.MEMORY_AND_DISK());

      StageOutput.write(
          all, ExtractRows.DOCUMENT_COLUMNS, ExtractRows.REJECTED_COLUMNS, outputDir, format);
    }
    long recordsIn = all.count();
    all.unpersist();

    // Exact counts from the written data.
    Row keptAgg =
        StageOutput.readKept(spark, StageOutput.select(ExtractRows.ALL, ExtractRows.DOCUMENT_COLUMNS), outputDir, format)
            .agg(functions.count(functions.lit(1)), functions.sum("text_bytes"), functions.sum("payload_bytes"))
            .first();
    long kept = keptAgg.getLong(0);
    Map<String, Long> rejected = new TreeMap<>();
    Map<String, Long> errors = new TreeMap<>();
    StageOutput.rejectedByReason(spark, StageOutput.select(ExtractRows.ALL, ExtractRows.REJECTED_COLUMNS), outputDir, format)
        .forEach((reason, n) -> (ExtractReasons.isError(reason) ? errors : rejected).put(reason, n));
    Map<String, Long> metrics = new TreeMap<>();
    metrics.put("input_files", (long) files.size());
    metrics.put("input_bytes", inputBytes);
    metrics.put("kept_text_bytes", keptAgg.isNullAt(1) ? 0L : keptAgg.getLong(1));
    metrics.put("kept_payload_bytes", keptAgg.isNullAt(2) ? 0L : keptAgg.getLong(2));
    return new StageStats(
        NAME, input, outputDir, format.toString(), recordsIn, kept, rejected, errors, metrics, 0, null);
  }

  /** Streams the rows of the files of one partition, one record at a time. */
  private static final class RecordRows implements Iterator<Row> {
    private final Iterator<InputFile> files;
    private final HadoopConf conf;
    private final PageExtractor extractor;
    private final ReadLimits limits;
    private final LongAccumulator filesDone;
    private final LongAccumulator recordsRead;
    private WarcEntryReader current;
    private InputStream currentStream;

    RecordRows(
        Iterator<InputFile> files,
        HadoopConf conf,
        ExtractSettings settings,
        LongAccumulator filesDone,
        LongAccumulator recordsRead) {
      this.files = files;
      this.conf = conf;
      this.extractor = new PageExtractor(settings);
      this.limits = new ReadLimits(settings.maxPayloadBytes());
      this.filesDone = filesDone;
      this.recordsRead = recordsRead;
    }

    @Override
    public boolean hasNext() {
      while (current == null || !current.hasNext()) {
        if (current != null) {
          closeCurrent();
          filesDone.add(1);
        }
        if (!files.hasNext()) {
          return false;
        }
        open(files.next());
      }
      return true;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      WarcEntry entry = current.next();
      recordsRead.add(1);
      return ExtractRows.toRow(extractor.apply(entry));
    }

    private void open(InputFile file) {
      try {
        Path path = new Path(file.path());
        FileSystem fs = path.getFileSystem(conf.get());
        currentStream = fs.open(path, 1 << 16);
        current = new WarcEntryReader(file.path(), currentStream, limits);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot open " + file.path(), e);
      }
    }

    private void closeCurrent() {
      try {
        current.close();
        currentStream.close();
      } catch (IOException e) {
        // Nothing was lost: every record was already returned; closing is best effort.
      }
      current = null;
      currentStream = null;
    }
  }
}
