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
    Path golden = goldenDir(name).resolve("udhr.tsv");
    if (UPDATE) {
      try (References.Reference ref = References.reference(name)) {
        List<String> lines = new ArrayList<>();
        for (ParityCorpus.Text t : corpus) {
          int[] ids = ref.encode(t.text());
          lines.add(t.id() + "\t" + ids.length + "\t" + hash(ids));
        }
        write(golden, lines);
      }
    }
    List<String> expected = Files.readAllLines(golden, StandardCharsets.UTF_8);
    assertEquals(corpus.size(), expected.size(), golden + ": one line per declaration");
    Tokenizer ours = References.ours(name);
    List<String> failures = new ArrayList<>();
    long tokens = 0;
    for (int i = 0; i < corpus.size(); i++) {
      int[] ids = ours.encode(corpus.get(i).text());
      tokens += ids.length;
      String line = corpus.get(i).id() + "\t" + ids.length + "\t" + hash(ids);
      if (!line.equals(expected.get(i))) {
        failures.add(corpus.get(i).id());
      }
    }
    assertTrue(tokens > 1_000_000, "corpus too small: " + tokens + " tokens");
    if (!failures.isEmpty()) {
      ParityCorpus.Text first =
          corpus.stream().filter(t -> t.id().equals(failures.get(0))).findFirst().orElseThrow();
      throw new AssertionError(
          name + ": " + failures.size() + " of " + corpus.size() + " declarations differ: "
              + failures.subList(0, Math.min(10, failures.size())) + "\n" + firstDifferingLine(name, ours, first));
    }
  }

  @ParameterizedTest
  @FieldSource("NAMES")
  void idsEqualTheReferenceOnEveryEdgeCase(String name) throws IOException {
    List<String> cases = EdgeCases.all();
    Path golden = goldenDir(name).resolve("edge.tsv");
    if (UPDATE) {
      try (References.Reference ref = References.reference(name)) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
          lines.add(i + "\t" + join(ref.encode(cases.get(i))));
        }
        write(golden, lines);
      }
    }
    List<String> expected = Files.readAllLines(golden, StandardCharsets.UTF_8);
    assertEquals(cases.size(), expected.size(), golden + ": one line per edge case");
    Tokenizer ours = References.ours(name);
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      String line = i + "\t" + join(ours.encode(cases.get(i)));
      if (!line.equals(expected.get(i))) {
        failures.add("case " + i + " " + escape(cases.get(i)) + "\n   expected " + expected.get(i) + "\n   ours     " + line);
      }
    }
    assertTrue(failures.isEmpty(), name + ": " + failures.size() + " edge cases differ:\n"
        + failures.stream().limit(15).collect(Collectors.joining("\n")));
  }

  @ParameterizedTest
  @FieldSource("NAMES")
  void idsEqualTheReferenceForEveryCodePointInContext(String name) throws IOException {
    Path golden = goldenDir(name).resolve("codepoints.tsv");
    List<Integer> blocks = CodePointSweep.blocks();
    if (UPDATE) {
      try (References.Reference ref = References.reference(name)) {
        List<String> lines = new ArrayList<>();
        for (int block : blocks) {
          int[] ids = ref.encode(CodePointSweep.text(block));
          lines.add(Integer.toHexString(block) + "\t" + ids.length + "\t" + hash(ids));
        }
        write(golden, lines);
      }
    }
    List<String> expected = Files.readAllLines(golden, StandardCharsets.UTF_8);
    assertEquals(blocks.size(), expected.size(), golden + ": one line per block of 256 code points");
    Tokenizer ours = References.ours(name);
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      int[] ids = ours.encode(CodePointSweep.text(blocks.get(i)));
      String line = Integer.toHexString(blocks.get(i)) + "\t" + ids.length + "\t" + hash(ids);
      if (!line.equals(expected.get(i))) {
        failures.add("U+" + Integer.toHexString(blocks.get(i)).toUpperCase(java.util.Locale.ROOT));
      }
    }
    assertTrue(failures.isEmpty(), name + ": blocks of 256 code points that differ: " + failures);
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
