// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curate.core.Mappers;
import dev.curate.filters.fasttext.GoldenPredictions;
import dev.curate.filters.fasttext.TrainingArgs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class QualityModelTrainingTest {
  /** Parliament prose against keyword spam made from the same words: a miniature quality task. */
  public static List<String> prose() {
    return GoldenPredictions.lines("/golden/fasttext/europarl-input.txt").subList(0, 600);
  }

  public static List<String> spam() {
    List<String> out = new ArrayList<>();
    String[] words = {"cheap", "best", "buy", "online", "casino", "free", "bonus", "deal", "click", "now", "loans", "pills"};
    for (int i = 0; i < 300; i++) {
      StringBuilder b = new StringBuilder();
      for (int j = 0; j < 20 + i % 17; j++) {
        b.append(words[(i * 7 + j * (i % 5 + 1)) % words.length]).append(j % 6 == 5 ? " | " : " ");
      }
      out.add(b.toString().strip());
    }
    return out;
  }

  @Test
  void heldOutDocumentsAreScoredAndTheReportIsWrittenNextToTheModel(@TempDir Path tmp) throws Exception {
    Path model = tmp.resolve("quality.bin");
    TrainingArgs args = TrainingArgs.qualityDefaults().withBucket(50_000).withDim(16);
    QualityModelTraining.Report r =
        QualityModelTraining.train(prose(), spam(), args, 0.2, model, line -> {});
    int heldOut = r.split().testPositive() + r.split().testNegative();
    int all = r.split().trainPositive() + r.split().trainNegative() + heldOut;
    assertEquals(600 + 300, all);
    assertTrue(heldOut > 0.1 * all && heldOut < 0.3 * all, "held out " + heldOut + " of " + all);
    assertTrue(r.heldOut().rocAuc() > 0.99, "ROC-AUC " + r.heldOut().rocAuc());
    assertTrue(r.heldOut().meanScorePositive() > r.heldOut().meanScoreNegative());
    JsonNode json = Mappers.JSON.readTree(tmp.resolve("quality.bin.report.json").toFile());
    assertEquals(r.modelSha256(), json.get("model_sha256").asText());
    assertEquals(r.heldOut().rocAuc(), json.get("held_out").get("roc_auc").asDouble(), 1e-12);
  }

  @Test
  void theSplitDependsOnTheTextsNotTheirOrder(@TempDir Path tmp) throws Exception {
    TrainingArgs args = TrainingArgs.qualityDefaults().withBucket(10_000).withDim(8).withEpoch(1);
    List<String> reversed = new ArrayList<>(prose());
    java.util.Collections.reverse(reversed);
    QualityModelTraining.Report a = QualityModelTraining.train(prose(), spam(), args, 0.2, tmp.resolve("a.bin"), l -> {});
    QualityModelTraining.Report b = QualityModelTraining.train(reversed, spam(), args, 0.2, tmp.resolve("b.bin"), l -> {});
    assertEquals(a.split(), b.split());
    assertTrue(Files.size(tmp.resolve("a.bin")) > 0);
  }
}
