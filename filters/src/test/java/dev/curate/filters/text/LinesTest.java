// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.curate.core.doc.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinesTest {
  @Test
  void splitLinesFollowsPythonSplitlines() {
    assertEquals(List.of(), Lines.splitLines(""));
    assertEquals(List.of("a", "b", "", "c"), Lines.splitLines("a\nb\r\n\rc\n"));
    assertEquals(List.of("a", "b", "c", "d"), Lines.splitLines("a\u2028b\u0085c\u000bd"));
  }

  @Test
  void splitNewlineFollowsPythonSplit() {
    assertEquals(List.of(""), Lines.splitNewline(""));
    assertEquals(List.of("a", "", "b", ""), Lines.splitNewline("a\n\nb\n"));
  }

  @Test
  void splitNewlineRunsFollowsReSplit() {
    assertEquals(List.of(""), Lines.splitNewlineRuns(""));
    assertEquals(List.of("", ""), Lines.splitNewlineRuns("\n"));
    assertEquals(List.of("a", "b", ""), Lines.splitNewlineRuns("a\n\n\nb\n"));
    assertEquals(List.of("", "a"), Lines.splitNewlineRuns("\n\na"));
  }

  @Test
  void paragraphsSplitOnTwoOrMoreNewlinesAfterStrip() {
    assertEquals(List.of(""), Lines.paragraphs("  \n\n "));
    assertEquals(List.of("a\nb", "c", "d"), Lines.paragraphs("\n a\nb\n\nc\n\n\n\nd \n\n"));
  }

  @Test
  void lengthsAreInCodePoints() {
    assertEquals(3, PyStr.length("a\ud83d\ude00b"));
    assertEquals(2, PyStr.length("\ud800\ud800"));
  }

  @Test
  void pythonStrHelpers() {
    assertEquals("x y", PyStr.strip("\u3000\u00a0 x y\u2029\n"));
    assertEquals(List.of("a", "b"), PyStr.splitWhitespace(" a\u00a0b "));
    assertEquals(2, PyStr.count("......", "..."));
    assertEquals(1, PyStr.count("....", "..."));
  }

  @Test
  void sentencesAreCountedPerLine() {
    assertEquals(0, Sentences.count("   "));
    assertEquals(1, Sentences.count("no terminal punctuation"));
    assertEquals(3, Sentences.count("One. Two! Three?"));
    assertEquals(2, Sentences.count("He said \"stop.\" Then J. Smith left..."));
    assertEquals(2, Sentences.count("今天天气很好。我们去公园。"));
    assertEquals(1, Sentences.count("Pi is 3.14 today."));
  }

  @Test
  void analysisIsSharedForTheSameTextInstance() {
    Document doc = Document.of("some words here");
    AnalyzedText a = AnalyzedText.of(doc);
    assertSame(a, AnalyzedText.of(doc));
    assertSame(a.words(), AnalyzedText.of(doc).words());
    Document other = Document.of(new String("some words here".toCharArray()));
    assertEquals(a.words(), AnalyzedText.of(other).words());
    assertEquals(3, AnalyzedText.of(other.withLang("en")).words().size());
  }
}
