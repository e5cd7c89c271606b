// SPDX-License-Identifier: Apache-2.0
package dev.curate.core.config;

/**
 * The bundled sample crawl that {@code curate demo} generates once and caches.
 *
 * @param docs pages to generate, >= 1
 * @param seed generator seed; the same seed writes byte-identical files
 * @param docsPerFile pages per {@code .warc.gz} file, >= 1
 */
public record SampleSettings(int docs, long seed, int docsPerFile) implements java.io.Serializable {
  public SampleSettings {
    Check.positive("sample.docs", docs);
    Check.positive("sample.docs_per_file", docsPerFile);
  }
}
