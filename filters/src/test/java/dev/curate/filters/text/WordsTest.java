// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {
  @Test
  void splitsEnglishLikeNltk() {
    assertEquals(
        List.of("Do", "n't", "stop", ",", "it", "'s", "3.14", "dollars", "(", "1,000", "cents", ")", "."),
        Words.split("Don't stop, it's 3.14 dollars (1,000 cents).", "en"));
    assertEquals(
        List.of("We", "'ll", "see", "the", "U.S.", "and", "well-known", "places", "...", "Really", "?", "!"),
        Words.split("We'll see the U.S. and well-known places... Really?!", "en"));
    assertEquals(List.of("#", "tag", "a", "--", "b", "@", "me", ";", "x", ":", "y"),
        Words.split("#tag a--b @me; x: y", "en"));
    assertEquals(List.of("Mr.", "Smith", "met", "J.", "Doe", "at", "example.com", "."),
        Words.split("Mr. Smith met J. Doe at example.com.", "en"));
  }

  @Test
  void keepsGermanCompoundsAndUmlauts() {
    assertEquals(
        List.of("Die", "Donaudampfschifffahrtsgesellschaft", "fährt", "über", "den", "Fluß", "."),
        Words.split("Die Donaudampfschifffahrtsgesellschaft fährt über den Fluß.", "de"));
  }

  @Test
  void keepsFrenchElisionsWithStraightApostrophes() {
    assertEquals(
        List.of("L'homme", "qu'il", "a", "vu", "aujourd'hui", "«", "chez", "lui", "»", "."),
        Words.split("L'homme qu'il a vu aujourd'hui «chez lui».", "fr"));
    // NLTK splits the typographic apostrophe everywhere; so do we
    assertEquals(List.of("l", "\u2019", "homme"), Words.split("l\u2019homme", "fr"));
  }

  @Test
  void segmentsChineseIntoWords() {
    List<String> w = Words.split("我爱北京天安门。今天天气很好，我们去公园散步吧！", "zh");
    assertTrue(w.size() >= 10, w.toString());
    assertTrue(w.contains("北京"), w.toString());
    assertTrue(w.contains("。"), w.toString());
    assertTrue(w.contains("公园"), w.toString());
  }

  @Test
  void segmentsJapaneseIntoWords() {
    List<String> w = Words.split("私は東京に住んでいます。日本語を勉強しています。", "ja");
    assertTrue(w.size() >= 8, w.toString());
    assertTrue(w.contains("東京"), w.toString());
  }

  @Test
  void segmentsThaiIntoWords() {
    List<String> w = Words.split("ภาษาไทยเป็นภาษาที่สวยงามมาก", "th");
    assertTrue(w.size() >= 4, w.toString());
    assertTrue(w.contains("ภาษา"), w.toString());
  }

  @Test
  void segmentsLaoKhmerAndMyanmarRuns() {
    assertTrue(Words.split("ພາສາລາວແມ່ນພາສາທີ່ສວຍງາມ", "lo").size() > 1);
    assertTrue(Words.split("ភាសាខ្មែរគឺជាភាសាដ៏ស្រស់ស្អាត", "km").size() > 1);
    assertTrue(Words.split("မြန်မာဘာသာစကားသည်လှပသည်", "my").size() > 1);
  }

  @Test
  void splitsMixedScriptTextByRuns() {
    List<String> w = Words.split("I love 北京烤鸭 and ภาษาไทย, don't you?", null);
    assertEquals(List.of("I", "love"), w.subList(0, 2));
    assertTrue(w.contains("北京"), w.toString());
    assertTrue(w.contains("and"), w.toString());
    assertTrue(w.contains("ภาษา"), w.toString());
    assertEquals(List.of("do", "n't", "you", "?"), w.subList(w.size() - 4, w.size()));
  }

  @Test
  void koreanAndArabicSplitOnSpaces() {
    assertEquals(List.of("한국어는", "아름다운", "언어입니다", "."), Words.split("한국어는 아름다운 언어입니다.", "ko"));
    assertEquals(List.of("هذا", "نص", "عربي", "."), Words.split("هذا نص عربي.", "ar"));
  }

  @Test
  void equalWordsGetEqualIdsAndOnlyThey() {
    java.util.Random r = new java.util.Random(7);
    for (int round = 0; round < 50; round++) {
      String text = dev.curate.filters.heuristic.TestTexts.random(r, 3000)
          + " " + dev.curate.filters.heuristic.TestTexts.prose(10, round);
      Tokens t = Words.tokens(text, null);
      java.util.Map<String, Integer> seen = new java.util.HashMap<>();
      for (int i = 0; i < t.size(); i++) {
        String w = t.word(i);
        assertTrue(!w.isEmpty() && w.strip().equals(w) || w.chars().allMatch(c -> !PyStr.isSpace((char) c)), w);
        Integer id = seen.putIfAbsent(w, t.id(i));
        assertEquals(id == null ? t.id(i) : id, t.id(i), "word " + w);
      }
      assertEquals(seen.size(), t.distinct());
    }
  }

  @Test
  void emptyAndBlankTextHaveNoWords() {
    assertEquals(List.of(), Words.split("", null));
    assertEquals(List.of(), Words.split(" \n\t\u3000\u00a0", null));
  }

  @Test
  void toleratesUnpairedSurrogates() {
    assertEquals(List.of("a\ud800b", "\udc00"), Words.split("a\ud800b \udc00", null));
    assertTrue(Words.split("\ud840北京\ud840", null).size() >= 1);
  }
}
