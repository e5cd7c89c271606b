// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.curate.jobs.SparkTestSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("spark")
class SharedKeysTest {
  private static Object[] doc(String id, String exact, String url, long... bands) {
    List<Long> b = new ArrayList<>();
    for (long k : bands) {
      b.add(k);
    }
    return new Object[] {id, exact, url, null, null, bands.length == 0 ? null : b};
  }

  private static Dataset<Row> keys(List<Object[]> docs) {
    List<Row> rows = new ArrayList<>();
    for (Object[] d : docs) {
      rows.add(RowFactory.create(d));
    }
    return SparkTestSession.get().createDataFrame(rows, DedupKeys.schema(new StructType()));
  }

  private static Set<String> holders(SharedKeys.Result r) {
    Set<String> out = new TreeSet<>();
    for (SharedKeys.Holder h : r.holders().collect()) {
      for (int i = 0; i < h.tags().length; i++) {
        int tag = h.tags()[i];
        out.add(h.docId() + " " + (tag >= 0 ? "band" + tag + "=" + h.keys()[i] : tag == SharedKeys.EXACT ? "exact" : tag == SharedKeys.URL ? "url" : "id"));
      }
    }
    return out;
  }

  private static final List<Object[]> DOCS = List.of(
      doc("a", "e1", "http://x/1", 11, 12, 13),
      doc("b", "e1", "http://x/2", 21, 22, 23),
      doc("c", "e3", "http://x/2", 31, 22, 33),
      doc("d", "e4", null, 41, 42, 33),
      doc("e", "e5", null),
      doc("f", null, null, 41, 52, 53),
      doc("g", "e7", "http://x/7", 13, 72, 73)); // 13 as band 0, a has it as band 2: not shared

  private static final Set<String> EXPECTED = Set.of(
      "a exact", "b exact", // e1
      "b url", "c url", // http://x/2
      "b band1=22", "c band1=22",
      "c band2=33", "d band2=33",
      "d band0=41", "f band0=41");

  @Test
  void onlyKeysThatAnotherDocumentHasTooAreListedPerKindAndBand() {
    SharedKeys.Result r = SharedKeys.of(keys(DOCS), new String[0], DOCS.size(), 1_000_000);
    assertEquals(EXPECTED, holders(r));
    assertEquals(5, r.keys());
    assertEquals(5, r.holderCount()); // a, b, c, d, f
    assertEquals(0, r.idHolders());
  }

  @Test
  void tooManySharedKeysToBroadcastGiveTheSameHoldersByAShuffle() {
    SharedKeys.Result r = SharedKeys.of(keys(DOCS), new String[0], DOCS.size(), 0);
    assertEquals(EXPECTED, holders(r));
    assertEquals(5, r.holderCount());
  }

  @Test
  void aRepeatedDocIdIsListedOncePerDocumentEvenWhenTheCopiesAreEqual() {
    List<Object[]> docs = new ArrayList<>(DOCS);
    docs.add(doc("a", "e9", null, 91, 92, 93));
    docs.add(doc("g", "e7", "http://x/7", 13, 72, 73));
    for (long broadcastRows : new long[] {1_000_000, 0}) {
      SharedKeys.Result r = SharedKeys.of(keys(docs), new String[0], docs.size(), broadcastRows);
      assertEquals(4, r.idHolders(), "broadcast rows " + broadcastRows);
    }
  }

  @Test
  void repeatedValuesAreFoundAcrossBlocksEachOnceAndSorted() {
    long[] shared = SharedKeys.repeated(List.of(new long[] {5, -3, 9}, new long[] {9, 5, 9, 1}, new long[] {}).iterator());
    assertEquals("[5, 9]", java.util.Arrays.toString(shared));
  }
}
