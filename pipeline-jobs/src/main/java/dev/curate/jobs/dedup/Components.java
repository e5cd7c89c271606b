// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.dedup;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Connected components of an undirected graph on Spark, by the alternating large-star /
 * small-star algorithm (Kiveris et al., "Connected Components in MapReduce and Beyond", SoCC
 * 2014): every round only groups edges by node, nothing is collected to the driver, and the graph
 * converges to one star per component centred on its smallest node, in O(log n) rounds. Each
 * round's edges are checkpointed (locally) so the lineage stays short. Convergence is checked
 * directly (one star per component, {@link #starCheck}) before every round, so input that is
 * already in that form takes no round.
 *
 * <p>Plain RDD operations, not SQL: the graphs are small next to the documents (links between
 * near-duplicates), so each step's cost was Spark SQL's planning and code generation per query
 * (about 13 jobs for a check and one round), not the work. Here a check is one job and a round
 * two shuffles.
 *
 * <p>Nodes are strings (document ids), ordered as Spark SQL orders strings ({@link
 * SparkStringOrder}), so the component label is the node {@code min()} on Spark would give.
 */
public final class Components {
  /** A safety stop; the algorithm needs O(log n) rounds, far fewer than this. */
  static final int MAX_ROUNDS = 64;

  private static final StructType LABELS =
      new StructType().add("node", DataTypes.StringType, false).add("component", DataTypes.StringType, false);

  private Components() {}

  /** Result: {@code (node, component)} for every node on an edge, the rounds it took, and the final edge count. */
  public record Result(Dataset<Row> labels, int rounds, long edges) {}

  /** Result on RDDs: {@code node -> component}. */
  record Pairs(JavaPairRDD<String, String> labels, int rounds, long edges) {}

  /**
   * @param edges columns {@code a}, {@code b} (strings); direction, duplicates and self-loops do
   *     not matter
   * @return {@code node, component}: the component is its smallest node
   */
  public static Result of(Dataset<Row> edges, PrintStream log) {
    Pairs p = of(edges.select("a", "b").javaRDD().mapToPair(r -> new Tuple2<>(r.getString(0), r.getString(1))), log,
        edges.sparkSession().sparkContext().defaultParallelism());
    JavaRDD<Row> rows = p.labels().map(t -> RowFactory.create(t._1(), t._2()));
    return new Result(edges.sparkSession().createDataFrame(rows, LABELS), p.rounds(), p.edges());
  }

  /** The same on an RDD of edges {@code (a, b)}, every shuffle into {@code partitions} partitions. */
  static Pairs of(JavaPairRDD<String, String> edges, PrintStream log, int partitions) {
    JavaPairRDD<String, String> e =
        HashGroups.distinct(edges.filter(t -> !t._1().equals(t._2())).mapToPair(Components::ordered), partitions);
    HashGroups.saved(e.rdd().toJavaRDD()); // saved by the first star check, with no job of its own
    int round = 0;
    long[] check;
    while (true) {
      // One job per check; LSH links to bucket heads are often one star per cluster already,
      // which then takes no round at all.
      check = starCheck(e, partitions);
      log.println("dedup: connected components, round " + round + ": " + check[0] + " edges"
          + (check[1] == 0 ? ", one star per component" : ""));
      if (check[1] == 0) {
        break;
      }
      round++;
      if (round > MAX_ROUNDS) {
        throw new IllegalStateException("connected components did not converge in " + MAX_ROUNDS + " rounds");
      }
      JavaPairRDD<String, String> next = smallStar(largeStar(e, partitions), partitions);
      HashGroups.saved(next.rdd().toJavaRDD());
      e = next;
    }
    JavaPairRDD<String, String> labels =
        HashGroups.distinct(e.flatMapToPair(t -> List.of(t, new Tuple2<>(t._2(), t._2())).iterator()), partitions);
    return new Pairs(labels, round, check[0]);
  }

  /** {@code (u, v)} with u after v in Spark's string order. */
  private static Tuple2<String, String> ordered(Tuple2<String, String> t) {
    return SparkStringOrder.compareStrings(t._1(), t._2()) > 0 ? t : t.swap();
  }

  /**
   * {edges, nodes breaking the star form} of edges {@code u > v}: the graph is one star per
   * component, centred on its smallest node (what the rounds converge to), exactly when no node is
   * both a leaf ({@code u}) and a centre ({@code v}) and no leaf has two centres. Then every
   * component is one centre and its leaves, and the edges are the labels.
   */
  static long[] starCheck(JavaPairRDD<String, String> e, int partitions) {
    // Per node: {times a leaf, times a centre}.
    JavaPairRDD<String, long[]> roles =
        HashGroups.reduce(
            e.flatMapToPair(t -> List.of(new Tuple2<>(t._1(), new long[] {1, 0}), new Tuple2<>(t._2(), new long[] {0, 1})).iterator()),
            (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]}, partitions);
    return roles.values()
        .map(r -> new long[] {r[0], r[0] > 1 || (r[0] >= 1 && r[1] >= 1) ? 1 : 0})
        .fold(new long[] {0, 0}, (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
  }

  /**
   * For every node x with neighbourhood N(x), m = min(N(x) ∪ {x}): each neighbour larger than x is
   * reconnected to m. Input and output edges are {@code u > v}.
   */
  static JavaPairRDD<String, String> largeStar(JavaPairRDD<String, String> e, int partitions) {
    return HashGroups.distinct(HashGroups.group(e.flatMapToPair(t -> List.of(t, t.swap()).iterator()), partitions)
        .flatMapToPair(g -> {
          String x = g._1();
          String m = x;
          for (String y : g._2()) {
            m = SparkStringOrder.min(m, y);
          }
          List<Tuple2<String, String>> out = new ArrayList<>();
          for (String y : g._2()) {
            if (SparkStringOrder.compareStrings(y, x) > 0) {
              out.add(new Tuple2<>(y, m));
            }
          }
          return out.iterator();
        }), partitions);
  }

  /**
   * For every node x with smaller neighbours S(x), m = min(S(x) ∪ {x}): x and each of S(x) are
   * connected to m. Input and output edges are {@code u > v}.
   */
  static JavaPairRDD<String, String> smallStar(JavaPairRDD<String, String> e, int partitions) {
    return HashGroups.distinct(HashGroups.group(e, partitions)
        .flatMapToPair(g -> {
          String x = g._1();
          String m = x;
          for (String v : g._2()) {
            m = SparkStringOrder.min(m, v);
          }
          List<Tuple2<String, String>> out = new ArrayList<>();
          out.add(new Tuple2<>(x, m));
          for (String v : g._2()) {
            out.add(new Tuple2<>(v, m));
          }
          String centre = m;
          return out.stream().filter(t -> !t._1().equals(centre)).iterator();
        }), partitions);
  }
}
