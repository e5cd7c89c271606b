// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.lid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curate.filters.fasttext.GoldenPredictions;
import dev.curate.filters.fasttext.Prediction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LanguageIdAnnotatorTest {
  private static final List<String> INPUTS = GoldenPredictions.lines("/golden/lid/input.txt");
  private static final List<String> EXPECTED = GoldenPredictions.lines("/golden/lid/expected.txt");

  private static LanguageIdAnnotator annotator() {
    return new LanguageIdAnnotator(GoldenPredictions.lidModel().toString());
  }

  @Test
  void identifiesCommonLanguagesAndScripts() {
    LanguageIdAnnotator a = annotator();
    assertEquals(
        new LanguageId("fr", a.annotate("Bonjour tout le monde").score(), "Latn"),
        a.annotate("Bonjour tout le monde"));
    assertEquals("ru", a.annotate("Москва — столица России.").lang());
    assertEquals("Cyrl", a.annotate("Москва — столица России.").script());
    assertEquals("ja", a.annotate("東京は日本の首都です。").lang());
    assertEquals("ar", a.annotate("القاهرة هي عاصمة مصر").lang());
    assertTrue(a.annotate("Bonjour tout le monde").score() > 0.9f);
  }

  @Test
  void langAndScoreEqualReferenceTop1OnGoldenTexts() {
    LanguageIdAnnotator a = annotator();
    for (int i = 0; i < INPUTS.size(); i++) {
      Prediction want = GoldenPredictions.parse(EXPECTED.get(i)).get(0);
      LanguageId got = a.annotate(INPUTS.get(i));
      assertEquals(want.label(), "__label__" + got.lang(), "line " + (i + 1));
      assertEquals(want.probability(), got.score(), GoldenPredictions.TOLERANCE, "line " + (i + 1));
    }
  }

  @Test
  void newlinesAreReadAsSpacesLikeFineWeb() {
    int i = INPUTS.indexOf("line one  line two of a text that had a newline");
    Prediction want = GoldenPredictions.parse(EXPECTED.get(i)).get(0);
    LanguageId got = annotator().annotate("line one\n line two of a text that had a newline");
    assertEquals(want.label(), "__label__" + got.lang());
    assertEquals(want.probability(), got.score(), GoldenPredictions.TOLERANCE);
  }

  @Test
  void emptyTextStillGetsTheReferencePrediction() {
    // fastText predicts from the </s> token alone; the reference prints en 0.124504.
    LanguageId got = annotator().annotate("");
    assertEquals("en", got.lang());
    assertEquals(0.124504f, got.score(), GoldenPredictions.TOLERANCE);
    assertEquals(DominantScript.COMMON, got.script());
  }

  @Test
  void modelIsSharedAcrossInstancesAndSurvivesSerialization() throws Exception {
    LanguageIdAnnotator a = annotator();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(a);
    }
    assertTrue(bytes.size() < 1000, "model must not be serialized, got " + bytes.size() + " bytes");
    LanguageIdAnnotator b;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      b = (LanguageIdAnnotator) in.readObject();
    }
    assertEquals(a.annotate("Guten Tag"), b.annotate("Guten Tag"));
    assertSame(a.model(), b.model());
  }

  @Test
  void concurrentAnnotationGivesSequentialResults() throws Exception {
    LanguageIdAnnotator a = annotator();
    List<LanguageId> sequential = new ArrayList<>();
    for (String text : INPUTS) {
      sequential.add(a.annotate(text));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<LanguageId>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(
            pool.submit(
                () -> {
                  List<LanguageId> out = new ArrayList<>();
                  for (String text : INPUTS) {
                    out.add(a.annotate(text));
                  }
                  return out;
                }));
      }
      for (Future<List<LanguageId>> f : futures) {
        assertEquals(sequential, f.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void rejectsBlankModelPath() {
    assertThrows(IllegalArgumentException.class, () -> new LanguageIdAnnotator(" "));
    assertThrows(NullPointerException.class, () -> new LanguageIdAnnotator(null));
  }

  @Test
  void missingModelFailsWithThePath() throws IOException {
    LanguageIdAnnotator a = new LanguageIdAnnotator("/nonexistent/lid.176.ftz");
    Exception e = assertThrows(RuntimeException.class, () -> a.annotate("hello"));
    assertTrue(e.getMessage().contains("/nonexistent/lid.176.ftz"), e.getMessage());
  }
}
