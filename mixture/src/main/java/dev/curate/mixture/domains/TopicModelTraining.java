// SPDX-License-Identifier: Apache-2.0
package dev.curate.mixture.domains;

import dev.curate.filters.fasttext.FastTextModel;
import dev.curate.filters.fasttext.LabelledText;
import dev.curate.filters.fasttext.SupervisedTrainer;
import dev.curate.filters.fasttext.TrainingArgs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Trains a fastText topic classifier from labelled documents with our own {@link
 * SupervisedTrainer}, holding out a share of them (chosen by a hash of the text, so the split is
 * the same on every run) and measuring accuracy on it.
 */
public final class TopicModelTraining {
  private TopicModelTraining() {}

  /** A document and its topic (any string; spaces become {@code _} in the model's label). */
  public record Example(String topic, String text) {}

  /** What training saw and how well the model labels the held-out documents. */
  public record Report(
      int trained, int heldOut, int topics, double heldOutAccuracy, SupervisedTrainer.Summary summary) {}

  /** Topic-classifier defaults: unigrams and bigrams, more epochs than the quality model (small topic sets). */
  public static TrainingArgs defaults() {
    return new TrainingArgs(64, 25, 0.5, 2, 1, 200_000, 0, 0, 1);
  }

  public static Report train(
      List<Example> examples, TrainingArgs args, double holdout, Path out, Consumer<String> progress)
      throws IOException {
    if (!(holdout >= 0 && holdout < 1)) {
      throw new IllegalArgumentException("holdout must be in [0, 1), got " + holdout);
    }
    List<LabelledText> train = new ArrayList<>();
    List<LabelledText> test = new ArrayList<>();
    for (Example e : examples) {
      if (e.topic() == null || e.topic().isBlank() || e.text() == null || e.text().isBlank()) {
        continue;
      }
      LabelledText t = new LabelledText(label(e.topic()), TopicClassifier.oneLine(e.text()));
      (heldOut(e.text(), holdout) ? test : train).add(t);
    }
    SupervisedTrainer.Result result = SupervisedTrainer.train(train, args, out, progress);
    FastTextModel model = result.model();
    int right = 0;
    for (LabelledText t : test) {
      if (model.predict(t.text(), 1).get(0).label().equals(t.label())) {
        right++;
      }
    }
    double accuracy = test.isEmpty() ? Double.NaN : (double) right / test.size();
    return new Report(train.size(), test.size(), result.summary().labels(), accuracy, result.summary());
  }

  /** The model's label of a topic: {@code __label__} and the topic with runs of whitespace as {@code _}. */
  public static String label(String topic) {
    return TopicClassifier.PREFIX + topic.trim().replaceAll("\\s+", "_");
  }

  private static boolean heldOut(String text, double share) {
    long h = TermFeatures.hash(text);
    return (h >>> 11) * 0x1.0p-53 < share;
  }
}
