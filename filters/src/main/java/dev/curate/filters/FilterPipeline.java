// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters;

import dev.curate.core.doc.Document;
import dev.curate.core.doc.DocumentFilter;
import dev.curate.core.doc.FilterResult;
import dev.curate.filters.heuristic.C4QualityFilter;
import dev.curate.filters.heuristic.FilterChain;
import dev.curate.filters.heuristic.FilterSpec;
import dev.curate.filters.lid.LanguageId;
import dev.curate.filters.lid.LanguageIdAnnotator;
import dev.curate.filters.quality.QualityScorer;
import dev.curate.filters.quality.QualitySettings;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the filter stage does to one document, in order: language ID (annotate), the
 * language rule, then the configured rules; the first failing check wins.
 *
 * <p>Language ID runs first because the rules split words by language (CJK and Thai are not
 * split on spaces). Serializable and cheap to ship: the model loads lazily, once per JVM.
 */
public final class FilterPipeline implements Serializable {
  private static final long serialVersionUID = 1L;

  private final LanguageIdAnnotator lid;
  private final LanguageFilter language;
  private final FilterChain rules;
  private final QualityScorer quality; // null: no quality model
  private final Double qualityThreshold; // null: score only

  /** Reason of a document whose quality score is below {@code filter.quality.threshold}. */
  public static final String QUALITY_BELOW_THRESHOLD = "quality.below_threshold";
  /** Reason of a document outside {@code filter.quality.keep_top_fraction} (set by the stage). */
  public static final String QUALITY_BELOW_TOP_FRACTION = "quality.below_top_fraction";

  /**
   * The outcome for one document: its language, the verdict with all signals measured, its text
   * after the rules (C4 removes lines, as datatrove's C4 filter does), and its quality score (null
   * without a quality model).
   */
  public record Verdict(
      LanguageId language, String reason, Map<String, Double> signals, String text, Float qualityScore) {
    public boolean kept() {
      return reason == null;
    }
  }

  /**
   * @param settings the stage settings
   * @param modelPath the language-ID model file (resolved by the caller: config or cache)
   */
  public FilterPipeline(FilterSettings settings, String modelPath) {
    this(settings.language(), build(settings.rules()), modelPath, settings.quality(), settings.quality().model());
  }

  /**
   * @param language which languages to keep
   * @param rules the built rules, in order (filters are serializable; specs need not be)
   * @param modelPath the language-ID model file
   */
  public FilterPipeline(LanguageSettings language, List<DocumentFilter> rules, String modelPath) {
    this(language, rules, modelPath, QualitySettings.none(), null);
  }

  /**
   * @param quality the quality-model settings
   * @param qualityModelPath where the quality model is on this machine (the stage ships it to
   *     executors; null when {@code quality} has no model)
   */
  public FilterPipeline(
      LanguageSettings language,
      List<DocumentFilter> rules,
      String modelPath,
      QualitySettings quality,
      String qualityModelPath) {
    this.lid = new LanguageIdAnnotator(modelPath);
    this.language = new LanguageFilter(language);
    this.rules = FilterChain.of(rules);
    this.quality = quality.enabled() ? new QualityScorer(qualityModelPath, quality.label()) : null;
    this.qualityThreshold = quality.threshold();
  }

  /** Builds the configured rules. */
  public static List<DocumentFilter> build(List<FilterSpec> specs) {
    List<DocumentFilter> built = new ArrayList<>();
    for (FilterSpec spec : specs) {
      built.add(spec.build());
    }
    return built;
  }

  public Verdict apply(Document doc) {
    LanguageId id = lid.annotate(doc.text());
    FilterResult byLanguage = language.apply(id);
    if (!byLanguage.kept()) {
      return scored(id, byLanguage.reason(), new LinkedHashMap<>(byLanguage.signals()), doc.text());
    }
    Map<String, Double> signals = new LinkedHashMap<>(byLanguage.signals());
    Document current = doc.withLang(id.lang());
    for (DocumentFilter rule : rules.filters()) {
      FilterResult r = rule.apply(current);
      signals.putAll(r.signals());
      if (!r.kept()) {
        return scored(id, r.reason(), signals, current.text());
      }
      if (rule instanceof C4QualityFilter) {
        // datatrove's C4 filter edits the text (drops javascript/policy/short lines) and the
        // rules after it see the edited text; FineWeb's output is that text.
        current = ((C4QualityFilter) rule).cleaner().apply(current);
      }
    }
    return scored(id, null, signals, current.text());
  }

  /**
   * Adds the quality score, if there is a model. Every document is scored, the dropped ones too
   * (so thresholds can be tuned from {@code rejected/}); the threshold only judges documents that
   * passed everything else, and an earlier reason stays the reason.
   */
  private Verdict scored(LanguageId id, String reason, Map<String, Double> signals, String text) {
    if (quality == null) {
      return new Verdict(id, reason, signals, text, null);
    }
    float score = quality.score(text);
    signals.put("quality_score", (double) score);
    if (reason == null && qualityThreshold != null && score < qualityThreshold) {
      reason = QUALITY_BELOW_THRESHOLD;
    }
    return new Verdict(id, reason, signals, text, score);
  }

  /** The rules in order, for the start-up log. */
  public String describe() {
    return "language_id -> "
        + LanguageFilter.NAME
        + " -> "
        + rules
        + (quality == null
            ? ""
            : " -> " + quality + (qualityThreshold == null ? "" : " >= " + qualityThreshold));
  }
}
