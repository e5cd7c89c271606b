// SPDX-License-Identifier: Apache-2.0
/**
 * Byte-exact tokenizers for the tokenize stage: the {@link dev.curate.tokenizer.Tokenizer}
 * contract, {@link dev.curate.tokenizer.Tokenizers#byName} for tiktoken encodings and Hugging Face
 * {@code tokenizer.json} files, and the document boundary each model expects.
 */
package dev.curate.tokenizer;
