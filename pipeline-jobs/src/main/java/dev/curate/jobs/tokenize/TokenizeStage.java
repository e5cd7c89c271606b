// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.tokenize;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.curate.core.StageStats;
import dev.curate.core.config.OutputFormat;
import dev.curate.core.config.TokenizeSettings;
import dev.curate.jobs.DocumentInput;
import dev.curate.jobs.HadoopConf;
import dev.curate.jobs.LazyIterators;
import dev.curate.jobs.Stage;
import dev.curate.jobs.StageOutput;
import dev.curate.jobs.mixture.MixtureStage;
import dev.curate.tokenizer.DocumentBoundary;
import dev.curate.tokenizer.Tokenizer;
import dev.curate.tokenizer.pack.DocumentOrder;
import dev.curate.tokenizer.pack.RowFragment;
import dev.curate.tokenizer.pack.SequencePacker;
import dev.curate.tokenizer.pack.TokenizedDocument;
import dev.curate.tokenizer.shards.Manifest;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Turns documents into packed token rows in shards, with a manifest and statistics (see
 * docs/TOKENIZE.md).
 *
 * <p>Documents are shuffled by a seeded hash of their id (a distributed sort), tokenized in
 * {@code mapPartitions} with one tokenizer per executor JVM and kept (serialized) for two passes:
 * the first sums each partition's tokens, so that the driver learns every partition's global
 * start position from N numbers; the second cuts each partition's tokens into pieces at row
 * boundaries, keyed by global position. One shuffle sends the pieces to their shard's writer
 * task, sorted, which joins a row's pieces and writes the shard file itself. Documents whose
 * text is empty or blank go to {@code rejected/} as {@code tokenize.empty}.
 */
public final class TokenizeStage implements Stage {
  public static final String NAME = "tokenize";
  public static final String EMPTY = NAME + ".empty";
  /** A mixture plan emits the document 0 times. */
  public static final String NOT_SAMPLED = NAME + ".not_sampled";
  /** At most this many writer tasks; more shards share tasks. */
  private static final int MAX_WRITER_TASKS = 10_000;

  private static final UserDefinedFunction BLANK =
      functions.udf((UDF1<String, Boolean>) t -> t == null || t.isBlank(), DataTypes.BooleanType);
  /** Shuffle key of copy {@code c} of a document: copy 0 keys by its id, later copies by {@code id#c}. */
  private static final UserDefinedFunction ORDER =
      functions.udf(
          (UDF3<Long, String, Integer, Long>)
              (seed, id, copy) -> DocumentOrder.key(seed, (id == null ? "" : id) + (copy == 0 ? "" : "#" + copy)),
          DataTypes.LongType);

  private final String input;
  private final DocumentInput.Format inputFormat;
  private final TokenizeSettings settings;
  private final OutputFormat rejectedFormat;
  private final PrintStream log;

  /**
   * @param input documents (a previous stage's output, or Parquet/JSON Lines with a text column)
   * @param rejectedFormat format of {@code rejected/} (the pipeline's document format)
   */
  public TokenizeStage(
      String input, DocumentInput.Format inputFormat, TokenizeSettings settings, OutputFormat rejectedFormat,
      PrintStream log) {
    this.input = input;
    this.inputFormat = inputFormat;
    this.settings = settings;
    this.rejectedFormat = rejectedFormat;
    this.log = log;
    checkTokenizer(settings);
  }

  /** Loads the configured tokenizer, so that an unknown name stops a run before its first stage. */
  public static void checkTokenizer(TokenizeSettings settings) {
    TokenizerCache.get(settings.tokenizer());
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Object settings() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("input", input);
    m.put("format", rejectedFormat.toString());
    m.put("tokenize", settings);
    return m;
  }

