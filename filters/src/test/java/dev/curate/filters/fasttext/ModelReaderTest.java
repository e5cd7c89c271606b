// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.fasttext;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Corrupt and truncated model files fail with a message naming the file and the fault. */
class ModelReaderTest {
  @TempDir Path dir;

  private static byte[] model() throws IOException {
    return Files.readAllBytes(GoldenPredictions.resourcePath("/golden/fasttext/europarl-sup.ftz"));
  }

  private FastTextFormatException failsToLoad(byte[] bytes) throws IOException {
    Path file = dir.resolve("broken.ftz");
    Files.write(file, bytes);
    FastTextFormatException e =
        assertThrows(FastTextFormatException.class, () -> FastTextModel.load(file));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    return e;
  }

  private static void assertMentions(Exception e, String what) {
    assertTrue(e.getMessage().contains(what), "message lacks '" + what + "': " + e.getMessage());
  }

  @Test
  void truncatedHeaderNamesTheField() throws IOException {
    assertMentions(failsToLoad(Arrays.copyOf(model(), 30)), "truncated while reading args.");
  }

  @Test
  void truncatedMatrixNamesTheMatrix() throws IOException {
    byte[] m = model();
    assertMentions(failsToLoad(Arrays.copyOf(m, m.length - 100)), "output matrix");
  }

  @Test
  void everyTruncationFailsCleanly() throws IOException {
    byte[] m = model();
    for (int len = 0; len < m.length; len += 997) {
      assertMentions(failsToLoad(Arrays.copyOf(m, len)), "truncated");
    }
  }

  @Test
  void wrongMagicSaysItIsNotAFastTextFile() throws IOException {
    assertMentions(
        failsToLoad("hello, this is text".getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
        "magic number");
  }

  @Test
  void newerVersionIsRejected() throws IOException {
    byte[] m = model();
    ByteBuffer.wrap(m).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 13);
    assertMentions(failsToLoad(m), "version 13");
  }

  @Test
  void trailingBytesAreRejected() throws IOException {
    byte[] m = model();
    assertMentions(failsToLoad(Arrays.copyOf(m, m.length + 3)), "3 unexpected bytes");
  }

  @Test
  void corruptDictionaryCountsAreRejected() throws IOException {
    byte[] m = model();
    // size (int32) follows magic, version and 56 bytes of args.
    ByteBuffer.wrap(m).order(ByteOrder.LITTLE_ENDIAN).putInt(64, -5);
    assertMentions(failsToLoad(m), "dictionary has size=-5");
  }

  @Test
  void missingFileSaysWhereToGetIt() {
    Path missing = dir.resolve("nope.ftz");
    FileNotFoundException e =
        assertThrows(FileNotFoundException.class, () -> FastTextModel.load(missing));
    assertMentions(e, missing.toString());
  }
}
