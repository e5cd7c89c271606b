// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curate.jobs.dedup.Components;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("spark")
class ComponentsTest {
  private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
  private static final StructType EDGES = new StructType().add("a", DataTypes.StringType).add("b", DataTypes.StringType);

  private static Map<String, String> labels(List<String[]> edges) {
    List<Row> rows = new ArrayList<>();
    for (String[] e : edges) {
      rows.add(RowFactory.create(e[0], e[1]));
    }
    Dataset<Row> df = SparkTestSession.get().createDataFrame(rows, EDGES);
    Map<String, String> out = new TreeMap<>();
    for (Row r : Components.of(df, QUIET).labels().collectAsList()) {
      out.put(r.getString(0), r.getString(1));
    }
    return out;
  }

  @Test
  void aLongChainBecomesOneComponentLabelledByItsSmallestNode() {
    List<String[]> chain = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      chain.add(new String[] {String.format("n%02d", 39 - i), String.format("n%02d", 38 - i < 0 ? 39 : 38 - i)});
    }
    Map<String, String> l = labels(chain);
    assertEquals(40, l.size());
    assertTrue(l.values().stream().allMatch("n00"::equals), l.toString());
  }

  @Test
  void separateGroupsStaySeparateAndDuplicateOrReversedEdgesDoNotMatter() {
    Map<String, String> l =
        labels(List.of(
            new String[] {"b", "a"}, new String[] {"a", "b"}, new String[] {"c", "b"}, new String[] {"c", "c"},
            new String[] {"x", "z"}, new String[] {"y", "z"}));
    assertEquals(Map.of("a", "a", "b", "a", "c", "a", "x", "x", "y", "x", "z", "x"), l);
  }

  @Test
  void edgesThatAreAlreadyOneStarPerComponentTakeNoRoundAndAChainTakesSome() {
    // Leaves point at their group's smallest node, as LSH links to bucket heads usually do.
    List<Row> stars = List.of(RowFactory.create("b", "a"), RowFactory.create("a", "c"), RowFactory.create("y", "x"));
    Components.Result r = Components.of(SparkTestSession.get().createDataFrame(stars, EDGES), QUIET);
    assertEquals(0, r.rounds());
    assertEquals(3, r.edges());
    Map<String, String> l = new TreeMap<>();
    for (Row row : r.labels().collectAsList()) {
      l.put(row.getString(0), row.getString(1));
    }
    assertEquals(Map.of("a", "a", "b", "a", "c", "a", "x", "x", "y", "x"), l);
    // b is a leaf of a and the centre of c: not yet a star.
    List<Row> chain = List.of(RowFactory.create("b", "a"), RowFactory.create("c", "b"));
    assertTrue(Components.of(SparkTestSession.get().createDataFrame(chain, EDGES), QUIET).rounds() >= 1);
  }

  @Test
  void noEdgesNoComponents() {
    assertTrue(labels(List.of()).isEmpty());
  }
}
