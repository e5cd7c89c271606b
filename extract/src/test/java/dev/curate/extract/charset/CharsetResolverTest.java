// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract.charset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetResolverTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Charset ISO_8859_7 = Charset.forName("ISO-8859-7");

  private static void assertDecoded(DecodedText d, String text, String charset, String method) {
    assertEquals(text, d.text());
    assertEquals(charset, d.charset());
    assertEquals(method, d.method());
  }

  @Test
  void headerCharsetIsUsed() {
    byte[] b = "<p>café</p>".getBytes(WINDOWS_1252);
    assertDecoded(CharsetResolver.decode(b, "windows-1252"), "<p>café</p>", "windows-1252", DecodedText.HEADER);
  }

  @Test
  void iso88591AndAsciiLabelsDecodeAsWindows1252() {
    byte[] b = {'a', (byte) 0x80, (byte) 0x93, 'b'}; // euro sign and left double quote in cp1252
    assertDecoded(CharsetResolver.decode(b, "ISO-8859-1"), "a\u20ac\u201cb", "windows-1252", DecodedText.HEADER);
    assertEquals("windows-1252", CharsetResolver.decode(b, "\"us-ascii\"").charset());
  }

  @Test
  void byteOrderMarkWinsOverTheHeaderAndIsRemoved() {
    byte[] b = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'h', (byte) 0xc3, (byte) 0xa9};
    assertDecoded(CharsetResolver.decode(b, "iso-8859-1"), "hé", "UTF-8", DecodedText.BOM);
    byte[] utf16 = {(byte) 0xff, (byte) 0xfe, 'h', 0, 'i', 0};
    assertDecoded(CharsetResolver.decode(utf16, null), "hi", "UTF-16LE", DecodedText.BOM);
  }

  @Test
  void metaCharsetIsUsedWithoutHeader() {
    String page = "<html><head><meta charset=\"windows-1251\"><title>Привет</title></head></html>";
    byte[] b = page.getBytes(Charset.forName("windows-1251"));
    assertDecoded(CharsetResolver.decode(b, null), page, "windows-1251", DecodedText.META);
  }

  @Test
  void metaHttpEquivContentTypeIsUsed() {
    String page = "<html><head><META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=Shift_JIS'>"
        + "<title>日本語のページ</title></head></html>";
    byte[] b = page.getBytes(Charset.forName("windows-31j"));
    assertDecoded(CharsetResolver.decode(b, null), page, "windows-31j", DecodedText.META);
  }

  @Test
  void greekIso88597DeclaredInMetaIsDecoded() {
    String page = "<html><head><meta http-equiv=\"content-type\" content=\"text/html;charset=iso-8859-7\">"
        + "</head><body>Καλημέρα κόσμε</body></html>";
    byte[] b = page.getBytes(ISO_8859_7);
    assertDecoded(CharsetResolver.decode(b, null), page, "ISO-8859-7", DecodedText.META);
  }

  @Test
  void metaInsideACommentIsIgnored() {
    String page = "<!-- <meta charset=\"koi8-r\"> --><p>plain ascii</p>";
    DecodedText d = CharsetResolver.decode(page.getBytes(StandardCharsets.US_ASCII), null);
    assertEquals(DecodedText.DEFAULT, d.method());
    assertEquals("UTF-8", d.charset());
  }

  @Test
  void metaDeclaringUtf16MeansUtf8() {
    String page = "<meta charset=\"utf-16\"><p>caf\u00e9</p>";
    assertDecoded(CharsetResolver.decode(page.getBytes(StandardCharsets.UTF_8), null), page, "UTF-8", DecodedText.META);
  }

  @Test
  void unknownHeaderLabelFallsThroughToMeta() {
    String page = "<meta charset=\"iso-8859-7\"><p>Ελληνικά</p>";
    DecodedText d = CharsetResolver.decode(page.getBytes(ISO_8859_7), "no-such-charset");
    assertDecoded(d, page, "ISO-8859-7", DecodedText.META);
    assertEquals(DecodedText.DEFAULT, CharsetResolver.decode("abc".getBytes(StandardCharsets.US_ASCII), "utf-7").method());
  }

  @Test
  void windows1252TextWithoutDeclarationIsDetected() {
    String text = "Le cœur a ses raisons que la raison ne connaît point. Ça m’étonne, où est-ce "
        + "qu’il a trouvé ce café très célèbre? Déjà vu, à bientôt, garçon, élève, forêt, "
        + "Müller grüßt die Bäcker in Köln – „schön“ sagte er. ";
    byte[] b = text.repeat(3).getBytes(WINDOWS_1252);
    DecodedText d = CharsetResolver.decode(b, null);
    assertEquals(DecodedText.DETECTED, d.method());
    assertEquals("windows-1252", d.charset());
    assertEquals(text.repeat(3), d.text());
  }

  @Test
  void validUtf8WithoutDeclarationIsDetectedAsUtf8() {
    String text = "naïve café — 東京 ";
    DecodedText d = CharsetResolver.decode(text.getBytes(StandardCharsets.UTF_8), null);
    assertDecoded(d, text, "UTF-8", DecodedText.DETECTED);
  }

  @Test
  void malformedBytesAreReplacedNeverThrown() {
    byte[] b = {'a', (byte) 0xc3, 'b', (byte) 0xff};
    DecodedText d = CharsetResolver.decode(b, "utf-8");
    assertEquals("a\ufffdb\ufffd", d.text());
    assertEquals("", CharsetResolver.decode(null, null).text());
  }

  @Test
  void labelsMapAsBrowsersDo() {
    assertEquals("GBK", CharsetResolver.forLabel("gb2312").name());
    assertEquals("windows-1254", CharsetResolver.forLabel("ISO-8859-9").name());
    assertEquals("UTF-8", CharsetResolver.forLabel(" 'UTF8' ").name());
    assertNull(CharsetResolver.forLabel("utf-32"));
    assertNull(CharsetResolver.forLabel("x-made-up"));
    assertNull(CharsetResolver.forLabel(""));
    assertTrue(CharsetResolver.forLabel("euc-jp") != null);
  }

  @Test
  void metaScannerReadsUnquotedAndSpacedAttributes() {
    assertEquals("utf-8", MetaCharsetScanner.scan("<head><meta charset = utf-8 >".getBytes(StandardCharsets.US_ASCII), 4096));
    assertEquals("euc-kr", MetaCharsetScanner.scan(
        "<div title='<meta charset=koi8-r>'></div><meta content=\"text/html; charset = euc-kr\" http-equiv=Content-Type>"
            .getBytes(StandardCharsets.US_ASCII), 4096));
    assertNull(MetaCharsetScanner.scan(("<p>" + "x".repeat(5000) + "<meta charset=utf-8>").getBytes(StandardCharsets.US_ASCII), 4096));
  }
}
