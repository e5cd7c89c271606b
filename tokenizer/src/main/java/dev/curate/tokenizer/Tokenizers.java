// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer;

import java.util.List;

/** Builds a {@link Tokenizer} from the name a config or manifest gives. */
public final class Tokenizers {
  /** The tiktoken encodings {@link #byName} knows. */
  public static final List<String> TIKTOKEN_NAMES = List.of("r50k_base", "cl100k_base", "o200k_base");

  private Tokenizers() {}

  /**
   * The tokenizer called {@code name}: a tiktoken encoding ({@code r50k_base}, {@code
   * cl100k_base}, {@code o200k_base}).
   *
   * @throws IllegalArgumentException naming the known tokenizers when {@code name} is unknown
   */
  public static Tokenizer byName(String name) {
    if (TIKTOKEN_NAMES.contains(name)) {
      return new JtokkitTokenizer(name);
    }
    throw new IllegalArgumentException(
        "unknown tokenizer '" + name + "'; known: " + String.join(", ", TIKTOKEN_NAMES));
  }
}
