// SPDX-License-Identifier: Apache-2.0
/**
 * Our byte-level BPE engine: pre-tokenizer scanners for the known split patterns (regex fallback
 * for others), vocabulary and merge tables, the merge loop, and loaders for tiktoken rank files
 * and Hugging Face {@code tokenizer.json}. See docs/TOKENIZER.md.
 */
package dev.curate.tokenizer.bpe;
