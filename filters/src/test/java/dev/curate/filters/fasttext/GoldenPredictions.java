// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.fasttext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Golden files written by {@code fasttext predict-prob MODEL INPUT k}: {@code input.txt} holds one
 * text per line, the expected file one line of {@code label prob label prob ...} per text.
 */
public final class GoldenPredictions {
  /** Probabilities must agree to this; the reference prints 6 significant digits. */
  public static final double TOLERANCE = 1e-4;

  private GoldenPredictions() {}

  /** Lines of a test resource, split on {@code '\n'} only (texts may hold {@code '\r'}). */
  public static List<String> lines(String resource) {
    try (InputStream in = GoldenPredictions.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (!all.endsWith("\n")) {
        throw new IllegalStateException(resource + " must end with a newline");
      }
      return Arrays.asList(all.substring(0, all.length() - 1).split("\n", -1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Path of a test resource on disk (models are read from files). */
  public static Path resourcePath(String resource) {
    try {
      return Paths.get(GoldenPredictions.class.getResource(resource).toURI());
    } catch (Exception e) {
      throw new IllegalStateException("missing test resource " + resource, e);
    }
  }

  /** The lid.176.ftz path the build downloads (surefire sets {@code curate.lid.model}). */
  public static Path lidModel() {
    String p = System.getProperty("curate.lid.model");
    if (p == null || !Files.isRegularFile(Paths.get(p))) {
      fail(
          "lid.176.ftz not found at curate.lid.model="
              + p
              + "; run the tests through Maven, which downloads it at generate-test-resources");
    }
    return Paths.get(p);
  }

  /** Parses one reference line into predictions. */
  public static List<Prediction> parse(String line) {
    List<Prediction> out = new ArrayList<>();
    if (line.isEmpty()) {
      return out;
    }
    String[] f = line.split(" ");
    for (int i = 0; i + 1 < f.length; i += 2) {
      out.add(new Prediction(f[i], Float.parseFloat(f[i + 1])));
    }
    return out;
  }

  /** Summary of one parity run, for the test log. */
  public record Report(int texts, int labelMismatches, int tiedSwaps, double maxProbDiff) {}

  /**
   * Predicts every input line and compares with the reference: same labels in the same order
   * (neighbours may swap only when their reference probabilities are within the tolerance), and
   * probabilities within {@link #TOLERANCE}. The top-1 label must always match.
   */
  public static Report check(
      FastTextModel model, List<String> inputs, List<String> expected, int k, float threshold) {
    assertEquals(inputs.size(), expected.size(), "input and expected line counts");
    int mismatches = 0;
    int swaps = 0;
    double maxDiff = 0;
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      List<Prediction> want = parse(expected.get(i));
      List<Prediction> got = model.predict(inputs.get(i), k, threshold);
      String where = "line " + (i + 1) + " [" + abbreviate(inputs.get(i)) + "]";
      if (want.size() != got.size()) {
        failures.add(where + ": expected " + want + ", got " + got);
        mismatches++;
        continue;
      }
      for (int j = 0; j < want.size(); j++) {
        double diff = Math.abs(want.get(j).probability() - got.get(j).probability());
        maxDiff = Math.max(maxDiff, diff);
        boolean sameLabel = want.get(j).label().equals(got.get(j).label());
        boolean tiedSwap =
            j > 0
                && Math.abs(want.get(j).probability() - want.get(j - 1).probability()) <= TOLERANCE;
        tiedSwap |=
            j + 1 < want.size()
                && Math.abs(want.get(j).probability() - want.get(j + 1).probability()) <= TOLERANCE;
        if (diff > TOLERANCE || (!sameLabel && (j == 0 || !tiedSwap))) {
          failures.add(where + ": expected " + want + ", got " + got);
          mismatches++;
          break;
        }
        if (!sameLabel) {
          swaps++;
        }
      }
    }
    assertTrue(
        failures.isEmpty(),
        failures.size()
            + " of "
            + inputs.size()
            + " texts differ; first: "
            + failures.subList(0, Math.min(10, failures.size())));
    return new Report(inputs.size(), mismatches, swaps, maxDiff);
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "...";
  }
}
