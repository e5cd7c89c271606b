// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.apitests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.FilteredNormalizer2;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.UnicodeSet;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curate.tokenizer.DocumentBoundary;
import dev.curate.tokenizer.IntList;
import dev.curate.tokenizer.Tokenizer;
import dev.curate.tokenizer.Tokenizers;
import dev.curate.tokenizer.parity.EdgeCases;
import dev.curate.tokenizer.parity.ParityCorpus;
import dev.curate.tokenizer.parity.References;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class BpeTokenizersTest {
  static final List<String> NAMES = References.NAMES;
  /** Qwen's NFC as Hugging Face tokenizers computes it: Unicode 9.0 tables. */
  private static final Normalizer2 QWEN_NFC =
      new FilteredNormalizer2(Normalizer2.getNFCInstance(), new UnicodeSet("[:age=9.0:]").freeze());

  @ParameterizedTest
  @FieldSource("NAMES")
  void decodingTheIdsGivesBackTheText(String name) {
    Tokenizer t = References.ours(name);
    boolean nfc = name.equals("qwen3");
    for (ParityCorpus.Text text : ParityCorpus.udhr()) {
      String expected = nfc ? QWEN_NFC.normalize(text.text()) : text.text();
      assertEquals(expected, t.decode(t.encode(text.text())), name + " " + text.id());
    }
    for (String s : EdgeCases.all()) {
      String valid = s.codePoints().mapToObj(cp -> cp >= 0xD800 && cp <= 0xDFFF ? "\uFFFD" : Character.toString(cp))
          .reduce("", String::concat);
      String expected = nfc ? QWEN_NFC.normalize(valid) : valid;
      assertEquals(expected, t.decode(t.encode(s)), name);
    }
  }

  @ParameterizedTest
  @FieldSource("NAMES")
  void specialTokenTextIsEncodedAsText(String name) {
    Tokenizer t = References.ours(name);
    int eos = t.boundary().tokenId();
    for (String s : List.of("<|endoftext|>", "<|begin_of_text|>", "<|end_of_text|>", "<|im_end|>", t.boundary().token())) {
      int[] ids = t.encode(s);
      assertTrue(ids.length > 1, name + " encoded " + s + " as one id");
      assertFalse(Arrays.stream(ids).anyMatch(id -> id == eos), name + ": " + s);
      assertEquals(s, t.decode(ids));
    }
  }

  @Test
  void boundariesFollowEachModelsConvention() {
    assertBoundary("r50k_base", 50256, "<|endoftext|>", DocumentBoundary.Placement.APPEND_EOS);
    assertBoundary("cl100k_base", 100257, "<|endoftext|>", DocumentBoundary.Placement.APPEND_EOS);
    assertBoundary("o200k_base", 199999, "<|endoftext|>", DocumentBoundary.Placement.APPEND_EOS);
    assertBoundary("gpt2", 50256, "<|endoftext|>", DocumentBoundary.Placement.APPEND_EOS);
    assertBoundary("llama3", 128000, "<|begin_of_text|>", DocumentBoundary.Placement.PREPEND_BOS);
    assertBoundary("qwen3", 151643, "<|endoftext|>", DocumentBoundary.Placement.APPEND_EOS);
  }

  private static void assertBoundary(String name, int id, String token, DocumentBoundary.Placement placement) {
    assertEquals(new DocumentBoundary(id, token, placement), References.ours(name).boundary(), name);
    assertEquals(token, References.ours(name).decode(new int[] {id}), name);
  }

  @Test
  void vocabularySizesCoverOrdinaryAndSpecialIds() {
    assertEquals(50257, References.ours("r50k_base").vocabSize());
    assertEquals(100277, References.ours("cl100k_base").vocabSize());
    assertEquals(200019, References.ours("o200k_base").vocabSize());
    assertEquals(50257, References.ours("gpt2").vocabSize());
    assertEquals(128256, References.ours("llama3").vocabSize());
    assertEquals(151669, References.ours("qwen3").vocabSize());
  }

  @Test
  void qwenMatchesItsNonSpecialAddedTokensInText() {
    Tokenizer qwen = References.ours("qwen3");
    assertArrayEquals(new int[] {151667}, qwen.encode("<think>"));
    int[] ids = qwen.encode("a<tool_call>b");
    assertEquals(151657, ids[1]);
  }

  @Test
  void loneSurrogatesEncodeAsReplacementCharacter() {
    for (String name : NAMES) {
      Tokenizer t = References.ours(name);
      assertArrayEquals(t.encode("a\uFFFDb"), t.encode("a\uD800b"), name);
      assertArrayEquals(t.encode("\uFFFD"), t.encode("\uDC00"), name);
    }
  }

  @Test
  void encodeToAppendsTheSameIdsAsEncode() {
    Tokenizer t = Tokenizers.byName("o200k_base");
    IntList out = new IntList(1);
    out.add(-7);
    t.encodeTo("Hello, world! Grüße", out);
    int[] expected = t.encode("Hello, world! Grüße");
    assertEquals(expected.length + 1, out.size());
    assertEquals(-7, out.get(0));
    assertArrayEquals(expected, Arrays.copyOfRange(out.toArray(), 1, out.size()));
  }

  @Test
  void oneInstanceServesManyThreads() throws Exception {
    Tokenizer t = References.ours("llama3");
    List<String> texts = ParityCorpus.udhr().stream().map(ParityCorpus.Text::text).limit(60).toList();
    List<int[]> expected = texts.stream().map(t::encode).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results =
          java.util.stream.IntStream.range(0, 8)
              .mapToObj(k -> pool.submit(() -> {
                for (int i = 0; i < texts.size(); i++) {
                  int j = (i + k * 7) % texts.size();
                  if (!Arrays.equals(expected.get(j), t.encode(texts.get(j)))) {
                    return false;
                  }
                }
                return true;
              }))
              .toList();
      for (Future<Boolean> f : results) {
        assertTrue(f.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void byNameLoadsEachTokenizerOnce() {
    assertSame(Tokenizers.byName("cl100k_base"), Tokenizers.byName("cl100k_base"));
    String hf = "hf:" + References.tokenizerJson("gpt2").getParent();
    assertSame(Tokenizers.byName(hf), Tokenizers.byName(hf));
    assertEquals(hf, Tokenizers.byName(hf).name());
  }

  @Test
  void fingerprintsPinTheVocabulary() {
    assertEquals(64, Tokenizers.byName("cl100k_base").fingerprint().length());
    assertEquals(
        new dev.curate.tokenizer.JtokkitTokenizer("cl100k_base").fingerprint(),
        Tokenizers.byName("cl100k_base").fingerprint());
    assertNotEquals(References.ours("gpt2").fingerprint(), References.ours("llama3").fingerprint());
  }

  @Test
  void anUnknownSplitPatternFallsBackToTheRegexWithTheSameIds(@TempDir Path dir) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = (ObjectNode) mapper.readTree(References.tokenizerJson("llama3").toFile());
    ObjectNode split = (ObjectNode) root.path("pre_tokenizer").path("pretokenizers").get(0).path("pattern");
    split.put("Regex", "(?:" + split.path("Regex").asText() + ")"); // same language, unknown text
    Path file = dir.resolve("tokenizer.json");
    mapper.writeValue(file.toFile(), root);
    Files.copy(References.tokenizerJson("llama3").resolveSibling("tokenizer_config.json"), dir.resolve("tokenizer_config.json"));
    Tokenizer regex = Tokenizers.fromHuggingFaceFile(file, "hf:llama3-regex");
    Tokenizer scanner = References.ours("llama3");
    for (ParityCorpus.Text text : ParityCorpus.udhr().subList(0, 80)) {
      assertArrayEquals(scanner.encode(text.text()), regex.encode(text.text()), text.id());
    }
  }

  @Test
  void unsupportedFilesFailNamingTheKey(@TempDir Path dir) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = (ObjectNode) mapper.readTree(References.tokenizerJson("gpt2").toFile());
    root.set("normalizer", mapper.readTree("{\"type\": \"Lowercase\"}"));
    Path file = dir.resolve("tokenizer.json");
    mapper.writeValue(file.toFile(), root);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Tokenizers.fromHuggingFaceFile(file, "x"));
    assertTrue(e.getMessage().contains("normalizer.type") && e.getMessage().contains(file.toString()), e.getMessage());

    Path missing = dir.resolve("nope");
    Files.createDirectories(missing);
    IllegalArgumentException e2 =
        assertThrows(IllegalArgumentException.class, () -> Tokenizers.byName("hf:" + missing));
    assertTrue(e2.getMessage().contains("tokenizer.json"), e2.getMessage());
  }
}
