// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.domains;

import static org.apache.spark.sql.functions.col;

import dev.curate.core.config.DomainsSettings;
import dev.curate.jobs.LazyIterators;
import dev.curate.mixture.domains.ClusterNamer;
import dev.curate.mixture.domains.DocumentEmbedder;
import dev.curate.mixture.domains.DocumentFrequencies;
import dev.curate.mixture.domains.TermFeatures;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.clustering.KMeans;
import org.apache.spark.ml.clustering.KMeansModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * CLIMB-style unsupervised domains: document embeddings ({@link DocumentEmbedder}, computed per
 * partition), Spark MLlib k-means (k and seed from config), and each cluster named by its most
 * distinctive terms ({@link ClusterNamer}).
 *
 * <p>The IDF of the {@code tfidf} embedding takes one extra pass: each partition counts document
 * frequencies of the hashed features, the counts are summed on the driver and broadcast.
 */
final class DomainClusters {
  /** Distinct terms per document kept for naming; enough for a document's vocabulary, bounded. */
  static final int TERMS_PER_DOCUMENT = 300;

  private DomainClusters() {}

  /** One cluster: its id, label, the terms that name it and its size. */
  record Cluster(int id, String label, List<String> topTerms, long documents) {}

  /** doc_id, _domain, _score, cluster_id per document, the clusters, and the k-means cost. */
  record Result(Dataset<Row> labels, List<Cluster> clusters, double cost) {}

  static Result fit(SparkSession spark, Dataset<Row> light, DomainsSettings settings, long documents, PrintStream log) {
    if (documents == 0) {
      return new Result(spark.createDataFrame(List.of(), DomainsStage.LABELS), List.of(), 0);
    }
    long started = System.nanoTime();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    DomainsSettings.Embedding kind = settings.embedding();
    float[] idf = null;
    if (DocumentEmbedder.needsIdf(kind)) {
      DocumentFrequencies df =
          light.javaRDD()
              .mapPartitions(
                  rows -> {
                    DocumentFrequencies part = new DocumentFrequencies();
                    while (rows.hasNext()) {
                      Row r = rows.next();
                      part.add(TermFeatures.count(TermFeatures.terms(r.getString(1), r.getString(2)), true));
                    }
                    return List.of(part).iterator();
                  })
              .reduce(DocumentFrequencies::merge);
      idf = df.idf();
    }
    Broadcast<DocumentEmbedder> embedder =
        jsc.broadcast(new DocumentEmbedder(kind, settings.dim(), settings.seed(), idf));
    StructType vectorSchema =
        new StructType()
            .add("doc_id", DataTypes.StringType)
            .add("features", SQLDataTypes.VectorType())
            .add("terms", DataTypes.createArrayType(DataTypes.StringType));
    Dataset<Row> vectors =
        light.mapPartitions(
                (MapPartitionsFunction<Row, Row>) rows -> embed(rows, embedder.value()), Encoders.row(vectorSchema))
            .persist(StorageLevel.MEMORY_AND_DISK());
    int k = (int) Math.min(settings.k(), documents);
    Dataset<Row> assigned;
    double cost = 0;
    if (k < 2) {
      // One document: k-means needs two clusters; it is its own cluster, at its centre.
      assigned =
          vectors.select(col("doc_id"), functions.lit(0).as(DomainsStage.CLUSTER_ID), functions.lit(1.0).as("_score"), col("terms"))
              .persist(StorageLevel.MEMORY_AND_DISK());
    } else {
      KMeansModel model =
          new KMeans()
              .setK(k)
              .setSeed(settings.seed())
              .setMaxIter(settings.maxIterations())
              .setFeaturesCol("features")
              .setPredictionCol(DomainsStage.CLUSTER_ID)
              .fit(vectors);
      cost = model.summary().trainingCost();
      Vector[] centres = model.clusterCenters();
      UserDefinedFunction cosine =
          functions.udf((UDF2<Vector, Integer, Double>) (v, c) -> cosine(v, centres[c]), DataTypes.DoubleType);
      assigned =
          model.transform(vectors)
              .select(col("doc_id"), col(DomainsStage.CLUSTER_ID), cosine.apply(col("features"), col(DomainsStage.CLUSTER_ID)).as("_score"), col("terms"))
              .persist(StorageLevel.MEMORY_AND_DISK());
    }
    log.printf("domains: k-means k=%d over %,d %s vectors of %d dims, cost %.2f (%.1f s)%n",
        k, documents, kind, settings.dim(), cost, (System.nanoTime() - started) / 1e9);
    List<Cluster> clusters = name(assigned, documents, settings.nameTerms());
    vectors.unpersist();
    List<Row> names = new ArrayList<>();
    for (Cluster c : clusters) {
      names.add(RowFactory.create(c.id(), c.label()));
    }
    Dataset<Row> nameTable =
        spark.createDataFrame(names, new StructType().add(DomainsStage.CLUSTER_ID, DataTypes.IntegerType).add("_domain", DataTypes.StringType));
    Dataset<Row> labels =
        assigned.join(functions.broadcast(nameTable), DomainsStage.CLUSTER_ID)
            .select(col("doc_id"), col("_domain"), col("_score"), col(DomainsStage.CLUSTER_ID));
    return new Result(labels, clusters, cost);
  }

