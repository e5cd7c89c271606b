// SPDX-License-Identifier: Apache-2.0
package dev.curate.sample;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The sample's Europarl prose as plain sentences, for synthetic corpora at any scale (the dedup
 * benchmark builds a million documents from them).
 */
public final class EuroparlText {
  private EuroparlText() {}

  /** Every sentence of every usable Europarl text, in corpus order (some repeat, as in Europarl). */
  public static List<String> sentences() {
    return Holder.SENTENCES;
  }

  private static final class Holder {
    static final List<String> SENTENCES = load();
  }

  private static List<String> load() {
    Corpus c = Corpus.get();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < c.size(); i++) {
      for (String p : c.line(i).paragraphs()) {
        for (String s : p.split("(?<=[.!?]) +")) {
          if (Corpus.words(s) >= 4) {
            out.add(s.strip());
          }
        }
      }
    }
    return Collections.unmodifiableList(out);
  }
}
