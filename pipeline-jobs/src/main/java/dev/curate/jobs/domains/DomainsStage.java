// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.domains;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import dev.curate.core.Mappers;
import dev.curate.core.StageStats;
import dev.curate.core.config.DomainsSettings;
import dev.curate.core.config.OutputFormat;
import dev.curate.jobs.DocumentInput;
import dev.curate.jobs.LazyIterators;
import dev.curate.jobs.ShippedFile;
import dev.curate.jobs.Stage;
import dev.curate.jobs.StageOutput;
import dev.curate.mixture.domains.DomainRules;
import dev.curate.mixture.domains.TopicClassifier;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Gives every document a {@code domain} and a {@code domain_score}, and writes the per-domain
 * table {@code _DOMAINS.json}; no document is dropped.
 *
 * <p>In order: a URL rule of {@code domains.rules} that matches wins (score 1); otherwise, in
 * {@code cluster} mode, the document's k-means cluster, named by its distinctive terms ({@link
 * DomainClusters}; score: cosine similarity to the cluster centre), or in {@code classifier} mode
 * the fastText topic model's most probable label (score: its probability). {@code cluster_id} is
 * the k-means cluster in cluster mode (rule-labelled documents keep theirs), null otherwise.
 */
public final class DomainsStage implements Stage {
  public static final String NAME = "domains";
  public static final String DOMAIN = "domain";
  public static final String DOMAIN_SCORE = "domain_score";
  public static final String CLUSTER_ID = "cluster_id";
  /** The per-domain table in the stage output; the underscore keeps Spark from reading it as data. */
  public static final String TABLE = "_DOMAINS.json";

  /** What a labelling path gives per document, before the rules: doc_id, _domain, _score, cluster_id. */
  static final StructType LABELS =
      new StructType()
          .add("doc_id", DataTypes.StringType)
          .add("_domain", DataTypes.StringType)
          .add("_score", DataTypes.DoubleType)
          .add(CLUSTER_ID, DataTypes.IntegerType);

  private final String input;
  private final DocumentInput.Format inputFormat;
  private final DomainsSettings settings;
  private final OutputFormat format;
  private final PrintStream log;

  public DomainsStage(
      String input, DocumentInput.Format inputFormat, DomainsSettings settings, OutputFormat format, PrintStream log) {
    this.input = input;
    this.inputFormat = inputFormat;
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
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("input", input);
    m.put("format", format.toString());
    m.put("domains", settings);
    return m;
  }

  @Override
  public StageStats execute(SparkSession spark, String outputDir) {
    Dataset<Row> docs = DocumentInput.read(spark, input, inputFormat);
    for (String c : List.of(DOMAIN, DOMAIN_SCORE, CLUSTER_ID)) {
      if (Arrays.asList(docs.columns()).contains(c)) {
        docs = docs.drop(c); // a rerun over labelled documents relabels them
      }
    }
    List<String> present = Arrays.asList(docs.columns());
    Column lang = present.contains("lang") ? col("lang").cast(DataTypes.StringType) : lit(null).cast(DataTypes.StringType);
    Dataset<Row> light =
        docs.select(col("doc_id").cast(DataTypes.StringType).as("doc_id"), col("text"), lang.as("lang"))
            .persist(StorageLevel.MEMORY_AND_DISK());
    long recordsIn = light.count();
    Map<String, Long> metrics = new LinkedHashMap<>();
    Dataset<Row> labels;
    List<DomainClusters.Cluster> clusters = List.of();
    if (settings.mode() == DomainsSettings.Mode.CLUSTER) {
      DomainClusters.Result r = DomainClusters.fit(spark, light, settings, recordsIn, log);
      labels = r.labels();
      clusters = r.clusters();
      metrics.put("clusters", (long) clusters.size());
    } else {
      labels = classify(spark, light, settings.model());
    }
    DomainRules rules = new DomainRules(settings.rules());
    UserDefinedFunction byRule =
        functions.udf((UDF1<String, String>) rules::label, DataTypes.StringType);
    Column url = present.contains("url") ? col("url").cast(DataTypes.StringType) : lit(null).cast(DataTypes.StringType);
    Dataset<Row> all =
        docs.withColumn("_doc_key", col("doc_id").cast(DataTypes.StringType))
            .join(labels.withColumnRenamed("doc_id", "_doc_key"), "_doc_key")
            .drop("_doc_key")
            .withColumn("_rule", rules.isEmpty() ? lit(null).cast(DataTypes.StringType) : byRule.apply(url))
            .withColumn(DOMAIN, functions.coalesce(col("_rule"), col("_domain")))
            .withColumn(DOMAIN_SCORE, when(col("_rule").isNotNull(), lit(1.0)).otherwise(col("_score")))
            .withColumn(StageOutput.REASON, lit(null).cast(DataTypes.StringType));
    List<String> kept = new ArrayList<>(Arrays.asList(docs.columns()));
    kept.addAll(List.of(DOMAIN, DOMAIN_SCORE, CLUSTER_ID));
    List<String> rejected = new ArrayList<>(kept);
    rejected.add(StageOutput.REASON);
    StageOutput.write(all, kept.toArray(new String[0]), rejected.toArray(new String[0]), outputDir, format);
    light.unpersist();

    StructType schema = all.schema();
    Dataset<Row> written = StageOutput.readKept(spark, StageOutput.select(schema, kept.toArray(new String[0])), outputDir, format);
    DomainTable table = DomainTable.of(written, settings, clusters);
    long keptCount = table.documents(); // counted from the written output by the table's grouping
    metrics.put("domains", (long) table.domains().size());
    metrics.put("rule_labelled", table.ruleLabelled());
    writeTable(spark, outputDir, table);
    log.printf("domains: %,d documents in %,d domains (%s)%n", keptCount, table.domains().size(), settings.mode());
    Map<String, Long> byReason =
        StageOutput.rejectedByReason(spark, StageOutput.select(schema, rejected.toArray(new String[0])), outputDir, format);
    return new StageStats(NAME, input, outputDir, format.toString(), recordsIn, keptCount, byReason, Map.of(), metrics, 0, null);
  }

  /** doc_id, _domain, _score, cluster_id (null) by the topic model. */
  private static Dataset<Row> classify(SparkSession spark, Dataset<Row> light, String modelPath) {
    // static: the row iterator below must not capture the stage, which is not serializable
    new TopicClassifier(modelPath).model(); // a bad model fails here, before any task
    ShippedFile model = ShippedFile.of(spark, Path.of(modelPath));
    return light.mapPartitions(
        (MapPartitionsFunction<Row, Row>)
            rows -> {
              TopicClassifier classifier = new TopicClassifier(model.localPath());
              return LazyIterators.map(
                  rows,
                  r -> {
                    TopicClassifier.Topic t = classifier.classify(r.getString(1));
                    return RowFactory.create(r.getString(0), t.domain(), t.probability(), null);
                  });
            },
        Encoders.row(LABELS));
  }

  private static void writeTable(SparkSession spark, String outputDir, DomainTable table) {
    org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(outputDir, TABLE);
    try (OutputStream os = file.getFileSystem(spark.sparkContext().hadoopConfiguration()).create(file, true)) {
      os.write(Mappers.JSON.writeValueAsString(table).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("domains: cannot write " + file, e);
    }
  }
}