  @Override
  public StageStats execute(SparkSession spark, String outputDir) {
    long started = System.nanoTime();
    Tokenizer tokenizer = TokenizerCache.get(settings.tokenizer());
    Dataset<Row> docs = DocumentInput.read(spark, input, inputFormat);
    List<String> present = Arrays.asList(docs.columns());
    boolean hasDomains = present.contains("domain");
    long recordsIn = docs.count();
    progress(started, "%,d documents read", recordsIn, 0);
    // A mixture stage output says how often to emit each document in each phase (docs/MIXTURE.md).
    boolean sampled = present.contains(MixtureStage.PHASE_REPEATS);
    Column reason = functions.when(BLANK.apply(col("text")), lit(EMPTY));
    if (sampled) {
      reason = reason.when(col(MixtureStage.REPEATS).equalTo(0), lit(NOT_SAMPLED));
    }
    Dataset<Row> judged = docs.withColumn(StageOutput.REASON, reason);
    judged.filter(col(StageOutput.REASON).isNotNull())
        .write()
        .mode(SaveMode.Overwrite)
        .format(rejectedFormat.sparkSource())
        .save(StageOutput.rejectedDir(outputDir));

    // Only the columns tokenizing needs, kept for the sort's sample and the sort itself (a JSON
    // input would otherwise be parsed twice more; Parquet scans only these columns anyway).
    Dataset<Row> kept = judged.filter(col(StageOutput.REASON).isNull());
    Column[] columns = {
      col("doc_id").cast(DataTypes.StringType).as("doc_id"), col("text"), optional(present, "lang"),
      optional(present, "domain")
    };
    Dataset<Row> copies =
        sampled ? copies(kept, columns) : kept.select(columns).withColumn("_phase", lit(0)).withColumn("_copy", lit(0));
    Dataset<Row> light =
        copies.withColumn("_order", ORDER.apply(lit(settings.seed()), col("doc_id"), col("_copy")))
            .persist(StorageLevel.MEMORY_AND_DISK());
    // Phases in order, so that the shards of an earlier phase come before those of a later one.
    Dataset<Row> shuffled = light.orderBy(col("_phase"), col("_order"), col("doc_id"), col("_copy"), col("text"));
    String name = settings.tokenizer();
    // hf:PATH names a file on the driver: executors get its bytes as a broadcast, not the path.
    ShippedTokenizer shipped = ShippedTokenizer.of(spark, name);
    JavaRDD<TokenizedDocument> tokenized =
        shuffled.javaRDD().mapPartitions(rows -> encode(rows, shipped)).persist(StorageLevel.MEMORY_AND_DISK_SER());
    long[] starts = partitionStarts(tokenized);
    light.unpersist();
    long totalTokens = starts[starts.length - 1];
    progress(started, "%,d tokens in %,d partitions", totalTokens, starts.length - 1);

    DocumentBoundary boundary = tokenizer.boundary();
    ShardLayout layout =
        new ShardLayout(
            outputDir, settings.rowTokens(), settings.rowsPerShard(), totalTokens, boundary.tokenId(),
            tokenizer.vocabSize(), hasDomains, footer(tokenizer));
    HadoopConf hadoop = new HadoopConf(spark.sparkContext().hadoopConfiguration());
    List<WrittenShard> written = totalTokens == 0 ? List.of() : write(tokenized, starts, layout, hadoop);
    tokenized.unpersist();
    progress(started, "%,d shards written", written.size(), 0);

    TokenizeOutputs outputs = new TokenizeOutputs(spark, outputDir);
    Manifest manifest = outputs.writeManifest(tokenizer, settings, input, written);
    outputs.writeShardStats(written, hasDomains);
    long begun = outputs.checkShards(manifest);
    long keptDocs = sampled ? sampledDocuments(kept, begun) : begun;
    Map<String, Long> rejected =
        StageOutput.rejectedByReason(
            spark, docs.withColumn(StageOutput.REASON, lit(EMPTY)).schema(), outputDir, rejectedFormat);
    Map<String, Long> metrics = new LinkedHashMap<>();
    metrics.put("tokens", manifest.totals().tokens());
    metrics.put("rows", manifest.totals().rows());
    metrics.put("shards", (long) manifest.totals().shards());
    metrics.put("padding_tokens", manifest.totals().paddingTokens());
    metrics.put("shard_bytes", manifest.totals().bytes());
    if (sampled) {
      metrics.put("copies", begun);
    }
    return new StageStats(
        NAME, input, outputDir, settings.format().toString(), recordsIn, keptDocs, rejected, Map.of(), metrics, 0,
        null);
  }

  /** One row per copy to emit: {@code _phase} and {@code _copy} (0, 1, ... within the phase). */
  private static Dataset<Row> copies(Dataset<Row> kept, Column[] columns) {
    Column[] withRepeats = Arrays.copyOf(columns, columns.length + 1);
    withRepeats[columns.length] = functions.posexplode(col(MixtureStage.PHASE_REPEATS)).as(new String[] {"_phase", "_n"});
    return kept.select(withRepeats)
        .filter(col("_n").gt(0))
        .withColumn("_copy", functions.explode(functions.sequence(lit(0), col("_n").minus(1))))
        .drop("_n");
  }

