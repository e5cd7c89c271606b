// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.quality;

import dev.curate.core.Mappers;
import dev.curate.filters.fasttext.FastTextModel;
import dev.curate.filters.fasttext.LabelledText;
import dev.curate.filters.fasttext.ModelCache;
import dev.curate.filters.fasttext.SupervisedTrainer;
import dev.curate.filters.fasttext.TrainingArgs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Trains a quality classifier the way DCLM built its filter: fastText, word bigrams, a few epochs,
 * good documents ({@code __label__hq}) against ordinary or junk ones ({@code __label__cc}); holds
 * out a test split and reports precision, recall and ROC-AUC on it.
 *
 * <p>The split is by a hash of the text, not by position: the same inputs always split the same
 * way, and identical texts land on the same side, so duplicates cannot leak into the test split.
 */
public final class QualityModelTraining {
  public static final String GOOD = QualitySettings.DEFAULT_LABEL;
  public static final String BAD = "__label__cc";

  private QualityModelTraining() {}

  /** Documents per class on each side of the split. */
  public record Split(int trainPositive, int trainNegative, int testPositive, int testNegative) {}

  /** Held-out figures; precision, recall and F1 of the good class at {@code threshold}. */
  public record Evaluation(
      double threshold,
      double precision,
      double recall,
      double f1,
      double rocAuc,
      double meanScorePositive,
      double meanScoreNegative) {}

  /** Everything one training run produced, written next to the model as {@code .report.json}. */
  public record Report(
      String model,
      String modelSha256,
      long modelBytes,
      TrainingArgs args,
      double holdoutFraction,
      Split split,
      SupervisedTrainer.Summary training,
      Evaluation heldOut,
      double seconds) {}

  /**
   * Trains on {@code positives} (good) against {@code negatives}, writes the model to {@code out}
   * and the report to {@code out + ".report.json"}.
   *
   * @param holdoutFraction share of each class held out for testing, in [0, 0.9]; 0 skips testing
   */
  public static Report train(
      List<String> positives,
      List<String> negatives,
      TrainingArgs args,
      double holdoutFraction,
      Path out,
      Consumer<String> log)
      throws IOException {
    if (!(holdoutFraction >= 0 && holdoutFraction <= 0.9)) {
      throw new IllegalArgumentException("holdout fraction must be in [0, 0.9], got " + holdoutFraction);
    }
    long start = System.nanoTime();
    List<LabelledText> train = new ArrayList<>();
    List<String> testPos = new ArrayList<>();
    List<String> testNeg = new ArrayList<>();
    split(positives, GOOD, holdoutFraction, train, testPos);
    int trainPos = train.size();
    split(negatives, BAD, holdoutFraction, train, testNeg);
    int trainNeg = train.size() - trainPos;
    if (trainPos == 0 || trainNeg == 0) {
      throw new IllegalArgumentException(
          "need good and bad training documents, got " + trainPos + " good and " + trainNeg + " bad");
    }
    log.accept(
        String.format(
            "train-quality: %d good + %d bad documents to train on, %d + %d held out",
            trainPos, trainNeg, testPos.size(), testNeg.size()));
    SupervisedTrainer.Result result = SupervisedTrainer.train(train, args, out, log);
    Evaluation eval =
        testPos.isEmpty() || testNeg.isEmpty() ? null : evaluate(result.model(), testPos, testNeg, 0.5);
    Report report =
        new Report(
            out.toString(),
            ModelCache.sha256(out),
            Files.size(out),
            args,
            holdoutFraction,
            new Split(trainPos, trainNeg, testPos.size(), testNeg.size()),
            result.summary(),
            eval,
            (System.nanoTime() - start) / 1e9);
    Mappers.JSON.writerWithDefaultPrettyPrinter()
        .writeValue(out.resolveSibling(out.getFileName() + ".report.json").toFile(), report);
    return report;
  }

  private static void split(
      List<String> docs, String label, double holdout, List<LabelledText> train, List<String> test) {
    long cut = (long) Math.floor(holdout * 10_000);
    for (String d : docs) {
      if (d == null || d.isBlank()) {
        continue;
      }
      if (Long.remainderUnsigned(fnv64(d), 10_000) < cut) {
        test.add(d);
      } else {
        train.add(new LabelledText(label, d));
      }
    }
  }

  /** Held-out precision/recall/F1 of the good class at {@code threshold}, and ROC-AUC. */
  public static Evaluation evaluate(
      FastTextModel model, List<String> good, List<String> bad, double threshold) {
    int n = good.size() + bad.size();
    float[] scores = new float[n];
    boolean[] positive = new boolean[n];
    double sumPos = 0;
    double sumNeg = 0;
    long tp = 0;
    long fp = 0;
    for (int i = 0; i < n; i++) {
      boolean isGood = i < good.size();
      String text = isGood ? good.get(i) : bad.get(i - good.size());
      float s = model.probability(text, GOOD);
      scores[i] = s;
      positive[i] = isGood;
      if (isGood) {
        sumPos += s;
      } else {
        sumNeg += s;
      }
      if (s >= threshold) {
        if (isGood) {
          tp++;
        } else {
          fp++;
        }
      }
    }
    double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double recall = good.isEmpty() ? 0 : (double) tp / good.size();
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Evaluation(
        threshold, precision, recall, f1, RocAuc.of(scores, positive),
        sumPos / Math.max(1, good.size()), sumNeg / Math.max(1, bad.size()));
  }

  /** 64-bit FNV-1a of the text's UTF-8 bytes: a stable split key. */
  static long fnv64(String text) {
    long h = 0xcbf29ce484222325L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xff)) * 0x100000001b3L;
    }
    return h;
  }
}
