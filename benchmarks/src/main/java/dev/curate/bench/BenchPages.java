// SPDX-License-Identifier: Apache-2.0
package dev.curate.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.curate.extract.charset.CharsetResolver;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Loads pages of a WCXB split ({@code html/NNNN.html.gz}, URL from {@code
 * ground-truth/NNNN.json.gz} when present) and decodes them: charset from the byte order mark, else
 * from a {@code <meta>} declaration in the first {@value #PRESCAN_BYTES} bytes, else UTF-8.
 */
public final class BenchPages {
  /** Bytes searched for a {@code <meta>} charset declaration. */
  public static final int PRESCAN_BYTES = 4096;

  private static final ObjectMapper JSON = new ObjectMapper();

  // <meta charset=x> and <meta http-equiv=Content-Type content="text/html; charset=x">
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private BenchPages() {}

  /** Up to {@code limit} pages of {@code dataDir}, sorted by id. */
  public static List<BenchPage> load(Path dataDir, int limit) throws IOException {
    Path htmlDir = dataDir.resolve("html");
    if (!Files.isDirectory(htmlDir)) {
      throw new IOException("no html/ folder in " + dataDir + " (expected WCXB layout: html/NNNN.html.gz)");
    }
    List<String> ids;
    try (Stream<Path> s = Files.list(htmlDir)) {
      ids =
          s.map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".html.gz"))
              .map(n -> n.substring(0, n.length() - ".html.gz".length()))
              .sorted()
              .limit(limit)
              .collect(Collectors.toList());
    }
    List<BenchPage> pages = new ArrayList<>(ids.size());
    for (String id : ids) {
      byte[] raw = gunzip(htmlDir.resolve(id + ".html.gz"));
      String html = decode(raw);
      pages.add(new BenchPage(id, url(dataDir, id), html, raw.length, utf8Length(html)));
    }
    return pages;
  }

  /** Decodes an HTML page: byte order mark, else {@code <meta>} charset, else UTF-8. */
  public static String decode(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
      return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
      return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
    }
    // ISO-8859-1 maps bytes 1:1 to chars: an ASCII-compatible prescan
    String head = new String(b, 0, Math.min(b.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    Charset cs = m.find() ? CharsetResolver.forLabel(m.group(1)) : null;
    if (cs == null || cs.name().startsWith("UTF-16")) {
      // unknown label, or a <meta> declaring UTF-16 (means UTF-8 by the HTML prescan rule)
      cs = StandardCharsets.UTF_8;
    }
    return new String(b, cs);
  }

  /** Length of {@code s} in UTF-8 without encoding it. */
  static int utf8Length(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  private static String url(Path dataDir, String id) throws IOException {
    Path gt = dataDir.resolve("ground-truth").resolve(id + ".json.gz");
    if (!Files.isRegularFile(gt)) {
      return "";
    }
    return JSON.readTree(gunzip(gt)).path("url").asText("");
  }

  private static byte[] gunzip(Path p) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(p), 64 * 1024)) {
      return in.readAllBytes();
    }
  }
}