  /**
   * Documents emitted at least once; checks that the copies begun in the shards are the copies
   * the plan asked for.
   */
  private long sampledDocuments(Dataset<Row> kept, long copiesInShards) {
    Row r = kept.agg(functions.count(lit(1)), functions.sum(col(MixtureStage.REPEATS).cast(DataTypes.LongType))).first();
    long planned = r.isNullAt(1) ? 0 : r.getLong(1);
    if (planned != copiesInShards) {
      throw new IllegalStateException(
          input + ": the mixture plan asks for " + planned + " copies, the shards hold " + copiesInShards);
    }
    return r.getLong(0);
  }

  private static Column optional(List<String> present, String column) {
    return (present.contains(column) ? col(column).cast(DataTypes.StringType) : lit(null).cast(DataTypes.StringType))
        .as(column);
  }

  /** Tokenizes a partition lazily, in order. */
  private static Iterator<TokenizedDocument> encode(Iterator<Row> rows, ShippedTokenizer shipped) {
    Tokenizer tokenizer = shipped.get();
    return LazyIterators.map(rows, r -> TokenizedDocument.encode(tokenizer, r.getString(0), r.getString(2), r.getString(3), r.getString(1)));
  }

  /**
   * Global token position where each partition begins (prefix sums of the partitions' token
   * counts; one number per partition reaches the driver); the last element is the total.
   */
  private static long[] partitionStarts(JavaRDD<TokenizedDocument> tokenized) {
    // One count per partition; collect() returns them in partition order.
    List<Long> counts =
        tokenized
            .mapPartitions(
                docs -> {
                  long tokens = 0;
                  while (docs.hasNext()) {
                    tokens += docs.next().tokens().length;
                  }
                  return List.of(tokens).iterator();
                })
            .collect();
    long[] starts = new long[counts.size() + 1];
    for (int i = 0; i < counts.size(); i++) {
      starts[i + 1] = starts[i] + counts.get(i);
    }
    return starts;
  }

  private List<WrittenShard> write(
      JavaRDD<TokenizedDocument> tokenized, long[] starts, ShardLayout layout, HadoopConf hadoop) {
    ShardPartitioner partitioner =
        new ShardPartitioner(layout.tokensPerShard(), layout.shardSlots(), MAX_WRITER_TASKS);
    int rowTokens = layout.rowTokens();
    List<WrittenShard> written;
    if (settings.format() == TokenizeSettings.ShardFormat.PARQUET) {
      JavaRDD<Tuple2<Long, RowFragment>> pieces =
          tokenized.mapPartitionsWithIndex(
              (index, docs) -> {
                SequencePacker packer = new SequencePacker(docs, rowTokens, starts[index]);
                return LazyIterators.map(packer, f -> new Tuple2<>(f.position(), f));
              },
              true);
      written = toShards(pieces, partitioner, new ParquetShardTask(layout, hadoop));
    } else {
      JavaRDD<Tuple2<Long, TokenizedDocument>> positioned =
          tokenized.mapPartitionsWithIndex(
              (index, docs) -> {
                long[] position = {starts[index]};
                return LazyIterators.map(docs, d -> {
                  Tuple2<Long, TokenizedDocument> t = new Tuple2<>(position[0], d);
                  position[0] += d.tokens().length;
                  return t;
                });
              },
              true);
      written = toShards(positioned, partitioner, new MegatronShardTask(layout, hadoop));
    }
    List<WrittenShard> sorted = new ArrayList<>(written);
    sorted.sort(Comparator.comparingInt(w -> w.entry().index()));
    return sorted;
  }

  /** One shuffle: records keyed by global token position to their shard's task, sorted; the task writes. */
  private static <V> List<WrittenShard> toShards(
      JavaRDD<Tuple2<Long, V>> keyed,
      ShardPartitioner partitioner,
      org.apache.spark.api.java.function.FlatMapFunction<Iterator<Tuple2<Long, V>>, WrittenShard> writer) {
    return JavaPairRDD.fromJavaRDD(keyed).repartitionAndSortWithinPartitions(partitioner).mapPartitions(writer).collect();
  }

  private Map<String, String> footer(Tokenizer tokenizer) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("curate.format", Manifest.FORMAT);
    m.put("curate.format_version", Integer.toString(Manifest.FORMAT_VERSION));
    m.put("curate.tokenizer", tokenizer.name());
    m.put("curate.tokenizer_fingerprint", tokenizer.fingerprint());
    m.put("curate.seq_len", Integer.toString(settings.seqLen()));
    return m;
  }

  private void progress(long started, String what, long a, long b) {
    log.printf("tokenize: %6.1f s  " + what + "%n", (System.nanoTime() - started) / 1e9, a, b);
  }
}
