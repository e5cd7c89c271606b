// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.report;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log10;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.percentile_approx;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import dev.curate.jobs.DocumentInput;
import dev.curate.jobs.StageOutput;
import dev.curate.jobs.report.RunLayout.Layout;
import dev.curate.jobs.report.RunLayout.StageDir;
import dev.curate.jobs.report.RunReport.Bar;
import dev.curate.jobs.report.RunReport.Bin;
import dev.curate.jobs.report.RunReport.Histogram;
import dev.curate.jobs.report.RunReport.StageFunnel;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Computes a {@link RunReport} from a run directory with Spark: counts from each stage's {@code
 * _STATS.json}, distributions from the written outputs (grouped on the executors; only the
 * aggregates reach the driver), token shards from the tokenize stage's manifest.
 */
public final class RunAggregates {
  /** Bars shown for languages and domains; the rest are summed into one "other" bar. */
  static final int TOP = 30;
  /** Length bins: lower edges {1, 1.5, 2, 3, 5, 7} x 10^k, readable and exact in integers. */
  private static final double[] MANTISSAS = {1, 1.5, 2, 3, 5, 7};
  private static final int QUALITY_BINS = 20;
  /** The filter's word count (language-aware splitting, CJK included); whitespace otherwise. */
  private static final String GOPHER_WORDS = "gopher_quality.words";

  private RunAggregates() {}

  public static RunReport compute(SparkSession spark, String runDir, PrintStream log) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Layout layout = RunLayout.of(conf, runDir);
    List<StageFunnel> funnel = new ArrayList<>();
    StageDir documentsStage = null;
    Dataset<Row> documents = null;
    TokenizeOutput tokenize = new TokenizeOutput(List.of(), null, Map.of(), List.of());
    for (StageDir s : layout.stages()) {
      Dataset<Row> kept = read(spark, s.path());
      Long textBytes = null;
      if (kept != null && has(kept, "text_bytes")) {
        Row r = kept.agg(sum(col("text_bytes"))).first();
        textBytes = r.isNullAt(0) ? 0L : r.getLong(0);
      }
      if (kept != null && has(kept, "text")) {
        // The last stage with documents; an extra output never displaces a pipeline output.
        if (documentsStage == null || s.pipelineOutput() || !documentsStage.pipelineOutput()) {
          documentsStage = s;
          documents = kept;
        }
      }
      Long tokens = s.stats().metrics().get("tokens");
      if (s.name().equals("tokenize")) {
        tokenize = readTokenize(conf, s.path());
        if (tokens == null) {
          tokens = tokenize.tokens();
        }
      }
      funnel.add(new StageFunnel(
          s.name(), s.stats().recordsIn(), s.stats().kept(), bars(s.stats().rejected()), bars(s.stats().errors()),
          textBytes, tokens, s.stats().wallMillis(), s.finished()));
      log.println("report: read " + s.name());
    }

