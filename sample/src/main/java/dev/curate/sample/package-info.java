// SPDX-License-Identifier: Apache-2.0
/** Deterministic sample crawl: realistic WARC files built from real multilingual prose, with ground truth. */
package dev.curate.sample;
