// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.fasttext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Models we train are real fastText models: C++ {@code fasttext predict-prob} 0.9.2 reads the
 * file we write and prints the probabilities we compute (golden files in {@code golden/trained/},
 * made by {@code regenerate.sh} there), and training is reproducible to the byte.
 */
class SupervisedTrainerTest {
  private static final String DIR = "/golden/trained/";
  /** The exact arguments the golden model was trained with (see golden/trained/README.md). */
  static final TrainingArgs GOLDEN_ARGS = new TrainingArgs(16, 5, 0.5, 2, 1, 20_000, 2, 4, 7);

  /** Europarl sentences against UDHR paragraphs: every other line of each set trains. */
  static List<LabelledText> goldenExamples() {
    List<LabelledText> examples = new ArrayList<>();
    List<String> europarl = GoldenPredictions.lines("/golden/fasttext/europarl-input.txt");
    List<String> udhr = GoldenPredictions.lines("/golden/fasttext/udhr-input.txt");
    for (int i = 0; i < 600; i += 2) {
      examples.add(new LabelledText("__label__europarl", europarl.get(i)));
      examples.add(new LabelledText("__label__udhr", udhr.get(i)));
    }
    return examples;
  }

  /** The texts the golden predictions were made for: both sets, all lines, edge cases included. */
  static List<String> goldenInputs() {
    List<String> inputs = new ArrayList<>(GoldenPredictions.lines("/golden/fasttext/europarl-input.txt"));
    inputs.addAll(GoldenPredictions.lines("/golden/fasttext/udhr-input.txt"));
    return inputs;
  }

  private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  @Test
  void referenceFastTextPredictsOnOurModelWhatWePredict(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("trained.bin");
    SupervisedTrainer.Result r = SupervisedTrainer.train(goldenExamples(), GOLDEN_ARGS, out, line -> {});
    String keep = System.getProperty("curate.keep.trained");
    if (keep != null) {
      Files.copy(out, Path.of(keep), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    List<String> inputs = goldenInputs();
    assertEquals(1246, inputs.size());
    GoldenPredictions.Report report =
        GoldenPredictions.check(
            r.model(), inputs, GoldenPredictions.lines(DIR + "trained.bin.expected.txt"), 2, 0f);
    System.out.println("trained model parity with C++ predict-prob: " + report);
  }

  @Test
  void trainingTheSameExamplesWithTheSameSeedGivesTheSameBytes(@TempDir Path tmp) throws Exception {
    Path a = tmp.resolve("a.bin");
    Path b = tmp.resolve("b.bin");
    SupervisedTrainer.train(goldenExamples(), GOLDEN_ARGS, a, line -> {});
    SupervisedTrainer.train(goldenExamples(), GOLDEN_ARGS, b, line -> {});
    assertEquals(sha256(a), sha256(b));
    assertEquals(
        GoldenPredictions.lines(DIR + "trained.bin.sha256").get(0).split(" ")[0],
        sha256(a),
        "model bytes differ from the golden model's; retrain goldens only on purpose");
  }

  @Test
  void theTrainedModelSeparatesHeldOutLinesAtLeastAsWellAsTheReferenceTrainer(@TempDir Path tmp) throws Exception {
    FastTextModel m =
        SupervisedTrainer.train(goldenExamples(), GOLDEN_ARGS, tmp.resolve("m.bin"), line -> {}).model();
    List<String> europarl = GoldenPredictions.lines("/golden/fasttext/europarl-input.txt");
    List<String> udhr = GoldenPredictions.lines("/golden/fasttext/udhr-input.txt");
    int right = 0;
    int total = 0;
    for (int i = 1; i < 600; i += 2) {
      right += m.probability(europarl.get(i), "__label__europarl") > 0.5 ? 1 : 0;
      right += m.probability(udhr.get(i), "__label__udhr") > 0.5 ? 1 : 0;
      total += 2;
    }
    double accuracy = (double) right / total;
    System.out.println("held-out accuracy europarl vs udhr: " + accuracy);
    // C++ fastText 0.9.2, same training lines and arguments (-thread 1), scores P@1 0.835 on these
    // held-out lines (`fasttext test`); ours must learn at least as well.
    assertTrue(accuracy >= 0.835, "held-out accuracy " + accuracy + " below the reference's 0.835");
  }

  @Test
  void vocabularyCountsWordsLabelsAndEndOfLineAsTheReferenceDoes() {
    Dictionary d =
        SupervisedTrainer.vocabulary(
            List.of(
                new LabelledText("__label__a", "the cat the\tdog"),
                new LabelledText("__label__b", "  the\u00a0cat __label__zz "),
                new LabelledText("__label__a", "")),
            TrainingArgs.qualityDefaults().modelArgs());
    // Words by descending count, ties in first-seen order; NBSP is not a separator.
    assertEquals(List.of("</s>", "the", "cat", "dog", "the\u00a0cat"), words(d));
    assertEquals(3, d.count(0));
    assertEquals(2, d.count(1));
    assertEquals(2, d.nlabels);
    assertEquals("__label__a", d.label(0));
    // 3 labels + 3 EOS + 4 + 2 text tokens (the label-like one counts as a token, not a word).
    assertEquals(12, d.ntokens);
  }

  private static List<String> words(Dictionary d) {
    List<String> w = new ArrayList<>();
    for (int i = 0; i < d.nwords; i++) {
      w.add(d.word(i));
    }
    return w;
  }

  @Test
  void wordsBelowMinCountAreDropped() {
    Dictionary d =
        SupervisedTrainer.vocabulary(
            List.of(new LabelledText("__label__a", "x x y"), new LabelledText("__label__b", "x z")),
            new TrainingArgs(8, 1, 0.1, 1, 2, 0, 0, 0, 1).modelArgs());
    assertEquals(List.of("x", "</s>"), words(d));
  }

  @Test
  void oneLabelOnlyIsRefusedWithAClearMessage(@TempDir Path tmp) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SupervisedTrainer.train(
                    List.of(new LabelledText("__label__a", "text")),
                    TrainingArgs.qualityDefaults().withBucket(1000),
                    tmp.resolve("m.bin"),
                    line -> {}));
    assertTrue(e.getMessage().contains("at least two labels"), e.getMessage());
  }

  @Test
  void badArgumentsNameTheArgument() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new TrainingArgs(0, 1, 0.1, 1, 1, 10, 0, 0, 1));
    assertTrue(e.getMessage().startsWith("dim is 0"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new TrainingArgs(8, 1, 0.1, 2, 1, 0, 0, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new LabelledText("hq", "text"));
  }
}
