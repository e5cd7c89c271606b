// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curate.filters.fasttext.FastTextModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("spark")
class QualityCommandsTest {
  @TempDir Path dir;

  private static final String[] SENTENCES = {
    "The committee adopted the report on fisheries after a long debate in the chamber.",
    "Members said that the quotas have to be set with care.",
    "The fleet must be given time to adapt to the new rules.",
    "Several speakers asked for better data on the stocks.",
    "The vote will take place tomorrow at noon.",
    "The Commission will present its proposal before the summer."
  };
  private static final String[] SPAM = {"cheap", "best", "buy", "online", "casino", "free", "bonus", "deal"};

  private Path lines(String name, boolean good) throws Exception {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      StringBuilder b = new StringBuilder();
      for (int j = 0; j < 5; j++) {
        b.append(good ? SENTENCES[(i + j) % SENTENCES.length] : SPAM[(i * 3 + j * (i % 3 + 1)) % SPAM.length] + " " + SPAM[(i + j) % SPAM.length]).append(' ');
      }
      out.add(b.toString().strip() + " " + i);
    }
    return Files.write(dir.resolve(name), out);
  }

  @Test
  void trainQualityWritesAFastTextModelAndAHeldOutReport() throws Exception {
    Path model = dir.resolve("models/q.bin");
    CurateCommandTest.Result r =
        CurateCommandTest.curate(
            "train-quality", "--positive", lines("good.txt", true).toString(), "--negative", lines("bad.txt", false).toString(),
            "--out", model.toString(), "--bucket", "20000", "--dim", "16", "--epoch", "10", "--holdout", "0.25");
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("held out: ROC-AUC"), r.out());
    assertTrue(Files.isRegularFile(dir.resolve("models/q.bin.report.json")));
    FastTextModel m = FastTextModel.load(model);
    assertEquals(List.of("__label__hq", "__label__cc").stream().sorted().toList(), m.labels().stream().sorted().toList());
    assertTrue(m.probability(SENTENCES[0] + " " + SENTENCES[3], "__label__hq") > 0.5);
  }

  @Test
  void trainQualityNamesAMissingInputFile() throws Exception {
    CurateCommandTest.Result r =
        CurateCommandTest.curate(
            "train-quality", "--positive", dir.resolve("nope.txt").toString(), "--negative", lines("bad.txt", false).toString(),
            "--out", dir.resolve("q.bin").toString());
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("nope.txt"), r.err());
  }

  @Test
  void benchFilterPrintsThroughputPerCore() throws Exception {
    Path docs = dir.resolve("docs.jsonl");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      b.append("{\"doc_id\": \"d").append(i).append("\", \"text\": \"").append(String.join(" ", SENTENCES)).append(" ").append(i).append("\"}\n");
    }
    Files.writeString(docs, b.toString());
    CurateCommandTest.Result r =
        CurateCommandTest.curate(
            "bench-filter", "--input", docs.toString(), "--rounds", "1",
            "--set", "filter.language.model=" + System.getProperty("curate.lid.model"));
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("20 documents from"), r.out());
    assertTrue(r.out().contains("documents/s per core"), r.out());
  }
}
