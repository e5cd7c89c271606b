// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.domains;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curate.core.Mappers;
import dev.curate.core.StageStats;
import dev.curate.core.config.DomainsSettings;
import dev.curate.core.config.OutputFormat;
import dev.curate.core.config.SparkSettings;
import dev.curate.jobs.DocumentInput;
import dev.curate.jobs.Sessions;
import dev.curate.jobs.StageRunner;
import dev.curate.mixture.domains.ClusterAgreement;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("spark")
public class DomainsStageTest {
  static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
  /** Three planted topics, each with its own words, over words every document shares. */
  static final Map<String, String[]> TOPICS =
      Map.of(
          "fish", "fishing quota cod herring fleet vessel catch trawler sea stocks".split(" "),
          "budget", "budget appropriations deficit revenue expenditure audit fiscal payment euro accounts".split(" "),
          "energy", "energy electricity gas renewable grid nuclear wind solar emissions power".split(" "));
  static final String[] SHARED = "the of and to in a is that for on this we it".split(" ");

  @TempDir Path dir;

  static SparkSession spark() {
    return Sessions.create(
        new SparkSettings(
            "local[2]", "curate-tests",
            Map.of("spark.ui.enabled", "false", "spark.sql.shuffle.partitions", "2", "spark.sql.session.timeZone", "UTC")),
        null);
  }

  /** 30 documents per topic, in random order; returns the JSON Lines input. */
  public static Path plantedTopics(Path dir) throws Exception {
    SplittableRandom r = new SplittableRandom(5);
    List<String> topics = List.copyOf(new java.util.TreeSet<>(TOPICS.keySet()));
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 90; i++) {
      String topic = topics.get(i % 3);
      String[] own = TOPICS.get(topic);
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 80; w++) {
        text.append(r.nextInt(3) == 0 ? own[r.nextInt(own.length)] : SHARED[r.nextInt(SHARED.length)]).append(' ');
      }
      ObjectNode n = Mappers.JSON.createObjectNode();
      n.put("doc_id", String.format("d%03d", i));
      n.put("url", i == 7 ? "https://someone.github.io/notes" : "https://example.org/" + topic + "/" + i);
      n.put("text", text.toString().strip());
      n.put("lang", "en");
      n.put("quality_score", 0.5);
      n.put("topic", topic);
      lines.append(Mappers.JSON.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(n)).append('\n');
    }
    Path input = dir.resolve("input.jsonl");
    Files.writeString(input, lines);
    return input;
  }

  static DomainsSettings settings(DomainsSettings.Embedding embedding, List<DomainsSettings.Rule> rules) {
    return new DomainsSettings(DomainsSettings.Mode.CLUSTER, 3, 1, embedding, 256, 20, 2, rules, null);
  }

  /**
   * The default embedding recovers the planted topics exactly and names each cluster by its
   * topic's words; the one document on a {@code *.github.io} URL is labelled by the rule whatever
   * its cluster. (tfidf recovers them too; one run keeps the test quick.)
   */
  @Test
  void kmeansRecoversPlantedTopicsNamesThemByTheirWordsAndRulesTakePrecedence() throws Exception {
    SparkSession spark = spark();
    Path input = plantedTopics(dir);
    String out = dir.resolve("domains").toString();
    List<DomainsSettings.Rule> rules = List.of(new DomainsSettings.Rule("*.github.io", "code"));
    DomainsSettings.Embedding embedding = DomainsSettings.Embedding.TF;
    DomainsStage stage =
        new DomainsStage(input.toString(), DocumentInput.Format.JSONL, settings(embedding, rules), OutputFormat.PARQUET, QUIET);
    StageStats stats = new StageRunner(spark, true, QUIET).run(stage, out).stats();
    assertEquals(90, stats.recordsIn());
    assertEquals(90, stats.kept());
    Dataset<Row> labelled = spark.read().parquet(out).cache();
    List<ClusterAgreement.Cell> cells = new ArrayList<>();
    for (Row r : labelled.groupBy("cluster_id", "topic").count().collectAsList()) {
      cells.add(new ClusterAgreement.Cell(String.valueOf(r.getInt(0)), r.getString(1), r.getLong(2)));
    }
    ClusterAgreement.Scores s = ClusterAgreement.of(cells);
    assertEquals(1.0, s.purity(), 1e-12, embedding + ": every cluster is one topic");
    assertEquals(1.0, s.nmi(), 1e-12, embedding + ": and every topic one cluster");

    Row ruled = labelled.filter("doc_id = 'd007'").first();
    assertEquals("code", ruled.getAs("domain"));
    assertEquals(1.0, (double) ruled.getAs("domain_score"), 0);
    assertEquals(1, labelled.filter("domain = 'code'").count());

    JsonNode table = Mappers.JSON.readTree(Path.of(out, DomainsStage.TABLE).toFile());
    assertEquals(4, table.get("domains").size(), "three clusters and the rule's domain");
    assertEquals(1, table.get("rule_labelled").asLong());
    long documents = 0;
    for (JsonNode d : table.get("domains")) {
      documents += d.get("documents").asLong();
      assertEquals(d.get("documents").asLong(), d.get("languages").get("en").asLong());
      assertEquals(0.5, d.get("mean_quality").asDouble(), 1e-9);
      if (d.get("source").asText().equals("cluster")) {
        String topic = labelled.filter(labelled.col("domain").equalTo(d.get("domain").asText())).first().getAs("topic");
        assertEquals(2, d.get("top_terms").size());
        for (JsonNode term : d.get("top_terms")) {
          assertTrue(List.of(TOPICS.get(topic)).contains(term.asText()), d + " is named by words of " + topic);
        }
      }
    }
    assertEquals(90, documents);
    labelled.unpersist();
  }

  @Test
  void oneDocumentIsItsOwnClusterAndNoDocumentsGiveAnEmptyTable() throws Exception {
    SparkSession spark = spark();
    Path one = dir.resolve("one.jsonl");
    Files.writeString(one, "{\"doc_id\":\"a\",\"url\":\"https://example.org/\",\"text\":\"The fishing quota was cut.\"}\n");
    String out = dir.resolve("one").toString();
    DomainsSettings s = settings(DomainsSettings.Embedding.TFIDF, List.of());
    new StageRunner(spark, true, QUIET).run(new DomainsStage(one.toString(), DocumentInput.Format.JSONL, s, OutputFormat.PARQUET, QUIET), out);
    Row r = spark.read().parquet(out).first();
    assertEquals("c00", r.getAs("domain"));
    assertEquals(0, (int) r.getAs("cluster_id"));

    String emptyInput = dir.resolve("empty").toString();
    spark.read().parquet(out).drop("domain", "domain_score", "cluster_id").limit(0).write().parquet(emptyInput);
    String none = dir.resolve("none").toString();
    DomainsStage empty = new DomainsStage(emptyInput, DocumentInput.Format.PARQUET, s, OutputFormat.PARQUET, QUIET);
    StageStats stats = new StageRunner(spark, true, QUIET).run(empty, none).stats();
    assertEquals(0, stats.kept());
    assertEquals(0, Mappers.JSON.readTree(Path.of(none, DomainsStage.TABLE).toFile()).get("domains").size());
  }
}
