// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.parity;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the parity corpus and the edge cases as JSON Lines ({@code {"id": ..., "text": ...}},
 * lone surrogates already U+FFFD), for checks by implementations outside the JVM: {@code
 * golden/tokenizer/crosscheck-tiktoken.sh} runs OpenAI's tiktoken (its Rust core, as WebAssembly)
 * over it and compares with the golden files.
 */
public final class DumpCorpus {
  private DumpCorpus() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: DumpCorpus OUT.jsonl");
    }
    ObjectMapper mapper = new ObjectMapper();
    try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
      for (ParityCorpus.Text t : ParityCorpus.udhr()) {
        out.write(mapper.writeValueAsString(new Line("udhr", t.id(), t.text())));
        out.newLine();
      }
      List<String> edge = EdgeCases.all();
      for (int i = 0; i < edge.size(); i++) {
        out.write(mapper.writeValueAsString(new Line("edge", Integer.toString(i), References.withoutLoneSurrogates(edge.get(i)))));
        out.newLine();
      }
      for (int block : CodePointSweep.blocks()) {
        out.write(mapper.writeValueAsString(new Line("codepoints", Integer.toHexString(block), CodePointSweep.text(block))));
        out.newLine();
      }
    }
  }

  record Line(String set, String id, String text) {}
}
