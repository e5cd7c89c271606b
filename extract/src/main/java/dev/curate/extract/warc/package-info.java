// SPDX-License-Identifier: Apache-2.0
/**
 * Streaming, fault-tolerant reading of WARC, WET and ARC files (plain or gzip), one {@link
 * dev.curate.extract.warc.WarcEntry} per record or per bad stretch of the file, with the HTTP
 * payload de-chunked and decompressed. Bad input never throws: it becomes an entry with an error.
 */
package dev.curate.extract.warc;
