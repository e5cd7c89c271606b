// SPDX-License-Identifier: Apache-2.0
package dev.curate.sample;

import java.util.Locale;

/** The kind of one page in the sample crawl, as recorded in {@code truth.jsonl}. */
public enum PageKind {
  /**
   * An HTML article built from one corpus text (Europarl lines of one language cut to whole
   * sentences, at least 5 sentences and 120 words), with site boilerplate around it.
   */
  NORMAL(147),
  /** Same title and main text as an earlier normal page, on another URL (often another host). */
  EXACT_DUPLICATE(8),
  /** A normal page's main text with a known share of its words replaced, inserted or deleted. */
  NEAR_DUPLICATE(10),
  /** A listing, login or tag page: site boilerplate and links only, no main content. */
  BOILERPLATE_ONLY(6),
  /** A few keywords repeated many times. */
  SPAM(6),
  /** An article of one sentence. */
  SHORT(6),
  /** application/pdf, image/png, application/json or text/plain. */
  NON_HTML(8),
  /** 301 (with Location), 404 or 500. */
  NON_200(6),
  /** A defective record: garbage gzip member, invalid WARC-Date, broken chunked encoding, truncation. */
  MALFORMED(3);

  /** Pages of each kind in every block of {@link #BLOCK} consecutive pages (the default shares). */
  final int perBlock;

  /** Kinds are dealt out in blocks of this many pages, shuffled per block. */
  static final int BLOCK = 200;

  PageKind(int perBlock) {
    this.perBlock = perBlock;
  }

  /** The snake_case name used in truth.jsonl and SUMMARY.json. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
