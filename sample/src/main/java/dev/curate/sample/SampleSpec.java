// SPDX-License-Identifier: Apache-2.0
package dev.curate.sample;

/**
 * What to generate: how many pages, from which seed, and how many pages per WARC file.
 *
 * @param docs number of pages (one HTTP response each, whatever its kind); must be >= 1
 * @param seed seed for every choice the generator makes; the same spec gives byte-identical output
 * @param docsPerFile pages per {@code .warc.gz} file; must be >= 1
 */
public record SampleSpec(int docs, long seed, int docsPerFile) {
  public SampleSpec {
    if (docs < 1) {
      throw new IllegalArgumentException("docs must be >= 1, got " + docs);
    }
    if (docsPerFile < 1) {
      throw new IllegalArgumentException("docsPerFile must be >= 1, got " + docsPerFile);
    }
  }

  /** 3000 pages, seed 42, 500 pages per file: six files, a few seconds to write. */
  public static SampleSpec defaults() {
    return new SampleSpec(3000, 42, 500);
  }

  /** Number of WARC files this spec writes. */
  public int files() {
    return (int) ((docs + (long) docsPerFile - 1) / docsPerFile);
  }
}
