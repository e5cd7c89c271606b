// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters;

import dev.curate.core.doc.FilterResult;
import dev.curate.filters.lid.LanguageId;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Keeps documents in the wanted languages whose language score reaches the threshold.
 *
 * <p>FineWeb keeps English at a fastText lid.176 score of at least 0.65; FineWeb2 sets a
 * threshold per language. Signals: {@code language.score}.
 */
public final class LanguageFilter implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final String NAME = "language";
  /** The document's language is not one of {@code filter.language.languages}. */
  public static final String UNWANTED_LANGUAGE = NAME + ".unwanted_language";
  /** The language score is below the threshold for that language. */
  public static final String LOW_SCORE = NAME + ".low_score";

  private final LanguageSettings settings;
  private final Set<String> wanted;

  public LanguageFilter(LanguageSettings settings) {
    this.settings = settings;
    this.wanted = new HashSet<>(settings.languages());
  }

  public FilterResult apply(LanguageId id) {
    Map<String, Double> signals = Map.of(NAME + ".score", (double) id.score());
    if (!wanted.isEmpty() && !wanted.contains(id.lang())) {
      return FilterResult.drop(UNWANTED_LANGUAGE, signals);
    }
    if (id.score() < settings.minScoreFor(id.lang())) {
      return FilterResult.drop(LOW_SCORE, signals);
    }
    return FilterResult.keep(signals);
  }
}
