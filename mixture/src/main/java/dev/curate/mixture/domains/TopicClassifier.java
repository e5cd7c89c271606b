// SPDX-License-Identifier: Apache-2.0
package dev.curate.mixture.domains;

import dev.curate.filters.fasttext.FastTextModel;
import dev.curate.filters.fasttext.Prediction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The topic of a document by a fastText supervised model ({@code curate train-domains}): its most
 * probable label, without the {@code __label__} prefix, and that label's probability.
 *
 * <p>The model loads lazily, once per JVM and file version, and is shared by all threads (as the
 * quality scorer's).
 */
public final class TopicClassifier implements java.io.Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<String, FastTextModel> MODELS = new ConcurrentHashMap<>();
  static final String PREFIX = "__label__";

  private final String modelPath;
  private transient volatile FastTextModel model;

  /** A topic and its probability. */
  public record Topic(String domain, double probability) {}

  public TopicClassifier(String modelPath) {
    this.modelPath = Objects.requireNonNull(modelPath, "modelPath");
  }

  /** The most probable topic of {@code text}. */
  public Topic classify(String text) {
    List<Prediction> best = model().predict(oneLine(text), 1);
    if (best.isEmpty()) {
      throw new IllegalStateException(modelPath + ": the model predicted no label");
    }
    Prediction p = best.get(0);
    String label = p.label().startsWith(PREFIX) ? p.label().substring(PREFIX.length()) : p.label();
    return new Topic(label, p.probability());
  }

  /** Loads the model now (fails fast on a bad path). */
  public FastTextModel model() {
    FastTextModel m = model;
    if (m == null) {
      m = MODELS.computeIfAbsent(versionKey(modelPath), k -> load(modelPath));
      model = m;
    }
    return m;
  }

  /** fastText reads one example per line: the text as the trainer saw it. */
  static String oneLine(String text) {
    return text.replace('\n', ' ').replace('\r', ' ');
  }

  private static String versionKey(String path) {
    try {
      Path p = Path.of(path);
      return path + "|" + Files.size(p) + "|" + Files.getLastModifiedTime(p).toMillis();
    } catch (IOException e) {
      throw new UncheckedIOException("domains.model: cannot read topic model " + path + ": " + e.getMessage(), e);
    }
  }

  private static FastTextModel load(String path) {
    try {
      return FastTextModel.load(Path.of(path));
    } catch (IOException e) {
      throw new UncheckedIOException("domains.model: cannot load topic model " + path + ": " + e.getMessage(), e);
    }
  }
}
