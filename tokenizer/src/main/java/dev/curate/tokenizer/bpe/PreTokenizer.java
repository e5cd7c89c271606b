// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.bpe;

import dev.curate.tokenizer.IntList;

/**
 * Splits text into the pieces BPE merges within (the "pre-tokens"): the regex split of tiktoken
 * and of a {@code tokenizer.json} pre-tokenizer. Stateless and thread-safe.
 */
interface PreTokenizer {

  /**
   * Appends to {@code ends} the end offset of every piece of {@code text[0, length)}, in order;
   * the pieces cover the text (unmatched gaps are pieces too, as Hugging Face's {@code Isolated}
   * split behaviour keeps them).
   *
   * @param text UTF-16 text without lone surrogates
   */
  void split(char[] text, int length, IntList ends);

  /** The pattern this pre-tokenizer implements, for fingerprints and messages. */
  String pattern();
}
