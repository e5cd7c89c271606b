// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.dedup;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.PrintStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Connected components of an undirected graph on Spark, by the alternating large-star /
 * small-star algorithm (Kiveris et al., "Connected Components in MapReduce and Beyond", SoCC
 * 2014): every round only joins edges with per-node minima, nothing is collected to the driver,
 * and the graph converges to one star per component centred on its smallest node, in O(log n)
 * rounds. Each round's edges are checkpointed (locally) so the lineage stays short. Convergence is
 * checked directly (one star per component, {@link #starCheck}) before every round, so input that
 * is already in that form takes no round.
 *
 * <p>Nodes are strings (document ids), compared lexicographically.
 */
public final class Components {
  /** A safety stop; the algorithm needs O(log n) rounds, far fewer than this. */
  static final int MAX_ROUNDS = 64;

  private Components() {}

  /** Result: {@code (node, component)} for every node on an edge, the rounds it took, and the final edge count. */
  public record Result(Dataset<Row> labels, int rounds, long edges) {}

  /**
   * @param edges columns {@code a}, {@code b} (strings); direction, duplicates and self-loops do
   *     not matter
   * @return {@code node, component}: the component is its smallest node
   */
  public static Result of(Dataset<Row> edges, PrintStream log) {
    Dataset<Row> e =
        edges
            .select(greatest(col("a"), col("b")).as("u"), least(col("a"), col("b")).as("v"))
            .filter(col("u").notEqual(col("v")))
            .distinct()
            .localCheckpoint(false); // saved by the first star check, with no job of its own
    int round = 0;
    long[] check;
    while (true) {
      // One job per check, none of the former count + except pair; and LSH links to bucket heads
      // are often one star per cluster already, which then takes no round at all.
      check = starCheck(e);
      log.println("dedup: connected components, round " + round + ": " + check[0] + " edges"
          + (check[1] == 0 ? ", one star per component" : ""));
      if (check[1] == 0) {
        break;
      }
      round++;
      if (round > MAX_ROUNDS) {
        throw new IllegalStateException("connected components did not converge in " + MAX_ROUNDS + " rounds");
      }
      e = smallStar(largeStar(e)).localCheckpoint(false);
    }
    Dataset<Row> labels =
        e.select(col("u").as("node"), col("v").as("component"))
            .union(e.select(col("v").as("node"), col("v").as("component")))
            .distinct();
    return new Result(labels, round, check[0]);
  }

  /**
   * {edges, nodes breaking the star form} of edges {@code u > v}: the graph is one star per
   * component, centred on its smallest node (what the rounds converge to), exactly when no node is
   * both a leaf ({@code u}) and a centre ({@code v}) and no leaf has two centres. Then every
   * component is one centre and its leaves, and the edges are the labels.
   */
  static long[] starCheck(Dataset<Row> e) {
    Dataset<Row> roles =
        e.select(col("u").as("n"), lit(1L).as("leaf"), lit(0L).as("centre"))
            .union(e.select(col("v").as("n"), lit(0L).as("leaf"), lit(1L).as("centre")))
            .groupBy("n")
            .agg(sum("leaf").as("leaf"), sum("centre").as("centre"));
    Row r =
        roles.agg(
                coalesce(sum("leaf"), lit(0L)),
                count(when(col("leaf").gt(1).or(col("leaf").geq(1).and(col("centre").geq(1))), true)))
            .first();
    return new long[] {r.getLong(0), r.getLong(1)};
  }

  /**
   * For every node x with neighbourhood N(x), m = min(N(x) ∪ {x}): each neighbour larger than x is
   * reconnected to m. Input and output edges are {@code u > v}.
   */
  static Dataset<Row> largeStar(Dataset<Row> e) {
    Dataset<Row> both =
        e.select(col("u").as("x"), col("v").as("y")).union(e.select(col("v").as("x"), col("u").as("y")));
    Dataset<Row> mins =
        both.groupBy("x").agg(min("y").as("m")).select(col("x"), least(col("x"), col("m")).as("m"));
    return both.join(mins, "x")
        .filter(col("y").gt(col("x")))
        .select(col("y").as("u"), col("m").as("v"))
        .distinct();
  }

  /**
   * For every node x with smaller neighbours S(x), m = min(S(x) ∪ {x}): x and each of S(x) are
   * connected to m. Input and output edges are {@code u > v}.
   */
  static Dataset<Row> smallStar(Dataset<Row> e) {
    Dataset<Row> mins = e.groupBy("u").agg(min("v").as("m"));
    Dataset<Row> joined = e.join(mins, "u");
    Dataset<Row> pairs =
        joined.select(col("v").as("y"), col("m"))
            .union(mins.select(col("u").as("y"), col("m")));
    return pairs
        .filter(col("y").notEqual(col("m")))
        .select(greatest(col("y"), col("m")).as("u"), least(col("y"), col("m")).as("v"))
        .distinct();
  }
}
