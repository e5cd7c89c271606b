// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curate.dedup.DedupSettings;
import dev.curate.jobs.SparkTestSession;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("spark")
class SurvivorOrderTest {
  private static final DedupSettings.MinHash MINHASH = new DedupSettings.MinHash(true, 14, 8, 5, 1, true, 0.8);
  private static final StructType SCHEMA =
      new StructType()
          .add("doc_id", DataTypes.StringType)
          .add("quality_score", DataTypes.DoubleType)
          .add("crawl_date", DataTypes.StringType)
          .add("seen", DataTypes.TimestampType)
          .add("votes", DataTypes.IntegerType)
          .add("flag", DataTypes.BooleanType);

  @Test
  void sortsRowsExactlyAsSparksSortByTheSameOrderDoes() {
    Random random = new Random(11);
    Double[] scores = {null, Double.NaN, -0.0, 0.0, 0.5, 0.25, 1.0, Double.NEGATIVE_INFINITY};
    String[] dates = {null, "2024-01-01", "2024-01-02", "\uE000", "\uD83D\uDE00", "2024-01-01 "};
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      rows.add(RowFactory.create(
          "d" + i,
          scores[random.nextInt(scores.length)],
          dates[random.nextInt(dates.length)],
          random.nextInt(5) == 0 ? null : new Timestamp(1_700_000_000_000L + random.nextInt(4) * 1000L),
          random.nextInt(5) == 0 ? null : random.nextInt(3) - 1,
          random.nextInt(4) == 0 ? null : random.nextBoolean()));
    }
    List<List<String>> orders = List.of(
        List.of("quality_score desc", "crawl_date asc"),
        List.of("crawl_date desc", "quality_score asc"),
        List.of("seen desc", "votes asc", "flag desc"),
        List.of("flag asc", "votes desc", "quality_score desc"));
    for (List<String> spec : orders) {
      DedupSettings settings = new DedupSettings(true, null, true, MINHASH, spec);
      List<String> bySpark =
          SparkTestSession.get().createDataFrame(rows, SCHEMA).orderBy(DedupStage.survivorOrder(settings.order()))
              .select("doc_id").collectAsList().stream().map(r -> r.getString(0)).toList();
      List<Row> sorted = new ArrayList<>(rows);
      sorted.sort(new SurvivorOrder(settings.order(), SCHEMA));
      assertEquals(bySpark, sorted.stream().map(r -> r.getString(0)).toList(), spec.toString());
    }
  }

  @Test
  void aColumnThatCannotOrderIsRefusedByName() {
    StructType schema = new StructType().add("doc_id", DataTypes.StringType).add("tags", DataTypes.createArrayType(DataTypes.StringType));
    DedupSettings settings = new DedupSettings(true, null, true, MINHASH, List.of("tags asc"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new SurvivorOrder(settings.order(), schema));
    assertTrue(e.getMessage().contains("tags"), e.getMessage());
  }
}
