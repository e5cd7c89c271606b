// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.fasttext;

import java.util.Objects;

/**
 * One training example: a label (with its prefix, e.g. {@code __label__hq}) and a text, read as one
 * line exactly as {@link FastTextModel#predict} reads it.
 */
public record LabelledText(String label, String text) {
  public LabelledText {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(text, "text");
    if (!label.startsWith("__label__") || label.length() == 9 || label.chars().anyMatch(c -> c <= ' ')) {
      throw new IllegalArgumentException(
          "label '" + label + "' must be __label__ followed by a name without spaces");
    }
  }
}
