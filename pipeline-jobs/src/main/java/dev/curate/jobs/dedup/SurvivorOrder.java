// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.dedup;

import dev.curate.dedup.DedupSettings;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.FloatType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;

/**
 * {@code dedup.survivor_order} as a comparator of rows, ordering as Spark SQL's sort by the same
 * columns does ({@code asc_nulls_last} / {@code desc_nulls_last}): the best member first. For the
 * decisions made on plain RDDs (see {@link SharedKeys}); {@code SurvivorOrderTest} compares it
 * with Spark's own sort.
 *
 * <p>Spark's semantics where Java's differ: floating point NaN sorts above every number and equals
 * NaN, -0.0 equals 0.0; strings by UTF-8 bytes ({@link SparkStringOrder}); binary unsigned.
 * Columns of other than atomic types (arrays, maps, structs) are refused when the order is made.
 */
final class SurvivorOrder implements Comparator<Row>, Serializable {
  private static final long serialVersionUID = 1L;

  private final int[] index;
  private final boolean[] descending;
  private final Kind[] kind;

  private enum Kind { NATURAL, FLOATING, STRING, BINARY }

  /**
   * @param order the survivor order (ending with doc_id)
   * @param rowSchema the schema of the rows compared, which has every order column
   */
  SurvivorOrder(List<DedupSettings.Order> order, StructType rowSchema) {
    index = new int[order.size()];
    descending = new boolean[order.size()];
    kind = new Kind[order.size()];
    for (int i = 0; i < order.size(); i++) {
      DedupSettings.Order o = order.get(i);
      index[i] = rowSchema.fieldIndex(o.column());
      descending[i] = o.descending();
      kind[i] = kindOf(o.column(), rowSchema.apply(o.column()).dataType());
    }
  }

  private static Kind kindOf(String column, DataType t) {
    if (t instanceof FloatType || t instanceof DoubleType) {
      return Kind.FLOATING;
    }
    if (t instanceof StringType) {
      return Kind.STRING;
    }
    if (t instanceof BinaryType) {
      return Kind.BINARY;
    }
    if (t instanceof NumericType || t instanceof DecimalType || t instanceof BooleanType || t instanceof DateType
        || t instanceof TimestampType || t instanceof TimestampNTZType) {
      return Kind.NATURAL;
    }
    throw new IllegalArgumentException(
        "dedup.survivor_order: column " + column + " has type " + t.simpleString()
            + ", which cannot order survivors (use a number, string, boolean, date or timestamp column)");
  }

  @Override
  public int compare(Row a, Row b) {
    for (int i = 0; i < index.length; i++) {
      int k = index[i];
      boolean nullA = a.isNullAt(k);
      boolean nullB = b.isNullAt(k);
      if (nullA || nullB) {
        if (nullA != nullB) {
          return nullA ? 1 : -1; // nulls last, in both directions
        }
        continue;
      }
      int c = compareValues(kind[i], a.get(k), b.get(k));
      if (c != 0) {
        return descending[i] ? -c : c;
      }
    }
    return 0;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compareValues(Kind kind, Object x, Object y) {
    switch (kind) {
      case FLOATING: {
        double dx = ((Number) x).doubleValue();
        double dy = ((Number) y).doubleValue();
        return dx == dy ? 0 : Double.compare(dx, dy); // -0.0 == 0.0; NaN == NaN and above all
      }
      case STRING:
        return SparkStringOrder.compareStrings((String) x, (String) y);
      case BINARY:
        return Arrays.compareUnsigned((byte[]) x, (byte[]) y);
      default:
        if (x instanceof BigDecimal bx && y instanceof BigDecimal by) {
          return bx.compareTo(by);
        }
        return ((Comparable) x).compareTo(y);
    }
  }

  /** The doc_id (column 0) of the first of the rows in this order. */
  String firstId(Iterable<Row> rows) {
    Row best = null;
    for (Row r : rows) {
      if (best == null || compare(r, best) < 0) {
        best = r;
      }
    }
    return best.getString(0);
  }
}
