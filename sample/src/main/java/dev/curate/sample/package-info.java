// SPDX-License-Identifier: Apache-2.0
/**
 * Deterministic sample crawl: realistic WARC files built from real multilingual prose, with ground
 * truth. Entry point: {@link dev.curate.sample.SampleCrawl#write}.
 *
 * <p><b>truth.jsonl</b>: one object per page (response record) in record order, every field
 * always present (null when it does not apply): {@code record_id} (WARC-Record-ID of the response,
 * with angle brackets), {@code url}, {@code host}, {@code file}, {@code offset}/{@code length} (the
 * response's gzip member in the file, as in a CDX index), {@code warc_date}, {@code kind} (a
 * {@link dev.curate.sample.PageKind} label), {@code defect} ({@code garbage_gzip_member},
 * {@code invalid_warc_date}, {@code broken_chunked}, {@code truncated_file}), {@code template},
 * {@code title} (the page's h1, also first in its title element), {@code topic} (the Europarl
 * debate title), {@code main_text} (body paragraphs, subheadings, list items and table rows with
 * cells joined by {@code " | "}, blocks joined by a blank line; title excluded; empty for
 * boilerplate-only, non-HTML, non-200 and garbage pages), {@code dup_of} (record id of the
 * original), {@code edit_rate} and {@code edits} (near-duplicates), {@code http_status},
 * {@code location} (301), {@code content_type} (without parameters), {@code charset} (the real
 * encoding of the body), {@code charset_declared} ({@code header}, {@code meta}, {@code both},
 * {@code none}), {@code content_encoding} ({@code gzip} or null), {@code chunked}, {@code
 * source_line} (0-based Europarl line; for pages built from Europarl text, the first line of the
 * text, which may go on with further lines of the same language).
 */
package dev.curate.sample;
