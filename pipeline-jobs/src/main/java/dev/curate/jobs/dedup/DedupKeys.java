// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.dedup;

import dev.curate.dedup.DedupSettings;
import dev.curate.dedup.ExactKey;
import dev.curate.dedup.UrlKey;
import dev.curate.dedup.minhash.MinHasher;
import dev.curate.dedup.minhash.Shingles;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Computes every duplicate key of a document in one pass ({@code mapPartitions}): exact key, URL
 * key, shingles, MinHash signature and band keys; the survivor-order columns ride along.
 */
final class DedupKeys implements Serializable {
  private static final long serialVersionUID = 1L;

  static final String DOC_ID = "doc_id";
  static final String EXACT_KEY = "exact_key";
  static final String URL_KEY = "url_key";
  static final String SHINGLES = "shingles";
  static final String SIGNATURE = "signature";
  static final String BAND_KEYS = "band_keys";

  private final DedupSettings settings;
  private final MinHasher hasher;

  DedupKeys(DedupSettings settings) {
    this.settings = settings;
    this.hasher = new MinHasher(settings.minhash().settings());
  }

  /** Output of {@link #apply}: the keys, then the order columns. */
  static StructType schema(StructType orderColumns) {
    StructType s =
        new StructType()
            .add(DOC_ID, DataTypes.StringType, false)
            .add(EXACT_KEY, DataTypes.StringType)
            .add(URL_KEY, DataTypes.StringType)
            // Binary, not arrays: Spark would box every element of an array column.
            .add(SHINGLES, DataTypes.BinaryType)
            .add(SIGNATURE, DataTypes.BinaryType)
            .add(BAND_KEYS, DataTypes.createArrayType(DataTypes.LongType, false));
    for (var f : orderColumns.fields()) {
      s = s.add(f);
    }
    return s;
  }

  /**
   * Input: doc_id, text as UTF-8 bytes ({@link #textAsBytes}), url, lang, then the order columns.
   * The text is decoded once into a reused array that both the exact key and the shingles read: as
   * a {@code String} it was copied twice to be made and once more by each of them.
   */
  Iterator<Row> apply(Iterator<Row> rows, int orderCount) {
    return new Iterator<>() {
      private char[] chars = new char[1 << 14];

      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        Row r = rows.next();
        int length = decode(r.isNullAt(1) ? EMPTY : (byte[]) r.get(1));
        String url = r.isNullAt(2) ? null : r.getString(2);
        String lang = r.isNullAt(3) ? null : r.getString(3);
        Object[] v = new Object[6 + orderCount];
        v[0] = r.getString(0);
        v[1] = settings.exact() ? ExactKey.of(chars, length, settings.normalization()) : null;
        v[2] = settings.url() ? UrlKey.of(url) : null;
        if (settings.minhash().enabled()) {
          // In text order, with repeats: the signature does not need them sorted, and only the
          // few candidates' sets are ever compared (LshLinks sorts those); sorting every
          // document's was about a tenth of this pass.
          long[] shingles = Shingles.hashes(chars, length, lang, settings.minhash().shingleSize());
          int[] sig = hasher.signature(shingles);
          if (sig != null) {
            v[3] = pack(shingles);
            v[4] = pack(sig);
            v[5] = hasher.bandKeys(sig);
          }
        }
        for (int i = 0; i < orderCount; i++) {
          v[6 + i] = r.get(4 + i);
        }
        return RowFactory.create(v);
      }

      /** UTF-8 into {@link #chars}, as {@code new String(utf8, UTF_8)} would decode it: its length. */
      private int decode(byte[] utf8) {
        int n = utf8.length;
        if (chars.length < n) {
          chars = new char[Math.max(n, 2 * chars.length)];
        }
        char[] out = chars;
        for (int i = 0; i < n; i++) {
          byte b = utf8[i];
          if (b < 0) { // not ASCII: the JDK's decoder, malformed bytes replaced as Spark does
            String s = new String(utf8, StandardCharsets.UTF_8);
            s.getChars(0, s.length(), out, 0);
            return s.length();
          }
          out[i] = (char) b;
        }
        return n;
      }
    };
  }

  private static final byte[] EMPTY = new byte[0];

  /** How {@link #apply} wants the text column: its UTF-8 bytes. */
  static Column textAsBytes() {
    return functions.col("text").cast(DataTypes.BinaryType);
  }

  /** Little-endian bytes of the values. */
  static byte[] pack(long[] values) {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(8 * values.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    b.asLongBuffer().put(values);
    return b.array();
  }

  static byte[] pack(int[] values) {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(4 * values.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    b.asIntBuffer().put(values);
    return b.array();
  }

  static long[] longs(byte[] packed) {
    long[] out = new long[packed.length / 8];
    java.nio.ByteBuffer.wrap(packed).order(java.nio.ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(out);
    return out;
  }

  static int[] ints(byte[] packed) {
    int[] out = new int[packed.length / 4];
    java.nio.ByteBuffer.wrap(packed).order(java.nio.ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(out);
    return out;
  }
}
