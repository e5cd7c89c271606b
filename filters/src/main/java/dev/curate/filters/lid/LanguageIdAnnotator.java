// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.lid;

import dev.curate.filters.fasttext.FastTextModel;
import dev.curate.filters.fasttext.Prediction;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Annotates a document with its language ({@code lang}, {@code lang_score}) from fastText's lid.176
 * model, and the dominant script of its letters.
 *
 * <p>Normalisation: the text is predicted as <em>one line</em>, with every {@code '\n'} read as a
 * space, exactly as FineWeb/datatrove call fastText ({@code model.predict(text.replace("\n", "
 * "))}). Nothing else is changed: no lower-casing, no Unicode normalisation, no truncation. Scores
 * therefore equal {@code fasttext predict-prob lid.176.ftz} on that line.
 *
 * <p>The model is loaded lazily, once per JVM and path, on first use (it is {@code transient}, so
 * the annotator itself ships cheaply in Spark closures). Thread-safe.
 *
 * <p>Model: Joulin et al. 2016, https://fasttext.cc/docs/en/language-identification.html (CC BY-SA
 * 3.0).
 */
public final class LanguageIdAnnotator implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final String NAME = "language_id";
  private static final String LABEL_PREFIX = "__label__";
  private static final Map<String, FastTextModel> MODELS = new ConcurrentHashMap<>();

  private final String modelPath;
  private transient volatile FastTextModel model;

  /**
   * @param modelPath path of {@code lid.176.ftz} (or {@code lid.176.bin}) on every executor, e.g.
   *     from {@code dev.curate.filters.fasttext.ModelCache#lid176()}
   */
  public LanguageIdAnnotator(String modelPath) {
    this.modelPath = Objects.requireNonNull(modelPath, "modelPath");
    if (modelPath.isBlank()) {
      throw new IllegalArgumentException("modelPath is blank; set the lid.176.ftz path in config");
    }
  }

  /** Language, score and script of {@code text}. */
  public LanguageId annotate(String text) {
    List<Prediction> top = model().predict(text, 1);
    String script = DominantScript.of(text);
    if (top.isEmpty()) {
      return new LanguageId(LanguageId.UNDETERMINED, 0f, script);
    }
    Prediction p = top.get(0);
    String label = p.label();
    String lang = label.startsWith(LABEL_PREFIX) ? label.substring(LABEL_PREFIX.length()) : label;
    return new LanguageId(lang, p.probability(), script);
  }

  /** The shared model, loaded on first call. */
  FastTextModel model() {
    FastTextModel m = model;
    if (m == null) {
      m = MODELS.computeIfAbsent(modelPath, LanguageIdAnnotator::load);
      model = m;
    }
    return m;
  }

  private static FastTextModel load(String path) {
    try {
      return FastTextModel.load(Paths.get(path));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load language-ID model: " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return NAME + "[" + modelPath + "]";
  }
}
