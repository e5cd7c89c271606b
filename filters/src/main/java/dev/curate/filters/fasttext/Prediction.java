// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.fasttext;

import java.util.Objects;

/**
 * One predicted label with its probability, as printed by {@code fasttext predict-prob}.
 *
 * <p><b>NOTE</b>: like the reference, {@code probability} is {@code exp(log(p + 1e-5))}, so it is
 * about {@code 1e-5} above the model's probability and can slightly exceed 1.
 *
 * @param label the full label, e.g. {@code __label__en}
 * @param probability the reference's printed probability, before rounding to 6 digits
 */
public record Prediction(String label, float probability) {
  public Prediction {
    Objects.requireNonNull(label, "label");
  }
}
