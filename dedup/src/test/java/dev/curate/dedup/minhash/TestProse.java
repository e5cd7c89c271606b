// SPDX-License-Identifier: Apache-2.0
package dev.curate.dedup.minhash;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic Europarl-like prose for tests: sentences of parliamentary words (a few hundred real
 * ones, Zipf-weighted, plus generated rarer ones), and word-level edits of a text.
 */
final class TestProse {
  private static final String[] COMMON =
      ("the of and to in that is a for this we it be on not are as which have with by will i european"
              + " has commission should also all but its an our at from must they would there been more can"
              + " member states union council president parliament report these what their like so its very"
              + " policy its important one other need who rights proposal countries because such only those"
              + " new time between mr madam out however debate do about believe support economic issue into"
              + " now within question committee people than make order already area citizens against therefore"
              + " some up if how regard agreement social national must development community framework"
              + " measures directive amendment amendments vote favour treaty market public work being"
              + " political future through situation financial europe cooperation particular level"
              + " common programme human regions energy environment security budget transport information"
              + " rapporteur clear important way well like view where years made point take part first"
              + " groups group its international system responsibility protection action fact course"
              + " however policies negotiations crisis employment growth agriculture fisheries health"
              + " consumers competition services research innovation education culture citizens trade")
          .split(" ");
  private static final String[] SYLLABLES =
      "ka ri to ne ma sa lo pe di vu ge ho ba mi ze fu ra te no ki po la se du vi".split(" ");

  private final String[] vocabulary;
  private final double[] cumulative;

  TestProse(long seed, int rare) {
    SplittableRandom r = new SplittableRandom(seed);
    vocabulary = new String[COMMON.length + rare];
    System.arraycopy(COMMON, 0, vocabulary, 0, COMMON.length);
    for (int i = COMMON.length; i < vocabulary.length; i++) {
      StringBuilder w = new StringBuilder();
      for (int s = 2 + r.nextInt(3); s > 0; s--) {
        w.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
      }
      vocabulary[i] = w.toString();
    }
    cumulative = new double[vocabulary.length];
    double sum = 0;
    for (int i = 0; i < vocabulary.length; i++) {
      sum += 1.0 / Math.pow(i + 1, 0.9);
      cumulative[i] = sum;
    }
    for (int i = 0; i < cumulative.length; i++) {
      cumulative[i] /= sum;
    }
  }

  String word(SplittableRandom r) {
    double u = r.nextDouble();
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] < u) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return vocabulary[lo];
  }

  /** {@code n} words as sentences: capitalised, with commas and full stops. */
  List<String> words(SplittableRandom r, int n) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(word(r));
    }
    return out;
  }

  static String text(List<String> words) {
    StringBuilder sb = new StringBuilder();
    boolean start = true;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(start ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
      start = false;
      int h = (w.hashCode() ^ i) & 31;
      if (h == 0 || i == words.size() - 1) {
        sb.append('.');
        start = true;
      } else if (h == 1) {
        sb.append(',');
      }
    }
    return sb.toString();
  }

  /**
   * A copy of {@code words} with about {@code rate * size} edits, each replacing, inserting or
   * deleting one word at a random position.
   */
  List<String> edit(List<String> words, double rate, SplittableRandom r) {
    List<String> out = new ArrayList<>(words);
    int edits = (int) Math.round(rate * words.size());
    for (int e = 0; e < edits; e++) {
      int op = r.nextInt(3);
      if (op == 0 || out.size() < 2) {
        out.set(r.nextInt(out.size()), word(r));
      } else if (op == 1) {
        out.add(r.nextInt(out.size() + 1), word(r));
      } else {
        out.remove(r.nextInt(out.size()));
      }
    }
    return out;
  }
}
