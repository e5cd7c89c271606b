// SPDX-License-Identifier: Apache-2.0
/**
 * Packing of tokenized documents into fixed-length rows of {@code seq_len + 1} tokens with the
 * offsets where documents begin, cut into pieces that can be produced in parallel and joined by
 * global token position.
 */
package dev.curate.tokenizer.pack;
