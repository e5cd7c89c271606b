// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

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
 * whole page, with the contents of scripts and styles emptied (JSON-LD and TeX scripts kept).
 */
class ScriptStyleStripperTest {

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
        "",
        "<",
        "<script",
        "<script>",
        "plain text, no markup");
  }

  @ParameterizedTest
  @MethodSource("pages")
  void parsingTheStrippedPageGivesJsoupsTreeWithScriptAndStyleTextRemoved(String html) {
    assertEquals(expectedTree(html), Jsoup.parse(ScriptStyleStripper.strip(html)).outerHtml());
  }

  @Test
  void stripsOnlyTheContentsOfScriptsAndStyles() {
    assertEquals(
        "<style></style><p>a</p><script src=x></script><script type=math/tex>x^2</script>",
        ScriptStyleStripper.strip(
            "<style>p{}</style><p>a</p><script src=x>f()</script><script type=math/tex>x^2</script>"));
  }

  @Test
  void returnsThePageItselfWhenThereIsNothingToStrip() {
    String html = "<p>no scripts <b>here</b></p><script></script>";
    assertSame(html, ScriptStyleStripper.strip(html));
  }

  @Test
  void aPageOfManyCommentsAndScriptsIsStrippedInLinearTime() {
    String html = "<!-- c --><script>x()</script><p>t</p>".repeat(200_000); // 7.4 MB
    String stripped =
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> ScriptStyleStripper.strip(html));
    assertEquals("<!-- c --><script></script><p>t</p>".repeat(200_000), stripped);
  }

  /** jsoup's tree of {@code html} with the contents of scripts and styles removed. */
  private static String expectedTree(String html) {
    Document doc = Jsoup.parse(html);
    for (Element e : doc.select("script, style")) {
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
