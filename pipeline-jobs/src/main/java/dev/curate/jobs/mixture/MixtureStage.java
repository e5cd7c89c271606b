// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.mixture;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.curate.core.StageStats;
import dev.curate.core.config.MixtureSettings;
import dev.curate.core.config.OutputFormat;
import dev.curate.jobs.DocumentInput;
import dev.curate.jobs.Stage;
import dev.curate.jobs.LazyIterators;
import dev.curate.jobs.StageOutput;
import dev.curate.jobs.tokenize.ShippedTokenizer;
import dev.curate.jobs.tokenize.TokenizerCache;
import dev.curate.mixture.sample.PlanOrder;
import dev.curate.mixture.sample.SamplingPlan;
import dev.curate.mixture.weights.DomainSize;
import dev.curate.mixture.weights.Mixture;
import dev.curate.mixture.weights.MixturePlanner;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Computes domain weights and token targets ({@code _MIXTURE.json}) and a sampling plan: every
 * document is written with its exact token count and how many times the tokenize stage emits it
 * in each phase ({@code phase_repeats}, see docs/MIXTURE.md). Nothing is dropped here: a document
 * planned 0 times is still written, and the tokenize stage counts it as {@code tokenize.not_sampled}.
 *
 * <p>Tokens are counted exactly with the tokenize stage's tokenizer (the text's ids plus the one
 * boundary token, as the shards will hold them), so that the realised mixture can match the
 * target. Rounding fractional repeats walks each domain's documents in seeded hash order in one
 * task per domain: exact to half a document, at the price of one sequential pass per domain.
 */
public final class MixtureStage implements Stage {
  public static final String NAME = "mixture";
  /**
   * The mixture file. Its name starts with {@code _} because the stage directory is a document
   * dataset that the next stage reads whole, and Spark's readers skip only {@code _} and {@code .}
   * files (as with {@code _STATS.json}).
   */
  public static final String FILE = "_MIXTURE.json";
  public static final String DOMAIN = "domain";
  /** The domain of every document when the input has no {@code domain} column. */
  public static final String ALL = "all";
  /** The domain of a document whose {@code domain} is null. */
  public static final String UNLABELLED = "unlabelled";
  public static final String TOKENS = "tokens";
  public static final String DEDUP_WEIGHT = "dedup_weight";
  public static final String REPEATS = "repeats";
  public static final String PHASE_REPEATS = "phase_repeats";
  private static final List<String> ADDED = List.of(DOMAIN, TOKENS, DEDUP_WEIGHT, REPEATS, PHASE_REPEATS);

  private final String input;
  private final DocumentInput.Format inputFormat;
  private final MixtureSettings settings;
  private final String tokenizer;
  private final OutputFormat format;
  private final PrintStream log;

  /** @param tokenizer the tokenize stage's tokenizer, which counts the tokens */
  public MixtureStage(
      String input, DocumentInput.Format inputFormat, MixtureSettings settings, String tokenizer, OutputFormat format,
      PrintStream log) {
    this.input = input;
    this.inputFormat = inputFormat;
    this.settings = settings;
    this.tokenizer = tokenizer;
    this.format = format;
    this.log = log;
    TokenizerCache.get(tokenizer); // an unknown name fails before any stage runs
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Object settings() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("input", input);
    m.put("format", format.toString());
    m.put("tokenizer", tokenizer);
    m.put("mixture", settings);
    return m;
  }

