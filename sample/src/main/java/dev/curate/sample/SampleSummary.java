// SPDX-License-Identifier: Apache-2.0
package dev.curate.sample;

import java.nio.file.Path;
import java.util.Map;

/**
 * What {@link SampleCrawl#write} wrote.
 *
 * @param warcDir folder holding {@code sample-NNNNN.warc.gz}
 * @param truthFile {@code truth.jsonl}, one JSON object per page in record order
 * @param files number of WARC files
 * @param records complete WARC records written, all types (garbage and truncated members excluded)
 * @param pagesByKind pages per {@link PageKind#label()}, in {@link PageKind} order, zero counts included
 */
public record SampleSummary(
    Path warcDir, Path truthFile, int files, long records, Map<String, Long> pagesByKind) {
  public SampleSummary {
    pagesByKind = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(pagesByKind));
  }
}
