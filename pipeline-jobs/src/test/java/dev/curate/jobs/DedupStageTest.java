// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curate.core.Mappers;
import dev.curate.core.StageStats;
import dev.curate.core.config.OutputFormat;
import dev.curate.dedup.DedupSettings;
import dev.curate.jobs.dedup.DedupStage;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("spark")
class DedupStageTest {
  @TempDir Path dir;
  static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
  static final DedupSettings SETTINGS =
      new DedupSettings(
          true, null, true, new DedupSettings.MinHash(true, 14, 8, 5, 1, true, 0.8),
          List.of("quality_score desc", "crawl_date asc", "doc_id asc"));

  private static final String[] VOCABULARY =
      ("the committee report member state council vote debate fisheries quota fleet budget policy"
              + " energy market transport safety citizen right law court treaty union agreement proposal"
              + " amendment question answer time year people country region work health water food trade")
          .split(" ");

  /** A deterministic text of {@code words} words. */
  static String prose(long seed, int words) {
    SplittableRandom r = new SplittableRandom(seed);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      b.append(VOCABULARY[r.nextInt(VOCABULARY.length)]).append(i % 12 == 11 ? ". " : " ");
    }
    return b.toString().strip();
  }

  /** The text with one word, at index {@code at}, replaced. */
  static String edit(String text, int at) {
    String[] w = text.split(" ");
    w[at] = "changed";
    return String.join(" ", w);
  }

  private final List<ObjectNode> docs = new ArrayList<>();

  private void doc(String id, String url, String text, Double quality, String date) {
    ObjectNode n = Mappers.JSON.createObjectNode();
    n.put("doc_id", id);
    n.put("url", url);
    n.put("text", text);
    if (quality == null) {
      n.putNull("quality_score");
    } else {
      n.put("quality_score", quality);
    }
    n.put("crawl_date", date);
    docs.add(n);
  }

  private Path write(String name) throws Exception {
    StringBuilder b = new StringBuilder();
    for (ObjectNode n : docs) {
      b.append(Mappers.JSON.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(n)).append('\n');
    }
    return Files.writeString(dir.resolve(name), b.toString());
  }

  private StageStats run(Path input, String out) {
    DedupStage stage = new DedupStage(input.toString(), DocumentInput.Format.JSONL, SETTINGS, OutputFormat.PARQUET, true, QUIET);
    return new StageRunner(SparkTestSession.get(), false, QUIET).run(stage, dir.resolve(out).toString()).stats();
  }

  /** doc_id -> [reason, duplicate_of, cluster id, cluster size] of every document, kept or not. */
  private Map<String, List<Object>> decisions(String out) {
    Map<String, List<Object>> m = new TreeMap<>();
    for (Row r : SparkTestSession.get().read().parquet(dir.resolve(out).toString())
        .select("doc_id", "dup_cluster_id", "dup_cluster_size").collectAsList()) {
      m.put(r.getString(0), java.util.Arrays.asList(null, null, r.getString(1), r.getLong(2)));
    }
    for (Row r : SparkTestSession.get().read().parquet(dir.resolve(out).resolve("rejected").toString())
        .select("doc_id", "reason", "duplicate_of", "dup_cluster_id", "dup_cluster_size").collectAsList()) {
      m.put(r.getString(0), java.util.Arrays.asList(r.getString(1), r.getString(2), r.getString(3), r.getLong(4)));
    }
    return m;
  }

  @Test
  void exactUrlAndNearDuplicatesCollapseOntoTheBestMemberDeterministically() throws Exception {
    String a = prose(1, 150);
    doc("a1", "https://a.example/1", a, 0.5, "2024-07-01T00:00:00Z");
    doc("a2", "https://a.example/2", a.toUpperCase().replace(".", "!"), 0.9, "2024-07-02T00:00:00Z");
    doc("b1", "https://b.example/page", prose(2, 150), 0.7, "2024-07-01T00:00:00Z");
    doc("b2", "http://B.example/page/#top", prose(3, 150), 0.7, "2024-07-03T00:00:00Z");
    String c = prose(4, 150);
    doc("c1", "https://c.example/1", c, 0.6, "2024-07-05T00:00:00Z");
    doc("c2", "https://c.example/2", edit(c, 70), 0.6, "2024-07-04T00:00:00Z");
    doc("c3", "https://c.example/3", edit(edit(c, 20), 120), null, "2024-07-01T00:00:00Z");
    String zh = "欧洲议会今天通过了关于渔业配额的报告，委员们在长时间辩论后表示，配额必须谨慎确定，船队必须有时间适应新规则。"
        + "几位发言者要求提供更好的鱼类资源数据。投票将于明天中午举行。委员会将在夏季之前提出建议。";
    doc("z1", "https://z.example/1", zh, 0.5, "2024-07-01T00:00:00Z");
    doc("z2", "https://z.example/2", zh.replace("明天", "后天"), 0.4, "2024-07-01T00:00:00Z");
    doc("u1", "https://u.example/1", prose(5, 150), 0.5, "2024-07-01T00:00:00Z");
    doc("e1", "https://e.example/1", "", 0.1, "2024-07-01T00:00:00Z");
    doc("s1", "https://s.example/1", "tiny page", 0.1, "2024-07-01T00:00:00Z");
    doc("s2", "https://s.example/2", "tiny pages", 0.1, "2024-07-01T00:00:00Z");
    Path input = write("docs.jsonl");

    StageStats s = run(input, "out1");
    assertTrue(s.reconciles(), s.toString());
    Map<String, List<Object>> d = decisions("out1");
    // Exact: a2 has the higher quality score, so it survives and a1 points at it.
    assertEquals(java.util.Arrays.asList(DedupStage.EXACT, "a2", "a2", 2L), d.get("a1"));
    assertEquals(java.util.Arrays.asList(null, null, "a2", 2L), d.get("a2"));
    // URL: same page by URL; equal quality, so the earlier crawl date wins.
    assertEquals(java.util.Arrays.asList(DedupStage.URL, "b1", "b1", 2L), d.get("b2"));
    // Near-duplicates: one cluster of three; equal quality -> earlier date (c2); null quality last.
    assertEquals(java.util.Arrays.asList(null, null, "c2", 3L), d.get("c2"));
    assertEquals(java.util.Arrays.asList(DedupStage.MINHASH, "c2", "c2", 3L), d.get("c1"));
    assertEquals(java.util.Arrays.asList(DedupStage.MINHASH, "c2", "c2", 3L), d.get("c3"));
    // Chinese is segmented into words, so a two-character edit leaves a near-duplicate.
    assertEquals(java.util.Arrays.asList(DedupStage.MINHASH, "z1", "z1", 2L), d.get("z2"));
    // Unique, empty and very short documents stay, alone.
    for (String id : List.of("u1", "e1", "s1", "s2")) {
      assertEquals(java.util.Arrays.asList(null, null, id, 1L), d.get(id), id);
    }
    assertEquals(13, d.size());
    assertTrue(Files.isDirectory(dir.resolve("out1/pairs")), "--emit-pairs writes candidate pairs");

    run(input, "out2");
    assertEquals(d, decisions("out2"), "a second run decides the same");
  }

  @Test
  void aGiantTemplatedClusterCollapsesToOneSurvivor() throws Exception {
    String template = prose(9, 200);
    int n = 2_000;
    for (int i = 0; i < n; i++) {
      doc(String.format("t%05d", i), "https://t.example/item/" + i, template + " item number " + i, i / (double) n,
          "2024-07-01T00:00:00Z");
    }
    doc("other", "https://o.example/", prose(10, 200), 0.5, "2024-07-01T00:00:00Z");
    StageStats s = run(write("giant.jsonl"), "giant");
    assertTrue(s.reconciles(), s.toString());
    assertEquals(2, s.kept(), s.toString());
    assertEquals((long) n - 1, s.rejected().get(DedupStage.MINHASH), s.rejected().toString());
    Map<String, List<Object>> d = decisions("giant");
    assertEquals(java.util.Arrays.asList(null, null, "t01999", (long) n), d.get("t01999"), "highest quality survives");
    assertEquals(DedupStage.MINHASH, d.get("t00000").get(0));
  }

  /** Survivors of a run: kept documents minus those a later batch superseded, plus decisions. */
  @Test
  void twoBatchesOneAfterTheOtherKeepTheSameSurvivorsAsBothAtOnce() throws Exception {
    // Batch 1: an original, an exact copy, a near-duplicate; batch 2: a better copy of the
    // original (supersedes it), a near-duplicate of the batch-1 near-duplicate, a new document.
    String a = prose(21, 150);
    String b = prose(22, 150);
    doc("a1", "https://x.example/a1", a, 0.5, "2024-07-01T00:00:00Z");
    doc("a2", "https://x.example/a2", a, 0.4, "2024-07-01T00:00:00Z");
    doc("n1", "https://x.example/n1", edit(a, 40), 0.3, "2024-07-01T00:00:00Z");
    doc("b1", "https://x.example/b1", b, 0.5, "2024-07-01T00:00:00Z");
    Path first = write("batch1.jsonl");
    docs.clear();
    doc("a3", "https://x.example/a3", a, 0.9, "2024-07-08T00:00:00Z");
    doc("n2", "https://x.example/n2", edit(edit(a, 40), 100), 0.2, "2024-07-08T00:00:00Z");
    doc("c1", "https://x.example/c1", prose(23, 150), 0.5, "2024-07-08T00:00:00Z");
    Path second = write("batch2.jsonl");
    Path both = dir.resolve("both.jsonl");
    Files.writeString(both, Files.readString(first) + Files.readString(second));

    String state = dir.resolve("state").toString();
    QUIET.flush();
    StageRunner runner = new StageRunner(SparkTestSession.get(), false, QUIET);
    runner.run(new DedupStage(first.toString(), DocumentInput.Format.JSONL, SETTINGS, OutputFormat.PARQUET, false, state, "b1", QUIET),
        dir.resolve("inc1").toString());
    StageStats s2 = runner.run(
        new DedupStage(second.toString(), DocumentInput.Format.JSONL, SETTINGS, OutputFormat.PARQUET, false, state, "b2", QUIET),
        dir.resolve("inc2").toString()).stats();
    assertTrue(s2.reconciles(), s2.toString());
    assertEquals(3, s2.recordsIn(), "the output holds this batch's documents only");
    run(both, "together");

    Map<String, List<Object>> together = decisions("together");
    Map<String, List<Object>> incremental = new TreeMap<>(decisions("inc1"));
    incremental.putAll(decisions("inc2"));
    for (Row r : SparkTestSession.get().read().parquet(dir.resolve("inc2/superseded").toString())
        .select("doc_id", "reason", "duplicate_of").collectAsList()) {
      List<Object> was = incremental.get(r.getString(0));
      incremental.put(r.getString(0), java.util.Arrays.asList(r.getString(1), r.getString(2), null, null));
      assertTrue(was != null, r.toString());
    }
    // Same decision (reason and survivor) for every document.
    Map<String, List<Object>> a1 = new TreeMap<>();
    Map<String, List<Object>> b1 = new TreeMap<>();
    together.forEach((k, v) -> a1.put(k, v.subList(0, 2)));
    incremental.forEach((k, v) -> b1.put(k, v.subList(0, 2)));
    assertEquals(a1, b1);
    assertEquals(java.util.Arrays.asList(DedupStage.EXACT, "a3"), b1.get("a1"), "a better copy in batch 2 supersedes a1");
    assertEquals(DedupStage.MINHASH, b1.get("n2").get(0));
  }
}
