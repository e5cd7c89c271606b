// SPDX-License-Identifier: Apache-2.0
package dev.curate.sample;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Everything about the crawl that is a pure function of the spec and a page index: kind, source
 * line, article, original of a duplicate, fetch time and record ids. Any page can be planned alone,
 * so files are generated in parallel and the output does not depend on the thread count.
 *
 * <p>Kinds are dealt in blocks of {@link PageKind#BLOCK} pages holding exactly {@link
 * PageKind#perBlock} pages of each kind, shuffled per block. Page {@code i} owns corpus text
 * {@code perm[i mod N]} (one or more Europarl lines, see {@link Corpus}), so no two pages share
 * text by accident until the crawl exceeds the N texts (about 8,300); beyond that texts are reused
 * (truth records {@code source_line}, the text's first line).
 */
final class CrawlPlan {
  static final long SALT_KIND = 1, SALT_PAGE = 2, SALT_ARTICLE = 3, SALT_ORIGINAL = 4, SALT_EDIT = 5,
      SALT_LINES = 6, SALT_BODY = 7;
  static final double[] EDIT_RATES = {0.01, 0.03, 0.05, 0.10, 0.20};
  /** Length of the crawl window, seconds: two weeks. */
  static final long WINDOW = 14L * 24 * 3600;
  private static final PageKind[] KINDS = PageKind.values();
  /** Duplicates look this far back for their original. */
  private static final int LOOKBACK = 5000;

  final SampleSpec spec;
  final long seed;
  final Corpus corpus;
  final List<Sites.Site> sites;
  final Instant windowStart;
  final String crawlName;
  private final int[] linePerm;

  CrawlPlan(SampleSpec spec, Corpus corpus) {
    this.spec = spec;
    this.seed = spec.seed();
    this.corpus = corpus;
    this.sites = Sites.generate(seed);
    int month = 1 + (int) Math.floorMod(seed, 12L);
    this.windowStart = LocalDate.of(2024, month, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    this.crawlName = String.format(java.util.Locale.ROOT, "CURATE-SAMPLE-2024-%02d", month);
    int n = corpus.size();
    linePerm = new int[n];
    for (int i = 0; i < n; i++) {
      linePerm[i] = i;
    }
    SplittableRandom r = Seeds.rng(seed, 0, SALT_LINES);
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = linePerm[i];
      linePerm[i] = linePerm[j];
      linePerm[j] = t;
    }
  }

  /** Kinds of the pages of block {@code b}, as ordinals of {@link PageKind}. */
  private byte[] block(long b) {
    byte[] k = new byte[PageKind.BLOCK];
    int p = 0;
    for (PageKind kind : KINDS) {
      for (int j = 0; j < kind.perBlock; j++) {
        k[p++] = (byte) kind.ordinal();
      }
    }
    SplittableRandom r = Seeds.rng(seed, b, SALT_KIND);
    for (int i = k.length - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      byte t = k[i];
      k[i] = k[j];
      k[j] = t;
    }
    return k;
  }

  /** The planned kind of page {@code i}; the last page of a crawl of 100+ pages is truncated. */
  PageKind kind(long i) {
    if (truncated(i)) {
      return PageKind.MALFORMED;
    }
    return KINDS[block(i / PageKind.BLOCK)[(int) (i % PageKind.BLOCK)]];
  }

  /** How many pages of the same kind precede page {@code i} in its block: picks sub-kinds in turn. */
  int ordinal(long i) {
    byte[] k = block(i / PageKind.BLOCK);
    int pos = (int) (i % PageKind.BLOCK);
    int n = 0;
    for (int j = 0; j < pos; j++) {
      if (k[j] == k[pos]) {
        n++;
      }
    }
    return n;
  }

  boolean truncated(long i) {
    return spec.docs() >= 100 && i == spec.docs() - 1;
  }

  /** Index into the corpus of the text page {@code i} owns. */
  int line(long i) {
    return linePerm[(int) (i % linePerm.length)];
  }

  /** The article a normal page {@code i} shows; duplicates recompute it from the original's index. */
  Article article(long i) {
    return Articles.article(corpus.line(line(i)), Seeds.rng(seed, i, SALT_ARTICLE));
  }

  /**
   * A normal page for duplicate {@code i} to copy: an earlier one within {@link #LOOKBACK} pages if
   * one is found, else a later one, else -1 (then the duplicate is written as a normal page).
   */
  long original(long i) {
    SplittableRandom r = Seeds.rng(seed, i, SALT_ORIGINAL);
    long lo = Math.max(0, i - LOOKBACK);
    for (int t = 0; t < 64 && i > lo; t++) {
      long o = lo + r.nextLong(i - lo);
      if (kind(o) == PageKind.NORMAL) {
        return o;
      }
    }
    for (long o = i + 1; o < Math.min(spec.docs(), i + 2L * PageKind.BLOCK); o++) {
      if (kind(o) == PageKind.NORMAL) {
        return o;
      }
    }
    return -1;
  }

  /** Fetch time of page {@code i}: spread over the window in page order, plus up to a minute. */
  Instant fetchTime(long i) {
    long base = (long) ((double) i / spec.docs() * WINDOW);
    return windowStart.plusSeconds(base + Seeds.rng(seed, i, SALT_BODY).nextInt(60));
  }

  String responseId(long i) {
    return Seeds.recordId(seed, "response", i);
  }

  String requestId(long i) {
    return Seeds.recordId(seed, "request", i);
  }

  String metadataId(long i) {
    return Seeds.recordId(seed, "metadata", i);
  }

  String warcinfoId(int file) {
    return Seeds.recordId(seed, "warcinfo", file);
  }

  static String fileName(int file) {
    return String.format(java.util.Locale.ROOT, "sample-%05d.warc.gz", file);
  }
}
