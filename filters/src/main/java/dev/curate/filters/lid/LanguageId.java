// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.lid;

import java.util.Objects;

/**
 * Language identification result for one document.
 *
 * @param lang ISO 639 code predicted by lid.176 without the {@code __label__} prefix (e.g. {@code
 *     en}, {@code zh}, {@code arz}), or {@link #UNDETERMINED}
 * @param score probability of {@code lang}, as {@code fasttext predict-prob} prints it
 * @param script ISO 15924 code of the dominant script of the letters, see {@link DominantScript}
 */
public record LanguageId(String lang, float score, String script) {
  /** BCP 47 "undetermined", for text that yields no prediction. */
  public static final String UNDETERMINED = "und";

  public LanguageId {
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(script, "script");
  }
}
