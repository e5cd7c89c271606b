// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.bpe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.curate.tokenizer.IntList;
import dev.curate.tokenizer.parity.EdgeCases;
import dev.curate.tokenizer.parity.ParityCorpus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each hand-written scanner splits exactly as java.util.regex does with the pattern it stands
 * for, on every UDHR declaration and edge case (whose lone surrogates are replaced first, as the
 * tokenizer does).
 */
class ScannerEqualsRegexTest {
  private static List<char[]> texts;

  @BeforeAll
  static void loadTexts() {
    texts = new ArrayList<>();
    for (ParityCorpus.Text t : ParityCorpus.udhr()) {
      texts.add(t.text().toCharArray());
    }
    for (String s : EdgeCases.all()) {
      char[] c = s.toCharArray();
      BpeTokenizer.replaceLoneSurrogates(c, c.length);
      texts.add(c);
    }
  }

  static Stream<Arguments> patterns() {
    return Stream.of(
        Arguments.of("gpt2", PreTokenizers.GPT2, false),
        Arguments.of("llama3", PreTokenizers.LLAMA3, false),
        Arguments.of("llama3, unicode case", PreTokenizers.LLAMA3, true),
        Arguments.of("qwen", PreTokenizers.QWEN, false),
        Arguments.of("cl100k", PreTokenizers.CL100K, true),
        Arguments.of("o200k", PreTokenizers.O200K, true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("patterns")
  void scannerSplitsLikeTheRegex(String label, String pattern, boolean unicodeCase) {
    PreTokenizer scanner = PreTokenizers.forPattern(pattern, unicodeCase);
    assertFalse(scanner instanceof RegexPreTokenizer, label + " has no scanner");
    PreTokenizer regex = PreTokenizers.regex(pattern, unicodeCase);
    IntList a = new IntList();
    IntList b = new IntList();
    long pieces = 0;
    for (char[] text : texts) {
      a.clear();
      b.clear();
      scanner.split(text, text.length, a);
      regex.split(text, text.length, b);
      if (!Arrays.equals(a.toArray(), b.toArray())) {
        assertEquals(render(text, b), render(text, a), label + ": scanner differs from the regex");
      }
      pieces += a.size();
    }
    assertEquals(true, pieces > 1_000_000, "too few pieces: " + pieces);
  }

  private static String render(char[] text, IntList ends) {
    StringBuilder out = new StringBuilder();
    int start = 0;
    for (int i = 0; i < ends.size(); i++) {
      out.append('[').append(new String(text, start, ends.get(i) - start)).append(']');
      start = ends.get(i);
    }
    return out.toString();
  }
}
