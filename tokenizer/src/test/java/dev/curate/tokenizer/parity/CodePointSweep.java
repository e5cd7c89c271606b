// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.parity;

import java.util.ArrayList;
import java.util.List;

/**
 * Every code point of planes 0 to 2 (surrogates aside) in a small context, 256 code points per
 * text: checks the character classes (letter case, marks, numbers, White_Space) of the
 * pre-tokenizer against the reference engines' Unicode tables, character by character.
 */
public final class CodePointSweep {
  private CodePointSweep() {}

  /** First code point of each block: 0x0000 to 0x2FF00, without the surrogate blocks. */
  public static List<Integer> blocks() {
    List<Integer> out = new ArrayList<>();
    for (int block = 0; block < 0x30000; block += 256) {
      if (block < 0xD800 || block > 0xDFFF) {
        out.add(block);
      }
    }
    return out;
  }

  /** For each code point c of the block: {@code c a c A space c 7 c c newline}. */
  public static String text(int block) {
    StringBuilder sb = new StringBuilder(256 * 12);
    for (int cp = block; cp < block + 256; cp++) {
      String c = Character.toString(cp);
      sb.append(c).append('a').append(c).append("A ").append(c).append('7').append(c).append(c).append('\n');
    }
    return sb.toString();
  }
}
