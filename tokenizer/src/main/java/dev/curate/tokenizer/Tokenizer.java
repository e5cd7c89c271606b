// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer;

/**
 * A byte-exact text tokenizer: the same ids, for every input, as the reference implementation
 * the model was trained with (tiktoken for the OpenAI encodings, Hugging Face tokenizers for
 * {@code tokenizer.json} files).
 *
 * <p>Implementations are immutable and thread-safe, so one instance serves every task of an
 * executor. {@link #encode} treats its input as ordinary text: strings that look like special
 * tokens ({@code <|endoftext|>}) are encoded as text, never as the special id, so a crawled page
 * cannot inject document boundaries.
 */
public interface Tokenizer {

  /** Stable name recorded in manifests, e.g. {@code cl100k_base} or {@code hf:llama3}. */
  String name();

  /** Number of ids the model's embedding must cover (ordinary plus special tokens). */
  int vocabSize();

  /**
   * Hex SHA-256 over what decides the ids (vocabulary, merges, pre-tokenizer pattern, special
   * tokens), so that a manifest pins the exact vocabulary, not just a name.
   */
  String fingerprint();

  /** Token ids of {@code text}, as ordinary text (no special-token parsing). */
  int[] encode(String text);

  /**
   * Appends the ids {@link #encode} gives for {@code text} to {@code out}; implementations
   * override it to skip the intermediate array.
   */
  default void encodeTo(String text, IntList out) {
    out.addAll(encode(text));
  }

  /** Text of {@code ids}; bytes that do not form valid UTF-8 decode to U+FFFD. */
  String decode(int[] ids);

  /** Where document boundaries go when documents are concatenated for packing. */
  DocumentBoundary boundary();
}
