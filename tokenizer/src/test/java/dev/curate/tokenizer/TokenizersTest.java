// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenizersTest {

  @Test
  void cl100kEncodesHelloWorldAsTiktokenDoes() {
    Tokenizer t = Tokenizers.byName("cl100k_base");
    // tiktoken: enc.encode("hello world") == [15339, 1917]
    assertArrayEquals(new int[] {15339, 1917}, t.encode("hello world"));
    assertEquals("hello world", t.decode(t.encode("hello world")));
  }

  @Test
  void specialTokenTextIsEncodedAsOrdinaryText() {
    Tokenizer t = Tokenizers.byName("r50k_base");
    int[] ids = t.encode("<|endoftext|>");
    assertTrue(ids.length > 1, "special-token text must not become the special id");
    assertEquals("<|endoftext|>", t.decode(ids));
  }

  @Test
  void tiktokenEncodingsAppendEndOfText() {
    assertEquals(50256, Tokenizers.byName("r50k_base").boundary().tokenId());
    assertEquals(100257, Tokenizers.byName("cl100k_base").boundary().tokenId());
    assertEquals(199999, Tokenizers.byName("o200k_base").boundary().tokenId());
    assertEquals(
        DocumentBoundary.Placement.APPEND_EOS, Tokenizers.byName("o200k_base").boundary().placement());
  }

  @Test
  void fingerprintsDifferBetweenEncodings() {
    assertEquals(64, Tokenizers.byName("r50k_base").fingerprint().length());
    assertTrue(
        !Tokenizers.byName("r50k_base").fingerprint().equals(Tokenizers.byName("cl100k_base").fingerprint()));
  }

  @Test
  void unknownNameFailsNamingTheKnownOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Tokenizers.byName("gpt5"));
    assertTrue(e.getMessage().contains("cl100k_base"), e.getMessage());
  }
}
