// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.quality;

import dev.curate.filters.fasttext.FastTextModel;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scores a document with a fastText quality classifier: the probability of the good label for the
 * text read as one line, exactly as DCLM scores ({@code model.predict(text.replace("\n", " "))})
 * and as {@code fasttext predict-prob} prints it.
 *
 * <p>The model loads lazily, once per JVM per file version (path, size and modification time, so a
 * retrained model at the same path is picked up), and is shared by all threads.
 */
public final class QualityScorer implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<String, FastTextModel> MODELS = new ConcurrentHashMap<>();

  private final String modelPath;
  private final String label;
  private transient volatile FastTextModel model;
  private transient int labelIndex; // written before model, read after it

  public QualityScorer(String modelPath, String label) {
    this.modelPath = Objects.requireNonNull(modelPath, "modelPath");
    this.label = Objects.requireNonNull(label, "label");
  }

  /** The probability of the good label, in [0, 1]. */
  public float score(String text) {
    FastTextModel m = model();
    return m.probability(text, labelIndex);
  }

  /** Loads the model now (fails fast on a bad path or a missing label). */
  public FastTextModel model() {
    FastTextModel m = model;
    if (m == null) {
      m = MODELS.computeIfAbsent(versionKey(modelPath), k -> load(modelPath));
      labelIndex = m.labelIndex(label); // a model without the label fails here, naming its labels
      model = m;
    }
    return m;
  }

  private static String versionKey(String path) {
    try {
      Path p = Path.of(path);
      return path + "|" + Files.size(p) + "|" + Files.getLastModifiedTime(p).toMillis();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read quality model " + path + ": " + e.getMessage(), e);
    }
  }

  private static FastTextModel load(String path) {
    try {
      return FastTextModel.load(Path.of(path));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load quality model: " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "quality[" + modelPath + ", " + label + "]";
  }
}
