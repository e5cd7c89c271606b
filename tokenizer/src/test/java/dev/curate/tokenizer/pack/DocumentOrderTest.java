// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DocumentOrderTest {
  @Test
  void keyIsTheFirstEightBytesOfSha256OfSeedAndId() {
    // printf '\x00\x00\x00\x00\x00\x00\x00\x07doc-1' | sha256sum → first 16 hex digits
    assertEquals(Long.parseUnsignedLong(EXPECTED_SEED7_DOC1, 16), DocumentOrder.key(7, "doc-1"));
  }

  @Test
  void differentSeedsGiveDifferentPermutations() {
    List<String> ids = IntStream.range(0, 100).mapToObj(i -> "doc-" + i).toList();
    assertNotEquals(order(ids, 1), order(ids, 2));
    assertEquals(order(ids, 1), order(ids, 1));
  }

  private static List<String> order(List<String> ids, long seed) {
    return ids.stream().sorted(Comparator.comparingLong(id -> DocumentOrder.key(seed, id))).toList();
  }

  static final String EXPECTED_SEED7_DOC1 = "b1d47afcc13daa32";
}
