// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.dedup;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;

import java.io.PrintStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Connected components of an undirected graph on Spark, by the alternating large-star /
 * small-star algorithm (Kiveris et al., "Connected Components in MapReduce and Beyond", SoCC
 * 2014): every round only joins edges with per-node minima, nothing is collected to the driver,
 * and the graph converges to one star per component centred on its smallest node, in O(log n)
 * rounds. Each round's edges are checkpointed (locally) so the lineage stays short.
 *
 * <p>Nodes are strings (document ids), compared lexicographically.
 */
public final class Components {
  /** A safety stop; the algorithm needs O(log n) rounds, far fewer than this. */
  static final int MAX_ROUNDS = 64;

  private Components() {}

  /** Result: {@code (node, component)} for every node on an edge, and the rounds it took. */
  public record Result(Dataset<Row> labels, int rounds) {}

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
            .localCheckpoint();
    long previous = e.count();
    if (previous == 0) {
      return new Result(e.select(col("u").as("node"), col("v").as("component")), 0);
    }
    int round = 0;
    while (true) {
      round++;
      if (round > MAX_ROUNDS) {
        throw new IllegalStateException("connected components did not converge in " + MAX_ROUNDS + " rounds");
      }
      Dataset<Row> next = smallStar(largeStar(e)).localCheckpoint();
      // Both are sets: equal sizes and next ⊆ e mean nothing changed.
      long size = next.count();
      boolean same = size == previous && next.except(e).isEmpty();
      previous = size;
      e = next;
      log.println("dedup: connected components, round " + round + ": " + size + " edges");
      if (same) {
        break;
      }
    }
    Dataset<Row> labels =
        e.select(col("u").as("node"), col("v").as("component"))
            .union(e.select(col("v").as("node"), col("v").as("component")))
            .distinct();
    return new Result(labels, round);
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