    List<Bar> languages = List.of();
    List<Bar> domains = List.of();
    Histogram chars = null;
    Histogram words = null;
    long documentCount = 0;
    if (documents != null) {
      Dataset<Row> m = measures(documents).persist(StorageLevel.MEMORY_AND_DISK());
      if (has(documents, "lang")) {
        languages = top(m, "lang", "und");
      }
      if (has(documents, "domain")) {
        domains = top(m, "domain", "(none)");
      }
      Histogram[] lengths = lengths(m);
      chars = lengths[0];
      words = lengths[1];
      documentCount = documentsStage.stats().kept();
      m.unpersist();
      log.println("report: measured " + documentCount + " documents of " + documentsStage.name());
    }
    Histogram quality = quality(spark, layout.stage("filter"));
    List<Bar> clusters = clusterSizes(spark, layout);
    return new RunReport(
        runDir,
        Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
        funnel,
        layout.notes(),
        documentsStage == null ? null : documentsStage.name(),
        documentCount,
        languages,
        chars,
        words,
        tokenize.docTokens(),
        domains,
        quality,
        clusters,
        tokenize.shards(),
        tokenize.mix());
  }

  /** Per document: lang, domain (where present), chars, words. */
  private static Dataset<Row> measures(Dataset<Row> docs) {
    Column whitespaceWords =
        when(length(trim(col("text"))).equalTo(0), lit(0)).otherwise(size(split(trim(col("text")), "\\s+")));
    Column words =
        hasGopherWords(docs)
            ? coalesce(col("filter_signals").getItem(GOPHER_WORDS).cast("long"), whitespaceWords.cast("long"))
            : whitespaceWords.cast("long");
    List<Column> cols = new ArrayList<>();
    for (String c : new String[] {"lang", "domain"}) {
      if (has(docs, c)) {
        cols.add(col(c).cast("string").as(c));
      }
    }
    cols.add(length(col("text")).cast("long").as("chars"));
    cols.add(words.as("words"));
    return docs.select(cols.toArray(Column[]::new));
  }

  /** Parquet keeps filter_signals a map; JSON Lines read back makes it a struct of the keys seen. */
  private static boolean hasGopherWords(Dataset<Row> docs) {
    if (!has(docs, "filter_signals")) {
      return false;
    }
    DataType type = docs.schema().apply("filter_signals").dataType();
    return type instanceof MapType
        || (type instanceof StructType struct && Arrays.asList(struct.fieldNames()).contains(GOPHER_WORDS));
  }

  /** Counts by a column, largest first (ties by name), the tail after {@link #TOP} as one bar. */
  private static List<Bar> top(Dataset<Row> m, String column, String nullLabel) {
    List<Bar> all = new ArrayList<>();
    for (Row r : m.groupBy(col(column)).count().collectAsList()) {
      all.add(new Bar(r.isNullAt(0) ? nullLabel : r.getString(0), r.getLong(1)));
    }
    all.sort((a, b) -> a.value() != b.value() ? Long.compare(b.value(), a.value()) : a.label().compareTo(b.label()));
    if (all.size() <= TOP) {
      return all;
    }
    List<Bar> shown = new ArrayList<>(all.subList(0, TOP - 1));
    List<Bar> rest = all.subList(TOP - 1, all.size());
    shown.add(new Bar("other (" + rest.size() + ")", rest.stream().mapToLong(Bar::value).sum()));
    return shown;
  }

  /**
   * Log-binned histograms of chars and words per document, with quantiles: one grouping by both
   * bins (at most a few hundred rows reach the driver) and one aggregation for the quantiles.
   */
  private static Histogram[] lengths(Dataset<Row> m) {
    String[] measures = {"chars", "words"};
    List<Map<Long, Long>> counts = List.of(new java.util.TreeMap<>(), new java.util.TreeMap<>());
    for (Row r : m.groupBy(bin(col("chars")).as("c"), bin(col("words")).as("w")).count().collectAsList()) {
      for (int i = 0; i < measures.length; i++) {
        if (!r.isNullAt(i)) {
          counts.get(i).merge(r.getLong(i), r.getLong(2), Long::sum);
        }
      }
    }
    List<Map<String, Double>> quantiles = quantiles(m, measures);
    Histogram[] out = new Histogram[measures.length];
    for (int i = 0; i < measures.length; i++) {
      java.util.TreeMap<Long, Long> c = (java.util.TreeMap<Long, Long>) counts.get(i);
      List<Bin> bins = new ArrayList<>();
      if (!c.isEmpty()) {
        for (long k = c.firstKey(); k <= c.lastKey(); k++) {
          bins.add(new Bin(edge(k), edge(k + 1), List.of(c.getOrDefault(k, 0L))));
        }
      }
      out[i] = new Histogram(List.of("documents"), bins, quantiles.get(i));
    }
    return out;
  }

  /** Bin -1 holds the zeros; bin k >= 0 starts at MANTISSAS[k % 6] x 10^(k / 6). */
  private static Column bin(Column x) {
    Column decade = floor(log10(x));
    Column mantissa = x.divide(pow(lit(10.0), decade));
    Column sub = lit(0);
    for (int i = 1; i < MANTISSAS.length; i++) { // the last (largest) edge is the outermost test
      sub = when(mantissa.geq(MANTISSAS[i]), lit(i)).otherwise(sub);
    }
    return when(x.leq(0), lit(-1L)).otherwise(decade.cast("long").multiply(MANTISSAS.length).plus(sub));
  }

  private static double edge(long bin) {
    if (bin < 0) {
      return 0;
    }
    return MANTISSAS[(int) (bin % MANTISSAS.length)] * Math.pow(10, bin / MANTISSAS.length);
  }

  /** {@link ReportPage#QUANTILES} of each measure, in one aggregation; empty maps when there are no values. */
  private static List<Map<String, Double>> quantiles(Dataset<Row> m, String... measures) {
    List<Column> aggs = new ArrayList<>();
    for (String measure : measures) {
      Column x = col(measure);
      aggs.add(count(x));
      aggs.add(min(x).cast("double"));
      aggs.add(percentile_approx(x, array(lit(0.1), lit(0.5), lit(0.9), lit(0.99)), lit(10_000)));
      aggs.add(max(x).cast("double"));
      aggs.add(avg(x));
    }
    Row r = m.agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new)).first();
    List<Map<String, Double>> out = new ArrayList<>();
    for (int i = 0; i < measures.length; i++) {
      int at = 5 * i;
      Map<String, Double> q = new LinkedHashMap<>();
      if (r.getLong(at) > 0) {
        List<Object> p = r.getList(at + 2);
        q.put("min", r.getDouble(at + 1));
        String[] names = {"p10", "p50", "p90", "p99"};
        for (int j = 0; j < names.length; j++) {
          q.put(names[j], ((Number) p.get(j)).doubleValue());
        }
        q.put("max", r.getDouble(at + 3));
        q.put("mean", r.getDouble(at + 4));
      }
      out.add(q);
    }
    return out;
  }

  /** quality_score of every document the filter scored, kept and rejected, in 20 bins of [0, 1]. */
  private static Histogram quality(SparkSession spark, StageDir filter) {
    if (filter == null) {
      return null;
    }
    Dataset<Row> kept = read(spark, filter.path());
    Dataset<Row> rejected = read(spark, StageOutput.rejectedDir(filter.path()));
    if (kept == null || !has(kept, "quality_score")) {
      return null;
    }
    Dataset<Row> scores = kept.select(col("quality_score").cast("double").as("q"), lit(0).as("series"));
    if (rejected != null && has(rejected, "quality_score")) {
      scores = scores.unionByName(rejected.select(col("quality_score").cast("double").as("q"), lit(1).as("series")));
    }
    long[][] counts = new long[QUALITY_BINS][2];
    long scored = 0;
    Column bin = least(floor(col("q").multiply(QUALITY_BINS)), lit(QUALITY_BINS - 1)).cast("int");
    for (Row r : scores.where(col("q").isNotNull()).groupBy(bin.as("bin"), col("series")).count().collectAsList()) {
      counts[Math.max(0, r.getInt(0))][r.getInt(1)] += r.getLong(2);
      scored += r.getLong(2);
    }
    if (scored == 0) {
      return null;
    }
    List<Bin> bins = new ArrayList<>();
    for (int i = 0; i < QUALITY_BINS; i++) {
      bins.add(new Bin((double) i / QUALITY_BINS, (double) (i + 1) / QUALITY_BINS, List.of(counts[i][0], counts[i][1])));
    }
    return new Histogram(List.of("kept", "rejected"), bins, Map.of());
  }

  /** Clusters of two or more documents by size, from the first stage that has dup_cluster_size. */
  private static List<Bar> clusterSizes(SparkSession spark, Layout layout) {
    for (StageDir s : layout.stages()) {
      Dataset<Row> kept = read(spark, s.path());
      if (kept == null || !has(kept, "dup_cluster_size")) {
        continue;
      }
      // Each cluster keeps exactly one survivor, which carries the cluster's size.
      Column size = col("dup_cluster_size").cast("long");
      List<Bar> bars = new ArrayList<>();
      for (Row r : kept.where(size.gt(1)).groupBy(size.as("size")).count().orderBy("size").collectAsList()) {
        bars.add(new Bar(Long.toString(r.getLong(0)), r.getLong(1)));
      }
      return bars;
    }
    return List.of();
  }

  private static TokenizeOutput readTokenize(Configuration conf, String dir) {
    Path p = new Path(dir);
    try {
      return TokenizeOutput.read(p.getFileSystem(conf), p);
    } catch (IOException e) {
      throw new UncheckedIOException("report: cannot read " + dir, e);
    }
  }

  /** The data files directly in a directory (kept documents), or null when there are none. */
  private static Dataset<Row> read(SparkSession spark, String dir) {
    DocumentInput.Format f = DocumentInput.formatOfDir(spark.sparkContext().hadoopConfiguration(), dir);
    if (f == null) {
      return null;
    }
    return spark.read().format(f == DocumentInput.Format.JSONL ? "json" : "parquet").load(dir);
  }

  private static boolean has(Dataset<Row> d, String column) {
    return Arrays.asList(d.columns()).contains(column);
  }

  private static List<Bar> bars(Map<String, Long> counts) {
    List<Bar> bars = new ArrayList<>();
    counts.forEach((k, v) -> bars.add(new Bar(k, v)));
    bars.sort((a, b) -> Long.compare(b.value(), a.value()));
    return bars;
  }
}
