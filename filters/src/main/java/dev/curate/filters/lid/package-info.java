// SPDX-License-Identifier: Apache-2.0
/**
 * Language identification of documents with fastText's lid.176 model, plus the dominant Unicode
 * script of their letters.
 */
package dev.curate.filters.lid;
