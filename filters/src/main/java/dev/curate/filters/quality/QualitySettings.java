// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.quality;

import dev.curate.core.config.Check;
import java.io.Serializable;

/**
 * The fastText quality model of the filter stage ({@code filter.quality}).
 *
 * @param model path of a fastText supervised model ({@code .bin} or {@code .ftz}, from {@code
 *     curate train-quality} or C++ fastText); null: no model, no {@code quality_score}
 * @param label the model's label for good documents; {@code quality_score} is its probability
 * @param threshold keep documents whose score is at least this (null: no threshold)
 * @param keepTopFraction keep this fraction of the documents that passed every other rule, the
 *     highest-scoring ones (DCLM keeps its top 10%: 0.1); null: no cut
 */
public record QualitySettings(String model, String label, Double threshold, Double keepTopFraction)
    implements Serializable {
  public static final String DEFAULT_LABEL = "__label__hq";

  public QualitySettings {
    label = label == null ? DEFAULT_LABEL : label;
    if (!label.startsWith("__label__")) {
      throw new IllegalArgumentException(
          "filter.quality.label: must start with __label__, got '" + label + "'");
    }
    if (model != null) {
      Check.nonBlank("filter.quality.model", model);
    }
    if (threshold != null) {
      Check.between("filter.quality.threshold", threshold, 0, 1);
    }
    if (keepTopFraction != null) {
      if (!(keepTopFraction > 0 && keepTopFraction <= 1)) {
        throw new IllegalArgumentException(
            "filter.quality.keep_top_fraction: must be in (0, 1], got " + keepTopFraction);
      }
    }
    if (model == null && (threshold != null || keepTopFraction != null)) {
      throw new IllegalArgumentException(
          "filter.quality.model: is required when threshold or keep_top_fraction is set");
    }
    if (threshold != null && keepTopFraction != null) {
      throw new IllegalArgumentException(
          "filter.quality: set threshold or keep_top_fraction, not both");
    }
  }

  /** No quality model. */
  public static QualitySettings none() {
    return new QualitySettings(null, DEFAULT_LABEL, null, null);
  }

  public boolean enabled() {
    return model != null;
  }
}
