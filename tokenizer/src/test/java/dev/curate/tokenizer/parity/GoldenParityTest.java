// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curate.tokenizer.Tokenizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Our ids equal the reference implementation's, every one, on the UDHR corpus (count and 64-bit
 * hash per declaration) and on the edge cases (full ids). The golden files under {@code
 * src/test/resources/golden/tokenizer/NAME/} come from the references; regenerate them with
 * {@code tokenizer/src/test/resources/golden/tokenizer/regenerate.sh}, never by hand.
 */
class GoldenParityTest {
  static final List<String> NAMES = References.NAMES;
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  @ParameterizedTest
  @FieldSource("NAMES")
  void idsEqualTheReferenceOnTheUdhrCorpus(String name) throws IOException {
    List<ParityCorpus.Text> corpus = ParityCorpus.udhr();
    Tokenizer ours = References.ours(name);
    assertTrue(corpus.stream().mapToLong(t -> ours.encode(t.text()).length).sum() > 1_000_000, "corpus too small");
    List<Integer> failures =
        differing(name, "udhr.tsv", corpus.stream().map(ParityCorpus.Text::id).toList(),
            corpus.stream().map(ParityCorpus.Text::text).toList(), false);
    if (!failures.isEmpty()) {
      throw new AssertionError(
          name + ": " + failures.size() + " of " + corpus.size() + " declarations differ: "
              + failures.stream().limit(10).map(i -> corpus.get(i).id()).toList() + "\n"
              + firstDifferingLine(name, ours, corpus.get(failures.get(0))));
    }
  }

  @ParameterizedTest
  @FieldSource("NAMES")
  void idsEqualTheReferenceOnEveryEdgeCase(String name) throws IOException {
    List<String> cases = EdgeCases.all();
    List<String> keys = java.util.stream.IntStream.range(0, cases.size()).mapToObj(Integer::toString).toList();
    List<Integer> failures = differing(name, "edge.tsv", keys, cases, true);
    Tokenizer ours = References.ours(name);
    assertTrue(failures.isEmpty(), name + ": " + failures.size() + " edge cases differ:\n"
        + failures.stream().limit(15)
            .map(i -> "case " + i + " " + escape(cases.get(i)) + "\n   ours " + join(ours.encode(cases.get(i))))
            .collect(Collectors.joining("\n")));
  }

  @ParameterizedTest
  @FieldSource("NAMES")
  void idsEqualTheReferenceForEveryCodePointInContext(String name) throws IOException {
    List<Integer> blocks = CodePointSweep.blocks();
    List<Integer> failures =
        differing(name, "codepoints.tsv", blocks.stream().map(Integer::toHexString).toList(),
            blocks.stream().map(CodePointSweep::text).toList(), false);
    assertTrue(failures.isEmpty(), name + ": blocks of 256 code points that differ: "
        + failures.stream().map(i -> "U+" + Integer.toHexString(blocks.get(i))).toList());
  }

  /**
   * Indexes of the texts whose line differs from the golden file's; with {@code golden.update},
   * rewrites the file from the reference first. A line is {@code key, ids} or {@code key, count,
   * hash}.
   */
  private static List<Integer> differing(
      String name, String file, List<String> keys, List<String> texts, boolean fullIds) throws IOException {
    Path golden = goldenDir(name).resolve(file);
    if (UPDATE) {
      try (References.Reference ref = References.reference(name)) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
          lines.add(line(keys.get(i), ref.encode(texts.get(i)), fullIds));
        }
        write(golden, lines);
      }
    }
    List<String> expected = Files.readAllLines(golden, StandardCharsets.UTF_8);
    assertEquals(texts.size(), expected.size(), golden + ": one line per text");
    Tokenizer ours = References.ours(name);
    List<Integer> failures = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      if (!line(keys.get(i), ours.encode(texts.get(i)), fullIds).equals(expected.get(i))) {
        failures.add(i);
      }
    }
    return failures;
  }

  private static String line(String key, int[] ids, boolean fullIds) {
    return key + "\t" + (fullIds ? join(ids) : ids.length + "\t" + hash(ids));
  }

  /** The first line of {@code text} whose ids differ when encoded alone, for the failure message. */
  private static String firstDifferingLine(String name, Tokenizer ours, ParityCorpus.Text text) {
    try (References.Reference ref = References.reference(name)) {
      for (String line : text.text().split("\n")) {
        int[] a = ours.encode(line);
        int[] b = ref.encode(line);
        if (!Arrays.equals(a, b)) {
          return "first differing line: " + escape(line) + "\n   reference " + join(b) + "\n   ours      " + join(a);
        }
      }
      return "(no single line differs; the difference spans lines)";
    }
  }

  static Path goldenDir(String name) {
    String dir = System.getProperty("curate.tokenizer.golden");
    if (dir == null) {
      throw new IllegalStateException("system property curate.tokenizer.golden not set (run through Maven)");
    }
    return Path.of(dir).resolve(name);
  }

  private static void write(Path file, List<String> lines) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  /** FNV-1a, 64-bit, over the ids as 32-bit values. */
  static String hash(int[] ids) {
    long h = 0xcbf29ce484222325L;
    for (int id : ids) {
      for (int shift = 0; shift < 32; shift += 8) {
        h = (h ^ ((id >>> shift) & 0xFF)) * 0x100000001b3L;
      }
    }
    return HexFormat.of().toHexDigits(h);
  }

  static String join(int[] ids) {
    return Arrays.stream(ids).mapToObj(Integer::toString).collect(Collectors.joining(" "));
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder("\"");
    s.codePoints().limit(120).forEach(cp -> {
      if (cp >= 0x20 && cp < 0x7F) {
        out.appendCodePoint(cp);
      } else {
        out.append(String.format(java.util.Locale.ROOT, "\\u{%X}", cp));
      }
    });
    return out.append(s.length() > 120 ? "...\"" : "\"").toString();
  }
}
