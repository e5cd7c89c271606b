// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.tokenize;

import dev.curate.tokenizer.Tokenizer;
import dev.curate.tokenizer.Tokenizers;
import java.util.concurrent.ConcurrentHashMap;

/** One tokenizer per name per JVM: vocabularies are large, and tokenizers are thread-safe. */
public final class TokenizerCache {
  private static final ConcurrentHashMap<String, Tokenizer> BY_NAME = new ConcurrentHashMap<>();

  private TokenizerCache() {}

  public static Tokenizer get(String name) {
    return BY_NAME.computeIfAbsent(name, Tokenizers::byName);
  }

  /** The tokenizer called {@code name}, loaded by {@code loader} the first time in this JVM. */
  static Tokenizer get(String name, java.util.function.Supplier<Tokenizer> loader) {
    return BY_NAME.computeIfAbsent(name, n -> loader.get());
  }
}
