// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.dedup;

import dev.curate.sample.EuroparlText;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A deterministic synthetic crawl of any size for the dedup benchmarks, generated on the
 * executors (nothing is built on the driver): documents of 6–14 Europarl sentences; a share of
 * them are near-duplicates of an earlier original (each word replaced with probability up to
 * {@code maxEdit}), so families with known members exist at every scale; optionally a giant
 * templated cluster (one template plus a per-page item number).
 *
 * <p>Columns: {@code doc_id, url, text, quality_score, crawl_date, family} ({@code family} is
 * the original's index, or -1 for the template pages).
 */
public final class SyntheticCrawl implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long docs;
  private final double duplicateShare;
  private final double maxEdit;
  private final long giant;
  private final long seed;

  public SyntheticCrawl(long docs, double duplicateShare, double maxEdit, long giant, long seed) {
    this.docs = docs;
    this.duplicateShare = duplicateShare;
    this.maxEdit = maxEdit;
    this.giant = giant;
    this.seed = seed;
  }

  public static StructType schema() {
    return new StructType()
        .add("doc_id", DataTypes.StringType, false)
        .add("url", DataTypes.StringType)
        .add("text", DataTypes.StringType)
        .add("quality_score", DataTypes.DoubleType)
        .add("crawl_date", DataTypes.StringType)
        .add("family", DataTypes.LongType);
  }

  public Dataset<Row> generate(SparkSession spark, int partitions) {
    return spark.range(0, docs + giant, 1, partitions)
        .mapPartitions((MapPartitionsFunction<Long, Row>) this::rows, Encoders.row(schema()));
  }

  private Iterator<Row> rows(Iterator<Long> ids) {
    List<String> sentences = EuroparlText.sentences();
    String template = giant > 0 ? original(-1, sentences) : null;
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return ids.hasNext();
      }

      @Override
      public Row next() {
        long i = ids.next();
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        String text;
        long family;
        if (i >= docs) {
          long item = i - docs;
          text = template + " Item number " + item + ".";
          family = -1;
        } else if (i > 0 && r.nextDouble() < duplicateShare) {
          family = i - 1 - r.nextLong(Math.min(i, 1000));
          text = edit(original(family, sentences), r.nextDouble() * maxEdit, r, sentences);
        } else {
          family = i;
          text = original(i, sentences);
        }
        return RowFactory.create(
            String.format("%016x", i), "https://site" + (i % 5000) + ".example/page/" + i, text,
            r.nextDouble(), "2024-07-01T00:00:00Z", family);
      }
    };
  }

  private String original(long i, List<String> sentences) {
    SplittableRandom r = new SplittableRandom(seed ^ (i * 0xBF58476D1CE4E5B9L + 7));
    int n = 6 + r.nextInt(9);
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < n; k++) {
      b.append(sentences.get(r.nextInt(sentences.size()))).append(k % 4 == 3 ? "\n\n" : " ");
    }
    return b.toString().strip();
  }

  private static String edit(String text, double rate, SplittableRandom r, List<String> sentences) {
    String[] words = text.split(" ");
    for (int k = 0; k < words.length; k++) {
      if (r.nextDouble() < rate) {
        String[] other = sentences.get(r.nextInt(sentences.size())).split(" ");
        words[k] = other[r.nextInt(other.length)];
      }
    }
    return String.join(" ", words);
  }
}
