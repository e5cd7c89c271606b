// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract.warc;

import static dev.curate.extract.warc.WarcBytes.concat;
import static dev.curate.extract.warc.WarcBytes.gzip;
import static dev.curate.extract.warc.WarcBytes.html;
import static dev.curate.extract.warc.WarcBytes.http;
import static dev.curate.extract.warc.WarcBytes.readAll;
import static dev.curate.extract.warc.WarcBytes.response;
import static dev.curate.extract.warc.WarcBytes.utf8;
import static dev.curate.extract.warc.WarcBytes.warcinfo;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random corruptions of valid files: the reader must neither throw nor hang. */
class WarcEntryReaderFuzzTest {
  private static final long SEED = 20240518L;

  private static byte[] sampleRecords() {
    return concat(
        warcinfo(),
        html("11111111-1111-1111-1111-111111111111", "http://a/", "<p>" + "a ".repeat(300) + "</p>"),
        response("22222222-2222-2222-2222-222222222222", "http://b/",
            http(200, "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n",
                concat(utf8("40\r\n"), gzip(utf8("b".repeat(500))), utf8("\r\n0\r\n\r\n")))),
        html("33333333-3333-3333-3333-333333333333", "http://c/", "c"));
  }

  private static byte[] gzipPerRecord() {
    return concat(
        gzip(warcinfo()),
        gzip(html("11111111-1111-1111-1111-111111111111", "http://a/", "<p>" + "a ".repeat(300) + "</p>")),
        gzip(html("33333333-3333-3333-3333-333333333333", "http://c/", "c")));
  }

  @Test
  void randomlyCorruptedFilesNeverThrowAndAlwaysTerminate() {
    Random random = new Random(SEED);
    List<byte[]> originals = List.of(sampleRecords(), gzipPerRecord(), gzip(sampleRecords()));
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          for (int iter = 0; iter < 600; iter++) {
            byte[] original = originals.get(iter % originals.size());
            byte[] file = original.clone();
            int kind = random.nextInt(4);
            if (kind == 0) { // flip a few bytes
              for (int k = 0; k < 1 + random.nextInt(8); k++) {
                file[random.nextInt(file.length)] = (byte) random.nextInt(256);
              }
            } else if (kind == 1) { // truncate
              file = java.util.Arrays.copyOf(file, random.nextInt(file.length));
            } else if (kind == 2) { // drop a range
              int from = random.nextInt(file.length);
              int to = Math.min(file.length, from + 1 + random.nextInt(200));
              file = concat(java.util.Arrays.copyOf(file, from), java.util.Arrays.copyOfRange(file, to, file.length));
            } else { // insert random bytes
              int at = random.nextInt(file.length);
              byte[] junk = new byte[1 + random.nextInt(100)];
              random.nextBytes(junk);
              file = concat(java.util.Arrays.copyOf(file, at), junk, java.util.Arrays.copyOfRange(file, at, file.length));
            }
            List<WarcEntry> entries;
            try {
              entries = readAll(file);
            } catch (RuntimeException e) {
              throw new AssertionError("seed " + SEED + " iteration " + iter + " threw", e);
            }
            assertTrue(entries.size() < 1000, "seed " + SEED + " iteration " + iter + ": too many entries");
          }
        });
  }
}
