// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.extract;

import dev.curate.extract.ExtractResult;
import java.sql.Timestamp;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The extract stage's Spark schemas and the one place where {@link ExtractResult} becomes a Row.
 *
 * <p>{@link #ALL} has every field; the kept documents are written with {@link #DOCUMENT_COLUMNS}
 * (the document contract of the README) and the rejected records with {@link
 * #REJECTED_COLUMNS}.
 */
public final class ExtractRows {
  public static final StructType ALL =
      new StructType()
          .add("doc_id", DataTypes.StringType)
          .add("url", DataTypes.StringType)
          .add("host", DataTypes.StringType)
          .add("crawl_date", DataTypes.TimestampType)
          .add("source", DataTypes.StringType)
          .add("offset", DataTypes.LongType, false)
          .add("warc_type", DataTypes.StringType)
          .add("warc_record_id", DataTypes.StringType)
          .add("title", DataTypes.StringType)
          .add("text", DataTypes.StringType)
          .add("content_type", DataTypes.StringType)
          .add("charset", DataTypes.StringType)
          .add("payload_bytes", DataTypes.LongType, false)
          .add("text_bytes", DataTypes.LongType, false)
          .add("reason", DataTypes.StringType)
          .add("detail", DataTypes.StringType);

  /** Columns of a kept document, in order. */
  public static final String[] DOCUMENT_COLUMNS = {
    "doc_id", "url", "host", "crawl_date", "source", "warc_record_id", "title", "text",
    "content_type", "charset", "payload_bytes", "text_bytes"
  };

  /** Columns of a rejected record, in order: where it was, what it was, why it was dropped. */
  public static final String[] REJECTED_COLUMNS = {
    "source", "offset", "warc_type", "warc_record_id", "doc_id", "url", "host", "crawl_date",
    "content_type", "payload_bytes", "reason", "detail"
  };

  private ExtractRows() {}

  public static Row toRow(ExtractResult r) {
    return RowFactory.create(
        r.docId(),
        r.url(),
        r.host(),
        r.crawlDate() == null ? null : Timestamp.from(r.crawlDate()),
        r.source(),
        r.offset(),
        r.warcType(),
        r.warcRecordId(),
        r.title(),
        r.text(),
        r.contentType(),
        r.charset(),
        r.payloadBytes(),
        r.textBytes(),
        r.reason(),
        r.detail());
  }
}
