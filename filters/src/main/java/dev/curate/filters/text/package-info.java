// SPDX-License-Identifier: Apache-2.0
/**
 * Language-aware text splitting (words, lines, paragraphs, sentences) and the per-document
 * {@link dev.curate.filters.text.AnalyzedText} that heuristic rules and MinHash shingling share, so
 * that a "word" means the same thing in Chinese, Japanese or Thai as in English.
 */
package dev.curate.filters.text;
