// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.tokenize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curate.core.Mappers;
import dev.curate.core.StageStats;
import dev.curate.core.config.OutputFormat;
import dev.curate.core.config.SparkSettings;
import dev.curate.core.config.TokenizeSettings;
import dev.curate.jobs.DocumentInput;
import dev.curate.jobs.Sessions;
import dev.curate.jobs.StageRunner;
import dev.curate.tokenizer.Tokenizer;
import dev.curate.tokenizer.Tokenizers;
import dev.curate.tokenizer.pack.DocumentOrder;
import dev.curate.tokenizer.pack.TokenizedDocument;
import dev.curate.tokenizer.shards.Manifest;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("spark")
class TokenizeStageTest {
  @TempDir Path dir;
  static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
  private static final String[] WORDS = {
    "the", "council", "vote", "Rat", "Abstimmung", "über", "débat", "Parlement", "élargissement",
    "fisheries", "2024", "naïve", "coöperation", "東京", "会議", "🙂", "👩‍👩‍👧", "  ", "\n", "e\u0301", "—"
  };
  private static final int BLANK_DOCS = 4;

  private SparkSession spark;
  private Path input;
  private final List<ObjectNode> docs = new ArrayList<>();

  static SparkSession spark() {
    return Sessions.create(
        new SparkSettings(
            "local[2]", "curate-tests",
            Map.of("spark.ui.enabled", "false", "spark.sql.shuffle.partitions", "2", "spark.sql.session.timeZone", "UTC")),
        null);
  }

  @BeforeEach
  void writeDocuments() throws Exception {
    spark = spark();
    SplittableRandom r = new SplittableRandom(11);
    String[] langs = {"en", "de", "fr", null};
    for (int i = 0; i < 240; i++) {
      StringBuilder text = new StringBuilder();
      int words = 1 + r.nextInt(i % 40 == 0 ? 900 : 120); // a few documents span several rows
      for (int w = 0; w < words; w++) {
        text.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
      }
      ObjectNode d = Mappers.JSON.createObjectNode();
      d.put("doc_id", String.format("%032x", i * 7919L));
      d.put("text", text.toString().strip().isEmpty() ? "x" : text.toString());
      d.put("lang", langs[i % langs.length]);
      docs.add(d);
    }
    for (int i = 0; i < BLANK_DOCS; i++) {
      ObjectNode d = Mappers.JSON.createObjectNode();
      d.put("doc_id", "blank" + i);
      d.put("text", i % 2 == 0 ? "" : " \n\t ");
      d.put("lang", "en");
      docs.add(d);
    }
    input = dir.resolve("in/docs.jsonl");
    Files.createDirectories(input.getParent());
    StringBuilder lines = new StringBuilder();
    for (ObjectNode d : docs) {
      lines.append(Mappers.JSON.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(d)).append('\n');
    }
    Files.writeString(input, lines);
  }

  private StageRunner.Outcome run(String out, TokenizeSettings settings) {
    return run(out, settings, QUIET);
  }

  private StageRunner.Outcome run(String out, TokenizeSettings settings, PrintStream log) {
    TokenizeStage stage = new TokenizeStage(input.toString(), DocumentInput.Format.AUTO, settings, OutputFormat.PARQUET, log);
    return new StageRunner(spark, true, QUIET).run(stage, out);
  }

  private static TokenizeSettings settings(String tokenizer, int seqLen, long seed, long shardRows, TokenizeSettings.ShardFormat f) {
    return new TokenizeSettings(tokenizer, seqLen, seed, shardRows, null, f);
  }

  /** The packed stream a single machine would produce: kept documents in seeded order, ids plus EOS. */
  private int[] expectedStream(Tokenizer tokenizer, long seed) {
    return docs.stream()
        .filter(d -> !d.get("text").asText().isBlank())
        .sorted(
            Comparator.<ObjectNode>comparingLong(d -> DocumentOrder.key(seed, d.get("doc_id").asText()))
                .thenComparing(d -> d.get("doc_id").asText()))
        .flatMapToInt(d -> IntStream.of(TokenizedDocument.encode(tokenizer, "", null, null, d.get("text").asText()).tokens()))
        .toArray();
  }

  private static Manifest manifest(Path out) throws Exception {
    return Mappers.JSON.readValue(out.resolve(Manifest.FILE).toFile(), Manifest.class);
  }

