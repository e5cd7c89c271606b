// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.bpe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.curate.tokenizer.IntList;
import dev.curate.tokenizer.parity.ParityCorpus;
import dev.curate.tokenizer.parity.References;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BytePairMergerTest {

  @Test
  void heapPathMergesLikeTheFlatPathOnEveryCorpusPiece() {
    for (String name : new String[] {"cl100k_base", "llama3"}) {
      BpeTokenizer t = (BpeTokenizer) References.ours(name);
      BytePairMerger merger = t.newMerger();
      PreTokenizer split = PreTokenizers.forPattern(t.pattern(), true);
      IntList ends = new IntList();
      IntList flat = new IntList();
      IntList large = new IntList();
      int checked = 0;
      for (ParityCorpus.Text text : ParityCorpus.udhr()) {
        char[] c = text.text().toCharArray();
        ends.clear();
        split.split(c, c.length, ends);
        int start = 0;
        byte[] b = new byte[c.length * 3];
        for (int p = 0; p < ends.size(); p++) {
          int len = Utf8.encode(c, start, ends.get(p), b);
          start = ends.get(p);
          if (len < 2 || len > BytePairMerger.FLAT_LIMIT) {
            continue;
          }
          flat.clear();
          large.clear();
          merger.flat(b, len, flat);
          merger.large(b, len, large);
          assertArrayEquals(flat.toArray(), large.toArray(), name + " piece " + new String(b, 0, len, StandardCharsets.UTF_8));
          checked++;
        }
      }
      assertEquals(true, checked > 500_000, "pieces checked: " + checked);
    }
  }

  @Test
  void aMegabyteLongPieceMergesInLinearithmicTime() {
    BpeTokenizer t = (BpeTokenizer) References.ours("cl100k_base");
    String run = "x".repeat(1 << 20);
    int[] ids = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> t.encode(run));
    assertEquals(run, t.decode(ids));
  }
}
