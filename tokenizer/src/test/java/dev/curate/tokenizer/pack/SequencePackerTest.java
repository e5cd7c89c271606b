// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.pack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curate.tokenizer.DocumentBoundary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SequencePackerTest {
  private static final DocumentBoundary EOS =
      new DocumentBoundary(0, "<|endoftext|>", DocumentBoundary.Placement.APPEND_EOS);
  private static final DocumentBoundary BOS =
      new DocumentBoundary(1, "<|begin_of_text|>", DocumentBoundary.Placement.PREPEND_BOS);

  /** Documents of random lengths whose ids are unique positions-in-stream markers (>= 10). */
  private static List<TokenizedDocument> docs(long seed, int count, int maxLength, DocumentBoundary b) {
    Random random = new Random(seed);
    List<TokenizedDocument> docs = new ArrayList<>();
    int next = 10;
    for (int d = 0; d < count; d++) {
      int[] ids = new int[1 + random.nextInt(maxLength)];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = next++;
      }
      docs.add(new TokenizedDocument("d" + d, d % 2 == 0 ? "en" : "de", null, TokenizedDocument.withBoundary(ids, b), ids.length));
    }
    return docs;
  }

  private static List<RowFragment> fragments(List<TokenizedDocument> docs, int rowTokens, long start) {
    List<RowFragment> out = new ArrayList<>();
    new SequencePacker(docs.iterator(), rowTokens, start).forEachRemaining(out::add);
    return out;
  }

  private static List<PackedRow> assemble(List<RowFragment> fragments, int rowTokens, int padId) {
    List<PackedRow> rows = new ArrayList<>();
    RowAssembler assembler = new RowAssembler(rowTokens, 0);
    for (RowFragment f : fragments) {
      assembler.add(f, rows::add);
    }
    assembler.finish(padId, rows::add);
    return rows;
  }

  private static int[] stream(List<TokenizedDocument> docs) {
    return docs.stream().flatMapToInt(d -> java.util.Arrays.stream(d.tokens())).toArray();
  }

  @Test
  void packsTheStreamIntoRowsOfExactlyRowTokensPaddingOnlyTheLastRow() {
    List<TokenizedDocument> docs = docs(1, 200, 50, EOS);
    int rowTokens = 17;
    List<PackedRow> rows = assemble(fragments(docs, rowTokens, 0), rowTokens, EOS.tokenId());
    int[] all = stream(docs);
    assertEquals((all.length + rowTokens - 1) / rowTokens, rows.size());
    for (int r = 0; r < rows.size(); r++) {
      PackedRow row = rows.get(r);
      assertEquals(r, row.row());
      assertEquals(rowTokens, row.tokens().length);
      int real = row.realTokens();
      assertArrayEquals(
          java.util.Arrays.copyOfRange(all, r * rowTokens, r * rowTokens + real),
          java.util.Arrays.copyOf(row.tokens(), real));
      if (r < rows.size() - 1) {
        assertEquals(0, row.padding());
      }
    }
    PackedRow last = rows.get(rows.size() - 1);
    assertEquals(rows.size() * rowTokens - all.length, last.padding());
    for (int i = last.realTokens(); i < rowTokens; i++) {
      assertEquals(EOS.tokenId(), last.tokens()[i]);
    }
  }

  @Test
  void docStartsPointAtEachDocumentsFirstTokenAndCarryItsId() {
    for (DocumentBoundary b : List.of(EOS, BOS)) {
      List<TokenizedDocument> docs = docs(2, 100, 40, b);
      int rowTokens = 16;
      List<PackedRow> rows = assemble(fragments(docs, rowTokens, 0), rowTokens, 0);
      long position = 0;
      int seen = 0;
      for (TokenizedDocument d : docs) {
        PackedRow row = rows.get((int) (position / rowTokens));
        int offset = (int) (position % rowTokens);
        DocStart start =
            row.starts().stream().filter(s -> s.docId().equals(d.docId())).findFirst().orElseThrow();
        assertEquals(offset, start.offset());
        assertEquals(d.tokens()[0], row.tokens()[offset]);
        assertEquals(d.textTokens(), start.textTokens());
        position += d.tokens().length;
        seen++;
      }
      assertEquals(seen, rows.stream().mapToInt(r -> r.starts().size()).sum());
      if (b == BOS) {
        assertEquals(BOS.tokenId(), rows.get(0).tokens()[0]);
      }
    }
  }

  @Test
  void aDocumentLongerThanSeveralRowsContinuesAcrossThemWithOneStart() {
    int[] ids = new int[100];
    java.util.Arrays.fill(ids, 7);
    List<TokenizedDocument> docs =
        List.of(new TokenizedDocument("long", null, null, TokenizedDocument.withBoundary(ids, EOS), 100));
    List<PackedRow> rows = assemble(fragments(docs, 10, 0), 10, 0);
    assertEquals(11, rows.size());
    assertEquals(List.of(0), rows.get(0).starts().stream().map(DocStart::offset).toList());
    for (int r = 1; r < rows.size(); r++) {
      assertTrue(rows.get(r).starts().isEmpty());
    }
    assertEquals(9, rows.get(10).padding());
    assertEquals(EOS.tokenId(), rows.get(10).tokens()[0]);
  }

  @Test
  void aDocumentEndingExactlyAtARowBoundaryStartsTheNextDocumentAtOffsetZero() {
    int[] ids = {5, 5, 5};
    List<TokenizedDocument> docs =
        List.of(
            new TokenizedDocument("a", null, null, TokenizedDocument.withBoundary(ids, EOS), 3),
            new TokenizedDocument("b", null, null, TokenizedDocument.withBoundary(ids, EOS), 3));
    List<PackedRow> rows = assemble(fragments(docs, 4, 0), 4, 0);
    assertEquals(2, rows.size());
    assertEquals("b", rows.get(1).starts().get(0).docId());
    assertEquals(0, rows.get(1).starts().get(0).offset());
    assertEquals(0, rows.get(1).padding());
  }

  @Test
  void piecesPackedByManyProducersJoinIntoTheRowsOneProducerMakes() {
    Random random = new Random(3);
    for (int trial = 0; trial < 50; trial++) {
      List<TokenizedDocument> docs = docs(trial, 1 + random.nextInt(300), 1 + random.nextInt(80), trial % 2 == 0 ? EOS : BOS);
      int rowTokens = 2 + random.nextInt(60);
      List<PackedRow> expected = assemble(fragments(docs, rowTokens, 0), rowTokens, 0);
      // Split into producers at random points, each knowing only its start position (prefix sum).
      List<RowFragment> pieces = new ArrayList<>();
      int producers = 1 + random.nextInt(8);
      int from = 0;
      long position = 0;
      for (int p = 0; p < producers; p++) {
        int to = p == producers - 1 ? docs.size() : from + random.nextInt(docs.size() - from + 1);
        List<TokenizedDocument> part = docs.subList(from, to);
        pieces.addAll(fragments(part, rowTokens, position));
        position += part.stream().mapToLong(d -> d.tokens().length).sum();
        from = to;
      }
      java.util.Collections.shuffle(pieces, random);
      pieces.sort(Comparator.comparingLong(RowFragment::position));
      List<PackedRow> joined = assemble(pieces, rowTokens, 0);
      assertEquals(expected.size(), joined.size());
      for (int r = 0; r < expected.size(); r++) {
        assertArrayEquals(expected.get(r).tokens(), joined.get(r).tokens(), "trial " + trial + " row " + r);
        assertEquals(expected.get(r).starts(), joined.get(r).starts());
        assertEquals(expected.get(r).padding(), joined.get(r).padding());
      }
    }
  }

  @Test
  void assemblerRejectsAGapOrOverlapInPositions() {
    RowAssembler assembler = new RowAssembler(8, 0);
    assembler.add(new RowFragment(0, new int[] {1, 2, 3}, List.of()), r -> {});
    assertThrows(IllegalStateException.class, () -> assembler.add(new RowFragment(4, new int[] {1}, List.of()), r -> {}));
    assertThrows(IllegalStateException.class, () -> assembler.add(new RowFragment(2, new int[] {1}, List.of()), r -> {}));
    assertThrows(IllegalStateException.class, () -> assembler.add(new RowFragment(3, new int[6], List.of()), r -> {}));
  }

  @Test
  void rejectsIllegalArguments() {
    assertThrows(IllegalArgumentException.class, () -> new SequencePacker(List.<TokenizedDocument>of().iterator(), 1, 0));
    assertThrows(IllegalArgumentException.class, () -> new SequencePacker(List.<TokenizedDocument>of().iterator(), 8, -1));
    assertThrows(IllegalArgumentException.class, () -> new RowAssembler(8, 3));
    assertThrows(IllegalArgumentException.class, () -> new TokenizedDocument("x", null, null, new int[] {1, 2}, 2));
  }

  @Test
  void noDocumentsPackIntoNoRows() {
    assertTrue(fragments(List.of(), 8, 0).isEmpty());
    assertTrue(assemble(List.of(), 8, 0).isEmpty());
  }
}