  /** Clusters by id, each named by the best of its terms (cluster vs corpus document frequency). */
  private static List<Cluster> name(Dataset<Row> assigned, long documents, int nameTerms) {
    Map<Integer, Long> sizes = new HashMap<>();
    for (Row r : assigned.groupBy(DomainsStage.CLUSTER_ID).count().collectAsList()) {
      sizes.put(r.getInt(0), r.getLong(1));
    }
    Dataset<Row> terms = assigned.select(col(DomainsStage.CLUSTER_ID), functions.explode(col("terms")).as("term"));
    Dataset<Row> inCluster = terms.groupBy(DomainsStage.CLUSTER_ID, "term").count().withColumnRenamed("count", "cdf")
        .filter(col("cdf").geq(ClusterNamer.MIN_CLUSTER_DOCUMENTS));
    Dataset<Row> inCorpus = terms.groupBy("term").count().withColumnRenamed("count", "df");
    Map<Integer, Long> sizesCopy = Map.copyOf(sizes);
    UserDefinedFunction score =
        functions.udf(
            (org.apache.spark.sql.api.java.UDF3<Integer, Long, Long, Double>)
                (c, cdf, df) -> ClusterNamer.score(cdf, sizesCopy.get(c), df, documents),
            DataTypes.DoubleType);
    // The best few per cluster travel to the driver, which ranks them again with ties by term.
    List<Row> best =
        inCluster.join(inCorpus, "term")
            .withColumn("score", score.apply(col(DomainsStage.CLUSTER_ID), col("cdf"), col("df")))
            .withColumn("rank", functions.row_number().over(
                Window.partitionBy(DomainsStage.CLUSTER_ID).orderBy(col("score").desc(), col("term"))))
            .filter(col("rank").leq(nameTerms))
            .select(DomainsStage.CLUSTER_ID, "term", "cdf", "df")
            .collectAsList();
    Map<Integer, List<ClusterNamer.TermCount>> byCluster = new HashMap<>();
    for (Row r : best) {
      byCluster.computeIfAbsent(r.getInt(0), c -> new ArrayList<>()).add(new ClusterNamer.TermCount(r.getString(1), r.getLong(2), r.getLong(3)));
    }
    List<Cluster> clusters = new ArrayList<>();
    for (int id : sizes.keySet().stream().sorted().toList()) {
      List<String> top = ClusterNamer.topTerms(byCluster.getOrDefault(id, List.of()), sizes.get(id), documents, nameTerms);
      clusters.add(new Cluster(id, ClusterNamer.label(id, top), top, sizes.get(id)));
    }
    return clusters;
  }

  private static Iterator<Row> embed(Iterator<Row> rows, DocumentEmbedder embedder) {
    return LazyIterators.map(
        rows,
        r -> {
          List<String> terms = TermFeatures.terms(r.getString(1), r.getString(2));
          List<String> vocab = TermFeatures.distinct(terms, TERMS_PER_DOCUMENT);
          return RowFactory.create(r.getString(0), Vectors.dense(embedder.embedTerms(terms)), vocab.toArray(new String[0]));
        });
  }

  private static double cosine(Vector v, Vector centre) {
    double dot = 0;
    double norm = 0;
    for (int i = 0; i < v.size(); i++) {
      dot += v.apply(i) * centre.apply(i);
      norm += centre.apply(i) * centre.apply(i);
    }
    return norm == 0 ? 0 : dot / Math.sqrt(norm);
  }
}
