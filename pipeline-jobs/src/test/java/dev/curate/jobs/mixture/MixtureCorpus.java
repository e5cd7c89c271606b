// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.mixture;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curate.core.Mappers;
import dev.curate.core.config.MixtureSettings;
import dev.curate.core.config.MixtureSettings.Phase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** A small labelled corpus (three domains of unequal size, a few duplicated documents) as JSON Lines. */
final class MixtureCorpus {
  static final String[] DOMAINS = {"news", "science", "code"};
  private static final int[] COUNTS = {1200, 400, 160};
  private static final String[] WORDS = {
    "the", "council", "vote", "Rat", "Abstimmung", "débat", "Parlement", "fisheries", "2024", "東京", "—", "model"
  };

  private MixtureCorpus() {}

  /** A small local session (3 shuffle partitions: domains land in different tasks). */
  static org.apache.spark.sql.SparkSession spark() {
    return dev.curate.jobs.Sessions.create(
        new dev.curate.core.config.SparkSettings(
            "local[2]", "curate-tests",
            Map.of("spark.ui.enabled", "false", "spark.sql.shuffle.partitions", "3", "spark.sql.session.timeZone", "UTC")),
        null);
  }

  /** Writes the corpus to {@code file}; {@code withDomain} false leaves the domain column out. */
  static void write(Path file, boolean withDomain) throws Exception {
    SplittableRandom r = new SplittableRandom(5);
    StringBuilder lines = new StringBuilder();
    var writer = Mappers.JSON.writer().without(SerializationFeature.INDENT_OUTPUT);
    for (int d = 0; d < DOMAINS.length; d++) {
      for (int i = 0; i < COUNTS[d]; i++) {
        StringBuilder text = new StringBuilder();
        int words = 5 + r.nextInt(60);
        for (int w = 0; w < words; w++) {
          text.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
        }
        ObjectNode o = Mappers.JSON.createObjectNode();
        o.put("doc_id", DOMAINS[d] + "-" + i);
        o.put("text", text.toString());
        if (withDomain) {
          o.put("domain", DOMAINS[d]);
        }
        o.put("dup_cluster_size", i % 10 == 0 ? 5 : 1);
        o.put("quality_score", r.nextDouble());
        lines.append(writer.writeValueAsString(o)).append('\n');
      }
    }
    lines.append("{\"doc_id\":\"blank\",\"text\":\"  \",\"dup_cluster_size\":1}\n");
    Files.createDirectories(file.getParent());
    Files.writeString(file, lines);
  }

  /** Temperature 2, budget about 1.5x the corpus in two phases (science upsampled x3 in the last 15%), dedup weights. */
  static MixtureSettings settings(long budget, long seed) {
    return new MixtureSettings(
        MixtureSettings.Strategy.TEMPERATURE, 2, budget, 4, Map.of(), Map.of(), Map.of(),
        List.of(new MixtureSettings.DedupWeight(2, null, null, 2)), 3,
        List.of(new Phase("main", 0.85, Map.of()), new Phase("anneal", 0.15, Map.of("science", 3.0))), seed);
  }
}
