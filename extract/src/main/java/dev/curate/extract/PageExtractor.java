// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract;

import dev.curate.core.DocIds;
import dev.curate.core.config.ExtractSettings;
import dev.curate.extract.charset.CharsetResolver;
import dev.curate.extract.charset.DecodedText;
import dev.curate.extract.html.ExtractedText;
import dev.curate.extract.html.ExtractorOptions;
import dev.curate.extract.html.MainContentExtractor;
import dev.curate.extract.html.UnreadMarkupStripper;
import dev.curate.extract.html.TextFormat;
import dev.curate.extract.warc.WarcEntry;
import java.io.Serializable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Turns one WARC record into a document or a rejection with its reason.
 *
 * <p>Order of checks, cheapest first: read errors, record type, HTTP status, size, content type,
 * then charset decoding, parsing and main-content extraction under a time budget. WET {@code
 * conversion} records already hold text and are kept as they are.
 */
public final class PageExtractor implements Serializable {
  private static final long serialVersionUID = 1L;

  private final ExtractSettings settings;
  private final MainContentExtractor extractor;

  public PageExtractor(ExtractSettings settings) {
    this.settings = settings;
    TextFormat format =
        settings.textFormat() == ExtractSettings.TextFormat.MARKDOWN
            ? TextFormat.MARKDOWN
            : TextFormat.PLAIN;
    this.extractor = new MainContentExtractor(new ExtractorOptions(format));
  }

  public ExtractResult apply(WarcEntry entry) {
    if (WarcEntry.PAYLOAD_TOO_LARGE.equals(entry.error())) {
      // Over a configured limit, not broken input: a rejection, not an error.
      return reject(entry, ExtractReasons.TOO_LARGE, entry.errorDetail());
    }
    if (entry.error() != null) {
      return reject(entry, ExtractReasons.ERROR_PREFIX + entry.error(), entry.errorDetail());
    }
    String type = entry.warcType() == null ? "" : entry.warcType();
    boolean conversion = type.equals("conversion");
    if (!conversion && !type.equals("response") && !type.equals("resource") && !type.equals("arc")) {
      return reject(entry, ExtractReasons.NON_PAGE_RECORD, type);
    }
    if (entry.httpStatus() >= 0 && entry.httpStatus() != 200) {
      return reject(entry, ExtractReasons.HTTP_STATUS, Integer.toString(entry.httpStatus()));
    }
    if (entry.payload() == null) {
      return reject(entry, ExtractReasons.TOO_LARGE, entry.payloadBytes() + " bytes");
    }
    if (entry.payload().length > settings.maxPayloadBytes()) {
      return reject(
          entry,
          ExtractReasons.TOO_LARGE,
          entry.payload().length + " bytes > " + settings.maxPayloadBytes());
    }
    if (conversion) {
      String text = new String(entry.payload(), StandardCharsets.UTF_8).strip();
      return keep(entry, null, text, "UTF-8");
    }
    if (!isHtml(entry.contentType(), entry.payload())) {
      return reject(entry, ExtractReasons.NOT_HTML, String.valueOf(entry.contentType()));
    }
    DecodedText decoded = CharsetResolver.decode(entry.payload(), entry.headerCharset());
    long deadline = System.nanoTime() + settings.maxMillisPerRecord() * 1_000_000L;
    ExtractedText extracted;
    try {
      Document doc =
          Parser.htmlParser()
              .parseInput(
                  new DeadlineReader(UnreadMarkupStripper.reader(decoded.text()), deadline),
                  entry.targetUri() == null ? "" : entry.targetUri());
      extracted = extractor.extract(doc);
    } catch (DeadlineReader.DeadlineExceededException e) {
      return reject(entry, ExtractReasons.TIMEOUT, "over " + settings.maxMillisPerRecord() + " ms");
    } catch (RuntimeException | StackOverflowError e) {
      return reject(entry, ExtractReasons.EXTRACTOR_FAILURE, e.toString());
    }
    if (System.nanoTime() - deadline > 0) {
      return reject(entry, ExtractReasons.TIMEOUT, "over " + settings.maxMillisPerRecord() + " ms");
    }
    return keep(entry, extracted.title(), extracted.text(), decoded.charset());
  }

  private ExtractResult keep(WarcEntry e, String title, String text, String charset) {
    if (text == null || text.codePointCount(0, text.length()) < settings.minTextChars()) {
      return reject(e, ExtractReasons.NO_TEXT, title);
    }
    return result(e, docId(e), title, text, charset, null, null);
  }

  private static ExtractResult reject(WarcEntry e, String reason, String detail) {
    return result(e, e.recordId() == null ? null : docId(e), null, null, null, reason, detail);
  }

  /** What is known about the record, plus the outcome; {@code text_bytes} from {@code text}. */
  private static ExtractResult result(
      WarcEntry e, String docId, String title, String text, String charset, String reason, String detail) {
    return new ExtractResult(
        docId,
        e.targetUri(),
        host(e.targetUri()),
        e.date(),
        e.source(),
        e.offset(),
        e.warcType(),
        e.recordId(),
        title,
        text,
        e.contentType(),
        charset,
        e.payloadBytes(),
        text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length,
        reason,
        detail);
  }

  private static String docId(WarcEntry e) {
    return e.recordId() != null
        ? DocIds.fromRecordId(e.recordId())
        : DocIds.fromUrlAndText(e.targetUri(), e.source() + "@" + e.offset());
  }

  /** Lower-case host of a URL, or null when there is none; tolerates spaces in the URL. */
  static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = URI.create(url.strip().replace(" ", "%20")).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** HTML by declared media type, or by sniffing when the type is missing or generic. */
  static boolean isHtml(String contentType, byte[] payload) {
    if (contentType != null) {
      if (contentType.equals("text/html") || contentType.equals("application/xhtml+xml")) {
        return true;
      }
      if (!contentType.equals("application/octet-stream")
          && !contentType.equals("text/plain")
          && !contentType.isEmpty()
          && !contentType.equals("unknown/unknown")) {
        return false;
      }
    }
    int n = Math.min(payload.length, 1024);
    String head = new String(payload, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    int start = 0;
    while (start < head.length() && (Character.isWhitespace(head.charAt(start)) || head.charAt(start) == '\ufeff' || head.charAt(start) == '\u00ef' || head.charAt(start) == '\u00bb' || head.charAt(start) == '\u00bf')) {
      start++;
    }
    return head.startsWith("<!doctype html", start) || head.startsWith("<html", start) || head.startsWith("<head", start);
  }
}
