// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reference is jsoup itself: parsing the stripped page must give the tree jsoup builds from the
 * whole page, with the contents of scripts, styles and SVGs emptied (JSON-LD and TeX scripts kept).
 */
class UnreadMarkupStripperTest {

  static Stream<String> pages() {
    return Stream.of(
        "<html><head><style>p{color:red}</style><script>var a = 1 < 2;</script></head>"
            + "<body><p>Hello</p><script>document.write('<p>x</p>')</script><p>World</p></body>",
        // upper case names, attributes, spaces and slashes before '>' in end tags
        "<SCRIPT type='text/javascript'>if (a>b) {}</SCRIPT ><p>one</p><STYLE media=x>a{}</style/>",
        // "</scripts>" does not end a script; "</script\t" does
        "<script>x = '</scripts>'; y = 1</script\t><p>after</p>",
        // a '>' and a "<script>" inside quoted attribute values are not markup
        "<div title='a > b <script>' data-x=\"<style>\"><p>kept</p></div><p>next</p>",
        "<div title=\"</script>\">a</div><script>z</script><p>b</p>",
        // comments, including the empty forms, hide what they hold
        "<!-- <script> --><p>visible</p><!--><p>also</p><!---><script>q</script><p>end</p>",
        "<!-- <style> --!><p>after bang comment</p><style>s{}</style>",
        // the script-data escape states: "<!-- <script> </script> -->" does not end the script
        "<script><!-- document.write('<script src=x></script>'); //--></script><p>after</p>",
        "<script><!--\nvar s = '<script>';\n</script><p>inside?</p>--></script><p>out</p>",
        "<script><!--></script><p>p1</p>",
        "<script>a<!--b--></script><p>p2</p>",
        // raw-text and RCDATA elements hold text, not tags
        "<title>My <script> page</title><p>t</p><script>s</script>",
        "<textarea><style> not a style </textarea><p>u</p><style>v{}</style>",
        "<xmp><script></xmp><p>w</p>",
        "<iframe><script></iframe><p>x</p>",
        "<noscript><style>.a{}</style><p>no js</p></noscript><p>y</p>",
        // data the extractor reads stays: JSON-LD (even with an entity in the type) and TeX
        "<script type=\"application/ld+json\">{\"@type\":\"Product\"}</script><p>z</p>",
        "<script type=\"application/ld&#x2B;json\">{\"@type\":\"Product\"}</script><p>z</p>",
        "<p>E = <script type=\"math/tex\">mc^2</script></p><script>drop()</script>",
        // unclosed elements run to the end of the page
        "<p>a</p><script>never closed <p>b</p>",
        "<p>a</p><style>never closed <p>b</p>",
        "<p>a</p><title>never closed <p>b</p>",
        "<p>a</p><plaintext><script>x</script><p>b</p>",
        "<p>a</p><div class='unterminated><script>x</script><p>b</p>",
        // a self-closed script is still open in HTML
        "<script src=a.js /><p>swallowed</p></script><p>after</p>",
        // CDATA, doctype, processing instructions and stray '<'
        "<!DOCTYPE html><?xml version='1.0'?><p>1 < 2 <3</p><![CDATA[ <script> ]]><p>c</p>"
            + "<script>d</script>",
        "<svg><style>.s{}</style><script>e</script><text>t</text></svg><p>f</p>",
        // SVGs: nested, self-closed, unclosed, and holding a tag that may leave foreign content
        "<p>a<svg viewBox='0 0 1 1'><g><path d='M0 0L1 1'/></g><svg><circle r=1 /></svg>"
            + "<text>label</text></svg>b</p><SVG><PATH/></SVG ><p>c</p>",
        "<p>a<svg/><p>not in the svg</p>",
        "<p>a<svg><path d='x'/><!-- </svg> --><title>t</title></svg><p>b</p>",
        "<svg><![CDATA[ </svg> ]]></svg><p>after cdata</p>",
        "",
        "<",
        "<script",
        "<script>",
        "plain text, no markup");
  }

  /** SVGs this scan cannot delimit on its own: they keep their contents. */
  static Stream<String> pagesWithUndelimitedSvgs() {
    return Stream.of(
        "<p>a<svg><path d='x'/><p>breaks out</p></svg><p>b</p>",
        "<div><svg><foreignObject><div>html inside</div></foreignObject></svg>after</div>",
        "<p>a<svg><path d='x'/>never closed<p>b</p><script>s()</script>",
        "<svg><text>a<b>b</b></text></svg><style>s{}</style>");
  }

  @ParameterizedTest
  @MethodSource("pages")
  void parsingTheStrippedPageGivesJsoupsTreeWithUnreadMarkupRemoved(String html) {
    assertEquals(
        expectedTree(html, "script, style, svg"),
        Jsoup.parse(UnreadMarkupStripper.strip(html)).outerHtml());
  }

  @ParameterizedTest
  @MethodSource("pagesWithUndelimitedSvgs")
  void anSvgThatMayEndForeignContentOrNeverClosesKeepsItsContents(String html) {
    assertEquals(
        expectedTree(html, "script, style"),
        Jsoup.parse(UnreadMarkupStripper.strip(html)).outerHtml());
  }

  @Test
  void stripsOnlyTheContentsOfScriptsStylesAndSvgs() {
    assertEquals(
        "<style></style><p>a</p><script src=x></script><script type=math/tex>x^2</script>"
            + "<svg width=3></svg>",
        UnreadMarkupStripper.strip(
            "<style>p{}</style><p>a</p><script src=x>f()</script><script type=math/tex>x^2</script>"
                + "<svg width=3><path d='M0 0'/></svg>"));
  }

  @Test
  void theReaderGivesTheStrippedPage() throws IOException {
    String html = "<p>a</p><script>b()</script><p>c</p>";
    StringWriter read = new StringWriter();
    try (Reader r = UnreadMarkupStripper.reader(html)) {
      r.transferTo(read);
    }
    assertEquals("<p>a</p><script></script><p>c</p>", read.toString());
  }

  @Test
  void returnsThePageItselfWhenThereIsNothingToStrip() {
    String html = "<p>no scripts <b>here</b></p><script></script>";
    assertSame(html, UnreadMarkupStripper.strip(html));
  }

  @Test
  void aPageOfManyCommentsAndScriptsIsStrippedInLinearTime() {
    String html = "<!-- c --><script>x()</script><p>t</p>".repeat(200_000); // 7.4 MB
    String stripped =
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> UnreadMarkupStripper.strip(html));
    assertEquals("<!-- c --><script></script><p>t</p>".repeat(200_000), stripped);
  }

  /** jsoup's tree of {@code html} with the contents of the {@code emptied} elements removed. */
  private static String expectedTree(String html, String emptied) {
    Document doc = Jsoup.parse(html);
    for (Element e : doc.select(emptied)) {
      String attributes = e.attributes().html().toLowerCase(Locale.ROOT);
      boolean data =
          attributes.contains("math/") || (attributes.contains("json") && attributes.contains("ld"));
      if (!(e.normalName().equals("script") && data)) {
        e.empty();
      }
    }
    return doc.outerHtml();
  }
}
