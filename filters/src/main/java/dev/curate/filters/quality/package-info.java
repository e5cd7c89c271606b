// SPDX-License-Identifier: Apache-2.0
/**
 * The model-based quality filter: a fastText classifier (trained here, DCLM-style, or supplied by
 * the user) scores each document; documents are kept by a score threshold or as a top fraction.
 */
package dev.curate.filters.quality;
