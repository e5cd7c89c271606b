// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.heuristic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.curate.filters.text.Words;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** The pruned n-gram passes against a line-by-line port of datatrove's string functions. */
class DuplicatesTest {
  // datatrove: find_top_duplicate(get_n_grams(words, n))
  static long referenceTop(List<String> words, int n) {
    Map<String, Integer> counter = new LinkedHashMap<>();
    for (int i = 0; i + n <= words.size(); i++) {
      counter.merge(String.join(" ", words.subList(i, i + n)), 1, Integer::sum);
    }
    if (counter.isEmpty()) return 0;
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : counter.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return (long) best.length() * bestCount;
  }

  // datatrove: find_all_duplicate(words, n)
  static long referenceAll(List<String> words, int n) {
    Set<String> unique = new HashSet<>();
    long repeated = 0;
    int idx = 0;
    while (idx < words.size() - n + 1) {
      String gram = String.join("", words.subList(idx, idx + n));
      if (unique.contains(gram)) {
        repeated += gram.length();
        idx += n;
      } else {
        unique.add(gram);
        idx++;
      }
    }
    return repeated;
  }

  private static void check(String text) {
    List<String> words = Words.split(text, null);
    Duplicates.Ids ids = new Duplicates.Ids(Words.tokens(text, null));
    for (int n = 2; n <= 4; n++) {
      assertEquals(referenceTop(words, n), Duplicates.topNGramChars(ids, n), "top n=" + n + " " + text);
    }
    for (int n = 5; n <= 10; n++) {
      assertEquals(referenceAll(words, n), Duplicates.allDuplicateChars(ids, n), "all n=" + n + " " + text);
    }
  }

  @RepeatedTest(200)
  void matchesDatatroveOnRepetitiveRandomText(RepetitionInfo info) {
    Random r = new Random(1000 + info.getCurrentRepetition());
    // equal-length words, so "".join equality is word-sequence equality
    String[] vocab = {"ab", "cd", "ef", "gh", "ij"};
    int vocabSize = 1 + r.nextInt(vocab.length);
    List<String> words = new ArrayList<>();
    int len = r.nextInt(120);
    while (words.size() < len) {
      if (r.nextInt(5) == 0 && words.size() > 4) { // copy an earlier stretch
        int from = r.nextInt(words.size() - 3);
        int k = 1 + r.nextInt(Math.min(12, words.size() - from));
        words.addAll(new ArrayList<>(words.subList(from, from + k)));
      } else {
        words.add(vocab[r.nextInt(vocabSize)]);
      }
    }
    check(String.join(" ", words));
  }

  @Test
  void matchesDatatroveOnProse() {
    for (long seed = 0; seed < 20; seed++) {
      check(TestTexts.prose(30, seed).replace(",", "").replace(".", "").toLowerCase(java.util.Locale.ROOT));
    }
  }

  @Test
  void handlesTextsShorterThanN() {
    check("");
    check("one");
    check("one two three");
  }
}
