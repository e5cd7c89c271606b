// SPDX-License-Identifier: Apache-2.0
/**
 * A pure-Java reader and predictor for fastText supervised models ({@code .bin} and quantized
 * {@code .ftz}) whose predictions match the reference C++ fastText 0.9.2 {@code predict-prob}.
 */
package dev.curate.filters.fasttext;
