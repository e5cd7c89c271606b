// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curate.core.Mappers;
import dev.curate.jobs.domains.DomainsStageTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("spark")
class DomainCommandsTest {
  @TempDir Path dir;

  /**
   * train-domains learns the planted topics, the domains stage in classifier mode labels every
   * document with its topic, and domain-eval prints perfect purity and NMI, against a column of
   * the output and against a truth file joined by url.
   */
  @Test
  void trainDomainsThenClassifierModeLabelsEveryDocumentByItsTopic() throws Exception {
    Path input = DomainsStageTest.plantedTopics(dir);
    Path model = dir.resolve("topics.bin");
    CurateCommandTest.Result trained =
        CurateCommandTest.curate(
            "train-domains", "--master", "local[2]", "--input", input.toString(), "--label-column", "topic",
            "--out", model.toString());
    assertEquals(0, trained.code(), trained.err());
    assertTrue(Files.size(model) > 0);
    assertTrue(trained.out().contains("3 topics"), trained.out());
    assertTrue(trained.out().contains("held-out accuracy 1.0000"), trained.out());

    String out = dir.resolve("domains").toString();
    CurateCommandTest.Result labelled =
        CurateCommandTest.curate(
            "domains", "--master", "local[2]", "--input", input.toString(), "--output", out,
            "--set", "domains.mode=classifier", "--set", "domains.model=" + model);
    assertEquals(0, labelled.code(), labelled.err());
    JsonNode table = Mappers.JSON.readTree(Path.of(out, "_DOMAINS.json").toFile());
    List<String> names = new ArrayList<>();
    table.get("domains").forEach(d -> names.add(d.get("domain").asText() + "=" + d.get("documents").asLong()));
    assertEquals(List.of("budget=30", "energy=30", "fish=30"), names.stream().sorted().toList());

    CurateCommandTest.Result eval =
        CurateCommandTest.curate("domain-eval", "--master", "local[2]", out, "--label-column", "topic");
    assertEquals(0, eval.code(), eval.err());
    assertTrue(eval.out().contains("domain     purity 1.0000  NMI 1.0000  (90 documents, 3 groups, 3 labels)"), eval.out());

    StringBuilder truth = new StringBuilder();
    for (String line : Files.readAllLines(input)) {
      JsonNode n = Mappers.JSON.readTree(line);
      // Another labelling: fish alone against the rest.
      String subject = n.get("topic").asText().equals("fish") ? "sea" : "land";
      truth.append("{\"url\":\"").append(n.get("url").asText()).append("\",\"subject\":\"").append(subject).append("\"}\n");
    }
    Path truthFile = dir.resolve("truth.jsonl");
    Files.writeString(truthFile, truth);
    CurateCommandTest.Result joined =
        CurateCommandTest.curate(
            "domain-eval", "--master", "local[2]", out, "--label-column", "subject", "--truth", truthFile.toString());
    assertEquals(0, joined.code(), joined.err());
    // Three domains against two labels: every domain is pure, the mutual information is partial.
    assertTrue(joined.out().contains("domain     purity 1.0000"), joined.out());
    assertTrue(joined.out().contains("90 of 90 documents have a label"), joined.out());
  }

  @Test
  void domainCommandsHaveHelp() {
    for (String command : List.of("domains", "domain-eval", "train-domains")) {
      CurateCommandTest.Result help = CurateCommandTest.curate(command, "--help");
      assertEquals(0, help.code(), command);
      assertTrue(help.out().contains("Usage: curate " + command), help.out());
    }
  }
}
