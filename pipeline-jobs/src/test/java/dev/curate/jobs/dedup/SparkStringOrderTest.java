// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.spark.unsafe.types.UTF8String;
import org.junit.jupiter.api.Test;

class SparkStringOrderTest {
  @Test
  void charactersAboveTheBasicPlaneSortAfterPrivateUseCharactersAsOnSpark() {
    String emoji = "\uD83D\uDE00"; // U+1F600, a surrogate pair in UTF-16
    String privateUse = "\uE000";
    assertTrue(emoji.compareTo(privateUse) < 0, "String.compareTo puts the surrogate pair first");
    assertTrue(SparkStringOrder.compareStrings(emoji, privateUse) > 0);
    assertEquals(privateUse, SparkStringOrder.min(emoji, privateUse));
  }

  @Test
  void agreesWithSparksUtf8OrderOnRandomStrings() {
    Random random = new Random(7);
    char[] alphabet = {'a', 'b', 'Z', '0', '\u00e9', '\u4e2d', '\uE000', '\uFFFD', '\uD83D'};
    for (int i = 0; i < 20_000; i++) {
      String a = random(random, alphabet);
      String b = random(random, alphabet);
      int spark = Integer.signum(UTF8String.fromString(a).compareTo(UTF8String.fromString(b)));
      assertEquals(spark, Integer.signum(SparkStringOrder.compareStrings(a, b)), a + " vs " + b);
    }
  }

  private static String random(Random random, char[] alphabet) {
    StringBuilder s = new StringBuilder();
    for (int n = random.nextInt(5); n > 0; n--) {
      char c = alphabet[random.nextInt(alphabet.length)];
      if (c == '\uD83D') {
        s.append(c).append((char) ('\uDE00' + random.nextInt(64))); // a valid pair
      } else {
        s.append(c);
      }
    }
    return s.toString();
  }
}