  @Override
  public StageStats execute(SparkSession spark, String outputDir) {
    Dataset<Row> docs = DocumentInput.read(spark, input, inputFormat);
    List<String> present = Arrays.asList(docs.columns());
    long recordsIn = docs.count();
    Dataset<Row> counted = withTokens(docs, present).persist(StorageLevel.MEMORY_AND_DISK());

    List<DomainSize> sizes = new ArrayList<>();
    Map<String, Double> weighted = new TreeMap<>();
    for (Row r :
        counted.groupBy(DOMAIN)
            .agg(
                functions.count(lit(1)),
                functions.sum(TOKENS),
                functions.sum(col(TOKENS).multiply(col(DEDUP_WEIGHT))))
            .orderBy(DOMAIN)
            .collectAsList()) {
      sizes.add(new DomainSize(r.getString(0), r.getLong(1), r.getLong(2)));
      weighted.put(r.getString(0), r.getDouble(3));
    }
    Mixture mixture = MixturePlanner.plan(sizes, settings);
    SamplingPlan plan = new SamplingPlan(mixture, weighted);
    log.printf("mixture: %d domains, %,.0f tokens available, budget %,.0f%n",
        sizes.size(), (double) sizes.stream().mapToLong(DomainSize::tokens).sum(), mixture.budgetTokens());

    StructType schema = counted.schema()
        .add(REPEATS, DataTypes.IntegerType, false)
        .add(PHASE_REPEATS, DataTypes.createArrayType(DataTypes.IntegerType, false), false);
    int domainColumn = schema.fieldIndex(DOMAIN);
    int tokensColumn = schema.fieldIndex(TOKENS);
    int weightColumn = schema.fieldIndex(DEDUP_WEIGHT);
    long seed = settings.seed();
    UserDefinedFunction order =
        functions.udf((UDF1<String, Long>) id -> PlanOrder.key(seed, id == null ? "" : id), DataTypes.LongType);
    Dataset<Row> planned =
        counted.repartition(Math.max(1, sizes.size()), col(DOMAIN))
            .sortWithinPartitions(col(DOMAIN), order.apply(col("doc_id").cast(DataTypes.StringType)), col("doc_id"))
            .mapPartitions(
                (MapPartitionsFunction<Row, Row>) rows -> plan(rows, plan, domainColumn, tokensColumn, weightColumn),
                Encoders.row(schema));
    String[] columns = schema.fieldNames();
    StageOutput.write(
        planned.withColumn(StageOutput.REASON, lit(null).cast(DataTypes.StringType)), columns,
        new String[] {"doc_id", StageOutput.REASON}, outputDir, format);
    counted.unpersist();

    Dataset<Row> written = StageOutput.readKept(spark, schema, outputDir, format);
    MixtureReport report = MixtureReport.of(mixture, written, tokenizer);
    report.write(spark, outputDir);
    Map<String, Long> metrics = new LinkedHashMap<>();
    metrics.put("domains", (long) sizes.size());
    metrics.put("tokens_available", sizes.stream().mapToLong(DomainSize::tokens).sum());
    metrics.put("budget_tokens", Math.round(mixture.budgetTokens()));
    metrics.put("planned_tokens", report.plannedTokens());
    metrics.put("planned_copies", report.plannedCopies());
    metrics.put("documents_not_sampled", report.notSampled());
    return new StageStats(
        NAME, input, outputDir, format.toString(), recordsIn, report.documents(), Map.of(), Map.of(), metrics, 0, null);
  }

  /** The input with {@code domain} filled in, exact {@code tokens} and the {@code dedup_weight} of each document. */
  private Dataset<Row> withTokens(Dataset<Row> docs, List<String> present) {
    // hf:PATH names a file on the driver: executors get its bytes as a broadcast, not the path.
    ShippedTokenizer shipped = ShippedTokenizer.of(docs.sparkSession(), tokenizer);
    UserDefinedFunction count =
        functions.udf(
            (UDF1<String, Long>) t -> t == null || t.isBlank() ? 0L : shipped.get().encode(t).length + 1L,
            DataTypes.LongType);
    MixtureSettings s = settings;
    UserDefinedFunction weight =
        functions.udf(
            (UDF2<Long, Double, Double>) (size, quality) -> s.dedupWeight(size == null ? 1 : size, quality),
            DataTypes.DoubleType);
    Column domain =
        present.contains(DOMAIN)
            ? functions.coalesce(col(DOMAIN).cast(DataTypes.StringType), lit(UNLABELLED))
            : lit(ALL);
    Column cluster = present.contains("dup_cluster_size") ? col("dup_cluster_size").cast(DataTypes.LongType) : lit(1L);
    Column quality =
        present.contains("quality_score") ? col("quality_score").cast(DataTypes.DoubleType) : lit(null).cast(DataTypes.DoubleType);
    List<Column> keep = new ArrayList<>();
    for (String c : present) {
      if (!ADDED.contains(c)) {
        keep.add(col(c));
      }
    }
    keep.add(domain.as(DOMAIN));
    keep.add(count.apply(col("text")).as(TOKENS));
    keep.add(weight.apply(cluster, quality).as(DEDUP_WEIGHT));
    return docs.select(keep.toArray(new Column[0]));
  }

  private static Iterator<Row> plan(
      Iterator<Row> rows, SamplingPlan plan, int domainColumn, int tokensColumn, int weightColumn) {
    SamplingPlan.Rounder rounder = plan.rounder();
    return LazyIterators.map(
        rows,
        r -> {
        int[] repeats = rounder.repeats(r.getString(domainColumn), r.getLong(tokensColumn), r.getDouble(weightColumn));
        Object[] values = new Object[r.size() + 2];
        for (int i = 0; i < r.size(); i++) {
          values[i] = r.get(i);
        }
        values[r.size()] = Arrays.stream(repeats).sum();
        values[r.size() + 1] = scala.jdk.javaapi.CollectionConverters.asScala(Arrays.stream(repeats).boxed().toList()).toSeq();
        return RowFactory.create(values);
        });
  }
}