  @Test
  void packsEveryDocumentInSeededOrderIntoFullRowsAndTheCountsReconcile() throws Exception {
    Path out = dir.resolve("tok");
    StageRunner.Outcome outcome = run(out.toString(), settings("cl100k_base", 63, 5, 10, TokenizeSettings.ShardFormat.PARQUET));
    StageStats stats = outcome.stats();
    assertTrue(stats.reconciles(), stats.toString());
    assertEquals(docs.size(), stats.recordsIn());
    assertEquals(Map.of(TokenizeStage.EMPTY, (long) BLANK_DOCS), stats.rejected());
    assertEquals(docs.size() - BLANK_DOCS, stats.kept());

    Tokenizer tokenizer = Tokenizers.byName("cl100k_base");
    int[] expected = expectedStream(tokenizer, 5);
    Manifest m = manifest(out);
    assertEquals(expected.length, m.totals().tokens());
    assertEquals(expected.length, stats.metrics().get("tokens"));
    assertEquals((expected.length + 63) / 64, m.totals().rows());
    assertEquals(m.totals().rows() * 64, m.totals().tokens() + m.totals().paddingTokens());
    assertEquals(tokenizer.fingerprint(), m.tokenizer().fingerprint());
    assertEquals(100257, m.eosId());
    assertNull(m.bosId());

    List<Row> rows = spark.read().parquet(out.resolve("shards").toString()).orderBy("row").collectAsList();
    assertEquals(m.totals().rows(), rows.size());
    int[] stream = new int[expected.length];
    int at = 0;
    long documents = 0;
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      assertEquals(i, row.getLong(0));
      List<Integer> tokens = row.getList(1);
      assertEquals(64, tokens.size());
      int padding = row.getInt(4);
      if (i < rows.size() - 1) {
        assertEquals(0, padding, "only the last row may be padded");
      }
      for (int t = 0; t < 64 - padding; t++) {
        stream[at++] = tokens.get(t);
      }
      List<Integer> starts = row.getList(2);
      List<String> ids = row.getList(3);
      assertEquals(starts.size(), ids.size());
      documents += starts.size();
    }
    assertArrayEquals(expected, stream, "rows hold exactly the seeded stream of ids");
    assertEquals(stats.kept(), documents);
    // Every shard but the last has shard_rows rows; files are listed with their checksums.
    for (int s = 0; s < m.shards().size(); s++) {
      Manifest.ShardEntry e = m.shards().get(s);
      assertEquals(String.format("shards/shard-%05d.parquet", s), e.file());
      assertEquals(s == m.shards().size() - 1 ? m.totals().rows() - 10L * s : 10, e.rows());
      assertEquals(sha256(out.resolve(e.file())), e.sha256());
      assertEquals(Files.size(out.resolve(e.file())), e.bytes());
    }
  }

  @Test
  void shardStatisticsCountDocumentsByLanguageAndLength() throws Exception {
    Path out = dir.resolve("tok");
    run(out.toString(), settings("cl100k_base", 127, 1, 4, TokenizeSettings.ShardFormat.PARQUET));
    JsonNode stats = Mappers.JSON.readTree(out.resolve(TokenizeOutputs.SHARD_STATS_JSON).toFile());
    Manifest m = manifest(out);
    assertEquals(m.shards().size(), stats.get("shards").size());
    long docsInShards = 0;
    for (int s = 0; s < m.shards().size(); s++) {
      JsonNode shard = stats.get("shards").get(s);
      long byLanguage = 0;
      for (JsonNode n : shard.get("languages")) {
        byLanguage += n.asLong();
      }
      assertEquals(shard.get("documents").asLong(), byLanguage);
      assertEquals(m.shards().get(s).documents(), shard.get("documents").asLong());
      assertTrue(shard.get("domains").isNull(), "no domain column, no domain histogram");
      docsInShards += byLanguage;
    }
    JsonNode totals = stats.get("totals");
    assertEquals(docsInShards, totals.get("documents").asLong());
    assertEquals(docs.stream().filter(d -> d.get("lang").isNull() && !d.get("text").asText().isBlank()).count(), totals.get("languages").get("und").asLong());
    JsonNode lengths = totals.get("doc_tokens");
    assertTrue(lengths.get("min").asLong() <= lengths.get("p50").asLong() && lengths.get("p50").asLong() <= lengths.get("max").asLong());
    assertTrue(lengths.get("max").asLong() > 127, "some documents span several rows: " + lengths);
    List<Row> parquet = spark.read().parquet(out.resolve(TokenizeOutputs.SHARD_STATS_PARQUET).toString()).orderBy("shard").collectAsList();
    assertEquals(m.shards().size(), parquet.size());
    assertEquals(m.shards().get(0).tokens(), parquet.get(0).getLong(parquet.get(0).fieldIndex("tokens")));
  }

  @Test
  void twoRunsWithTheSameSeedWriteByteIdenticalShardsWhateverThePartitioning() throws Exception {
    TokenizeSettings s = settings("cl100k_base", 31, 9, 7, TokenizeSettings.ShardFormat.PARQUET);
    java.io.ByteArrayOutputStream logA = new java.io.ByteArrayOutputStream();
    run(dir.resolve("a").toString(), s, new PrintStream(logA, true, java.nio.charset.StandardCharsets.UTF_8));
    String before = spark.conf().get("spark.sql.shuffle.partitions");
    java.io.ByteArrayOutputStream logB = new java.io.ByteArrayOutputStream();
    spark.conf().set("spark.sql.shuffle.partitions", "7");
    spark.conf().set("spark.sql.adaptive.coalescePartitions.enabled", "false");
    try {
      run(dir.resolve("b").toString(), s, new PrintStream(logB, true, java.nio.charset.StandardCharsets.UTF_8));
    } finally {
      spark.conf().set("spark.sql.shuffle.partitions", before);
      spark.conf().unset("spark.sql.adaptive.coalescePartitions.enabled");
    }
    assertTrue(logB.toString(java.nio.charset.StandardCharsets.UTF_8).contains("in 7 partitions"), logB.toString(java.nio.charset.StandardCharsets.UTF_8));
    assertTrue(!logA.toString(java.nio.charset.StandardCharsets.UTF_8).contains("in 7 partitions"), logA.toString(java.nio.charset.StandardCharsets.UTF_8));
    run(dir.resolve("c").toString(), settings("cl100k_base", 31, 10, 7, TokenizeSettings.ShardFormat.PARQUET));
    List<String> a = manifest(dir.resolve("a")).shards().stream().map(Manifest.ShardEntry::sha256).toList();
    List<String> b = manifest(dir.resolve("b")).shards().stream().map(Manifest.ShardEntry::sha256).toList();
    List<String> c = manifest(dir.resolve("c")).shards().stream().map(Manifest.ShardEntry::sha256).toList();
    assertTrue(a.size() > 3, "several shards: " + a.size());
    assertEquals(a, b);
    for (int i = 0; i < a.size(); i++) {
      assertEquals(a.get(i), sha256(dir.resolve("b").resolve(manifest(dir.resolve("b")).shards().get(i).file())));
    }
    assertNotEquals(a, c, "another seed, another order");
  }

  @Test
  void duckDbReadsTheShardsAndAgreesWithTheManifest() throws Exception {
    Path out = dir.resolve("tok");
    run(out.toString(), settings("o200k_base", 255, 3, 3, TokenizeSettings.ShardFormat.PARQUET));
    Manifest m = manifest(out);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      for (Manifest.ShardEntry e : m.shards()) {
        try (ResultSet rs =
            st.executeQuery(
                "SELECT count(*), sum(len(tokens) - padding), sum(len(doc_starts)), min(len(tokens)), max(len(tokens)), min(\"row\")"
                    + " FROM read_parquet('" + out.resolve(e.file()) + "')")) {
          assertTrue(rs.next());
          assertEquals(e.rows(), rs.getLong(1), e.file());
          assertEquals(e.tokens(), rs.getLong(2), e.file());
          assertEquals(e.documents(), rs.getLong(3), e.file());
          assertEquals(256, rs.getLong(4));
          assertEquals(256, rs.getLong(5));
          assertEquals(e.firstRow(), rs.getLong(6));
        }
      }
      try (ResultSet rs =
          st.executeQuery("SELECT count(*), sum(len(tokens) - padding) FROM read_parquet('" + out.resolve("shards") + "/*.parquet')")) {
        assertTrue(rs.next());
        assertEquals(m.totals().rows(), rs.getLong(1));
        assertEquals(m.totals().tokens(), rs.getLong(2));
      }
      try (ResultSet rs =
          st.executeQuery("SELECT sum(tokens), sum(documents) FROM read_parquet('" + out.resolve(TokenizeOutputs.SHARD_STATS_PARQUET) + "')")) {
        assertTrue(rs.next());
        assertEquals(m.totals().tokens(), rs.getLong(1));
        assertEquals(m.totals().documents(), rs.getLong(2));
      }
    }
  }

  @Test
  void megatronExportHoldsEveryDocumentAsOneSequenceInSeededOrder() throws Exception {
    Path out = dir.resolve("meg");
    StageRunner.Outcome outcome = run(out.toString(), settings("r50k_base", 127, 5, 8, TokenizeSettings.ShardFormat.MEGATRON));
    assertTrue(outcome.stats().reconciles());
    Manifest m = manifest(out);
    assertEquals("megatron", m.shardFormat());
    int[] expected = expectedStream(Tokenizers.byName("r50k_base"), 5);
    List<Integer> stream = new ArrayList<>();
    long sequences = 0;
    for (Manifest.ShardEntry e : m.shards()) {
      ByteBuffer idx = ByteBuffer.wrap(Files.readAllBytes(out.resolve(e.indexFile()))).order(ByteOrder.LITTLE_ENDIAN);
      assertEquals(8, idx.get(17), "r50k ids fit uint16 (dtype code 8)");
      long count = idx.getLong(18);
      assertEquals(e.rows(), count);
      assertEquals(count + 1, idx.getLong(26));
      assertEquals(sequences, e.firstRow());
      sequences += count;
      ByteBuffer bin = ByteBuffer.wrap(Files.readAllBytes(out.resolve(e.file()))).order(ByteOrder.LITTLE_ENDIAN);
      while (bin.hasRemaining()) {
        stream.add(bin.getShort() & 0xFFFF);
      }
      assertEquals(sha256(out.resolve(e.indexFile())), e.indexSha256());
    }
    assertEquals(outcome.stats().kept(), sequences);
    assertArrayEquals(expected, stream.stream().mapToInt(Integer::intValue).toArray());
  }

  /** Exit code and standard output of one {@code curate} command. */
  private static Map.Entry<Integer, String> curate(String... args) {
    PrintStream old = System.out;
    PrintStream oldErr = System.err;
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try {
      PrintStream capture = new PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
      System.setOut(capture);
      System.setErr(capture);
      int code = dev.curate.jobs.cli.Curate.execute(args);
      return Map.entry(code, out.toString(java.nio.charset.StandardCharsets.UTF_8));
    } finally {
      System.setOut(old);
      System.setErr(oldErr);
    }
  }

  @Test
  void tokenizeCommandWritesShardsAndInspectPrintsTheManifestAndShardTable() {
    Path out = dir.resolve("cli");
    Map.Entry<Integer, String> run =
        curate("tokenize", "--input", input.toString(), "--output", out.toString(), "--seq-len", "63",
            "--set", "tokenize.shard_rows=20", "--set", "work_dir=" + dir.resolve("work"), "--master", "local[2]");
    assertEquals(0, run.getKey(), run.getValue());
    assertTrue(run.getValue().contains("tokenize.empty"), run.getValue());
    Map.Entry<Integer, String> inspect = curate("inspect", out.resolve("shards").toString());
    assertEquals(0, inspect.getKey(), inspect.getValue());
    assertTrue(inspect.getValue().contains("token shards: "), inspect.getValue());
    assertTrue(inspect.getValue().contains("cl100k_base"), inspect.getValue());
    assertTrue(inspect.getValue().contains("shards/shard-00000.parquet"), inspect.getValue());
    assertTrue(inspect.getValue().contains("stage tokenize: " + docs.size() + " in"), inspect.getValue());
  }

  @Test
  void unknownTokenizeKeysAndTokenizersAreConfigErrorsNamingThem() {
    Map.Entry<Integer, String> typo = curate("tokenize", "--input", input.toString(), "--set", "tokenize.seqlen=5");
    assertEquals(2, typo.getKey(), typo.getValue());
    assertTrue(typo.getValue().contains("tokenize.seqlen: unknown key"), typo.getValue());
    Map.Entry<Integer, String> name = curate("tokenize", "--input", input.toString(), "--tokenizer", "gpt5_base",
        "--output", dir.resolve("x").toString());
    assertEquals(2, name.getKey(), name.getValue());
    assertTrue(name.getValue().contains("gpt5_base"), name.getValue());
    assertTrue(Files.notExists(dir.resolve("x")), "nothing ran");
    Map.Entry<Integer, String> run = curate("run", "--set", "input=" + input.getParent(), "--set", "work_dir=" + dir.resolve("run"),
        "--set", "tokenize.tokenizer=gpt5_base");
    assertEquals(2, run.getKey(), run.getValue());
    assertTrue(Files.notExists(dir.resolve("run")), "curate run stops before its first stage");
    assertEquals(0, curate("tokenize", "--help").getKey());
  }

  @Test
  void anInputOfOnlyBlankDocumentsRejectsThemAllAndWritesAnEmptyManifest() throws Exception {
    docs.removeIf(d -> !d.get("text").asText().isBlank());
    StringBuilder lines = new StringBuilder();
    for (ObjectNode d : docs) {
      lines.append(d.toString()).append('\n');
    }
    Files.writeString(input, lines);
    Path out = dir.resolve("empty");
    StageStats stats = run(out.toString(), settings("cl100k_base", 15, 1, 2, TokenizeSettings.ShardFormat.PARQUET)).stats();
    assertTrue(stats.reconciles(), stats.toString());
    assertEquals(0, stats.kept());
    assertEquals(Map.of(TokenizeStage.EMPTY, (long) BLANK_DOCS), stats.rejected());
    Manifest m = manifest(out);
    assertEquals(0, m.totals().shards());
    assertEquals(0, m.totals().tokens());
    assertEquals(0, spark.read().parquet(out.resolve(TokenizeOutputs.SHARD_STATS_PARQUET).toString()).count());
  }

  @Test
  void anotherJvmWritesShardsWithTheSameChecksums() throws Exception {
    // Hash-ordered structures inside a writer (parquet-java's encoding sets) differ between JVMs,
    // not between runs in one JVM, so the second run is a separate process.
    TokenizeSettings s = settings("cl100k_base", 63, 4, 6, TokenizeSettings.ShardFormat.PARQUET);
    run(dir.resolve("here").toString(), s);
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    for (String arg : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (arg.startsWith("--add-opens") || arg.startsWith("--add-exports") || arg.startsWith("--enable-native-access")
          || arg.startsWith("-Djava.security") || arg.startsWith("-Dio.netty")) {
        command.add(arg);
      }
    }
    command.addAll(List.of(
        "-Xmx1g", "-cp", System.getProperty("java.class.path"), "dev.curate.jobs.cli.Curate", "tokenize",
        "--input", input.toString(), "--output", dir.resolve("there").toString(), "--master", "local[1]",
        "--set", "work_dir=" + dir.resolve("work"), "--set", "tokenize.tokenizer=cl100k_base", "--set", "tokenize.seq_len=63",
        "--set", "tokenize.seed=4", "--set", "tokenize.shard_rows=6"));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), output);
    List<String> here = manifest(dir.resolve("here")).shards().stream().map(Manifest.ShardEntry::sha256).toList();
    List<String> there = manifest(dir.resolve("there")).shards().stream().map(Manifest.ShardEntry::sha256).toList();
    assertTrue(here.size() > 3, "several shards: " + here.size());
    assertEquals(here, there);
  }

  @Test
  void aHuggingFaceTokenizerFileIsShippedToTheTasksAndNamedInTheManifest() throws Exception {
    Path json = TokenizerFixtures.gpt2TokenizerJson();
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(json), "no fixture at " + json);
    String name = Tokenizers.HF_PREFIX + json;
    Path out = dir.resolve("hf");
    StageStats stats = run(out.toString(), settings(name, 63, 5, 10, TokenizeSettings.ShardFormat.PARQUET)).stats();
    assertTrue(stats.reconciles(), stats.toString());
    Manifest m = manifest(out);
    assertEquals(name, m.tokenizer().name());
    Tokenizer gpt2 = Tokenizers.byName(name);
    assertEquals(gpt2.fingerprint(), m.tokenizer().fingerprint());
    assertEquals(expectedStream(gpt2, 5).length, m.totals().tokens());
    // GPT-2's tokenizer.json gives the ids of r50k_base, so the same rows (the footers name
    // different tokenizers, so the files differ).
    run(dir.resolve("r50k").toString(), settings("r50k_base", 63, 5, 10, TokenizeSettings.ShardFormat.PARQUET));
    assertEquals(
        spark.read().parquet(dir.resolve("r50k/shards").toString()).orderBy("row").select("tokens", "doc_ids").collectAsList(),
        spark.read().parquet(out.resolve("shards").toString()).orderBy("row").select("tokens", "doc_ids").collectAsList());
  }

  static String sha256(Path file) throws Exception {
    return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
