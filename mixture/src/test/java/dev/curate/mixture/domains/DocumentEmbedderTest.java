// SPDX-License-Identifier: Apache-2.0
package dev.curate.mixture.domains;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curate.core.config.DomainsSettings.Embedding;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentEmbedderTest {
  private static final List<String> CORPUS =
      List.of(
          "The fishing quota for cod in the Baltic sea was cut again.",
          "Fishermen ask for a higher cod quota in the Baltic sea.",
          "The budget of the Union for next year was adopted.",
          "Parliament adopted the Union budget after a long debate.");

  private static float[] idf() {
    DocumentFrequencies df = new DocumentFrequencies();
    for (String doc : CORPUS) {
      df.add(TermFeatures.count(TermFeatures.terms(doc, "en"), true));
    }
    return df.idf();
  }

  @Test
  void sameSeedGivesSameVectorAndAnotherSeedAnother() {
    float[] idf = idf();
    double[] a = new DocumentEmbedder(Embedding.TFIDF, 64, 7, idf).embed(CORPUS.get(0), "en");
    double[] b = new DocumentEmbedder(Embedding.TFIDF, 64, 7, idf).embed(CORPUS.get(0), "en");
    double[] c = new DocumentEmbedder(Embedding.TFIDF, 64, 8, idf).embed(CORPUS.get(0), "en");
    assertArrayEquals(a, b);
    assertFalse(Arrays.equals(a, c));
  }

  @Test
  void vectorsHaveUnitLengthAndEmptyTextIsZero() {
    DocumentEmbedder e = new DocumentEmbedder(Embedding.TF, 100, 1, null);
    double norm = Arrays.stream(e.embed(CORPUS.get(2), "en")).map(x -> x * x).sum();
    assertEquals(1.0, norm, 1e-9);
    assertTrue(Arrays.stream(e.embed("  ... !!", "en")).allMatch(x -> x == 0));
  }

  @Test
  void documentsOnOneTopicAreCloserThanAcrossTopics() {
    for (Embedding kind : Embedding.values()) {
      DocumentEmbedder e = new DocumentEmbedder(kind, 256, 3, idf());
      double[][] v = CORPUS.stream().map(d -> e.embed(d, "en")).toArray(double[][]::new);
      assertTrue(dot(v[0], v[1]) > dot(v[0], v[2]), kind + ": fishing docs closer to each other");
      assertTrue(dot(v[2], v[3]) > dot(v[3], v[1]), kind + ": budget docs closer to each other");
    }
  }

  @Test
  void termsAreLowerCasedWordsWithALetter() {
    assertEquals(List.of("the", "eu", "budget", "was"), TermFeatures.terms("The EU budget (2024) was ...", "en"));
    TermFeatures.Counts c = TermFeatures.count(List.of("a", "b", "a"), false);
    assertEquals(2, c.size());
    assertEquals(3, Arrays.stream(c.counts()).sum());
    assertEquals(5, Arrays.stream(TermFeatures.count(List.of("a", "b", "a"), true).counts()).sum(), "3 words + 2 bigrams");
  }

  @Test
  void tfidfWithoutIdfIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new DocumentEmbedder(Embedding.TFIDF, 64, 1, null));
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
