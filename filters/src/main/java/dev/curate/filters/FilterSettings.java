// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters;

import dev.curate.core.config.Check;
import dev.curate.filters.heuristic.FilterSpec;
import dev.curate.filters.quality.QualitySettings;
import java.io.Serializable;
import java.util.List;

/**
 * Settings of the filter stage: language ID and the heuristic rules, applied in the order given.
 *
 * @param language language identification and the languages kept
 * @param rules heuristic and URL filters, first failing one wins (see {@link FilterSpec})
 * @param quality the fastText quality model, applied after the rules (none by default)
 */
public record FilterSettings(LanguageSettings language, List<FilterSpec> rules, QualitySettings quality)
    implements Serializable {
  public FilterSettings {
    Check.required("filter.language", language);
    rules = rules == null ? List.of() : List.copyOf(rules);
    quality = quality == null ? QualitySettings.none() : quality;
  }

  public FilterSettings(LanguageSettings language, List<FilterSpec> rules) {
    this(language, rules, QualitySettings.none());
  }
}
