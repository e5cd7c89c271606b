// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.junit.jupiter.api.Test;
import scala.reflect.ClassTag$;

class KryoRecordsTest {
  record Shingled(String id, int band, long key, double score, boolean kept, long[] hashes, List<String> members) {}

  record Nested(Shingled inner, Map<String, Integer> counts, String missing) {}

  private static SerializerInstance kryo() {
    SparkConf conf = new SparkConf(false)
        .set("spark.serializer", KryoSerializer.class.getName())
        .set("spark.kryo.registrator", KryoRecords.class.getName());
    return new KryoSerializer(conf).newInstance();
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(SerializerInstance s, T value) {
    var tag = ClassTag$.MODULE$.<T>apply(value.getClass());
    return (T) s.deserialize(s.serialize(value, tag), tag);
  }

  @Test
  void recordsOfPrimitivesArraysCollectionsAndNullsSurviveSparksKryoSerializer() {
    // (dedup's holders, buckets and removals are such records; without the registrator Kryo failed the stage)
    SerializerInstance s = kryo();
    Shingled a = new Shingled("doc-1", -2, Long.MIN_VALUE, 0.25, true, new long[] {3, -1, 7}, List.of("a", "b"));
    Shingled b = roundTrip(s, a);
    assertEquals(a.id(), b.id());
    assertEquals(a.band(), b.band());
    assertEquals(a.key(), b.key());
    assertEquals(a.score(), b.score());
    assertTrue(b.kept());
    assertArrayEquals(a.hashes(), b.hashes());
    assertEquals(a.members(), b.members());
    Nested n = roundTrip(s, new Nested(a, Map.of("x", 1), null));
    assertEquals("doc-1", n.inner().id());
    assertEquals(Map.of("x", 1), n.counts());
    assertEquals(null, n.missing());
    // the JDK's unmodifiable collections, which Kryo 4 cannot rebuild by itself
    for (Object c : List.of(List.of(), List.of(1), List.of(1, 2, 3), java.util.stream.Stream.of("x", null).toList(),
        java.util.Set.of(1, 2, 3), Map.of(1, "a", 2, "b"), java.util.Collections.unmodifiableList(new java.util.ArrayList<>(List.of(4))))) {
      assertEquals(c, roundTrip(s, c));
    }
  }

  @Test
  void curateSessionsAddTheRegistratorToTheUsersOwn() {
    String registrators = SparkTestSession.get().sparkContext().getConf().get("spark.kryo.registrator");
    assertTrue(registrators.contains(KryoRecords.class.getName()), registrators);
  }
}
