// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MainContentExtractorTest {
  private static final MainContentExtractor PLAIN =
      new MainContentExtractor(ExtractorOptions.defaults());
  private static final MainContentExtractor MARKDOWN =
      new MainContentExtractor(new ExtractorOptions(TextFormat.MARKDOWN));

  private static final String NAV =
      "<header class='site-header'><a href='/'>Acme Home</a>"
          + "<nav><ul><li><a href='/a'>Products</a></li><li><a href='/b'>Pricing</a></li>"
          + "<li><a href='/c'>Contact us</a></li></ul></nav></header>";
  private static final String FOOTER =
      "<footer><p>Copyright 2025 Acme Corporation. All rights reserved.</p>"
          + "<ul><li><a href='/privacy'>Privacy policy</a></li><li><a href='/terms'>Terms</a></li>"
          + "</ul></footer>";

  private static String page(String title, String body) {
    return "<!doctype html><html><head><title>"
        + title
        + "</title></head><body>"
        + NAV
        + body
        + FOOTER
        + "</body></html>";
  }

  private static String para(String seed) {
    return "<p>"
        + seed
        + " is described here in enough words to form a real paragraph of text,"
        + " with commas, clauses and details that a reader would actually want to keep.</p>";
  }

  private static void assertKept(String text, String... snippets) {
    for (String s : snippets) {
      assertTrue(text.contains(s), () -> "missing '" + s + "' in:\n" + text);
    }
  }

  private static void assertDropped(String text, String... snippets) {
    for (String s : snippets) {
      assertFalse(text.contains(s), () -> "boilerplate '" + s + "' kept in:\n" + text);
    }
  }

  @Test
  void keepsArticleParagraphsAndDropsNavigation() {
    String html =
        page(
            "Bread baking | Acme",
            "<main><article><h1>Bread baking</h1>"
                + para("Sourdough starter")
                + "<h2>Flour</h2>"
                + para("Whole wheat flour")
                + para("Hydration")
                + "</article></main>");
    ExtractedText out = PLAIN.extract(html, "https://example.com/bread");
    assertEquals("Bread baking | Acme", out.title());
    assertKept(out.text(), "Sourdough starter is described", "Flour", "Hydration is described");
    assertDropped(out.text(), "Acme Home", "Pricing", "Copyright 2025", "Privacy policy");
    assertFalse(out.text().startsWith(" ") || out.text().endsWith("\n"));
    assertTrue(out.text().contains("\n\n"), "blocks are separated by a blank line");
  }

  @Test
  void keepsServicePageSectionsAndDropsCallToActionLinks() {
    String html =
        page(
            "Tax advisory services",
            "<div class='hero'><h1>Tax advisory services</h1>"
                + para("Our tax advisory team")
                + "</div><section><h2>What we do</h2>"
                + para("Corporate tax planning")
                + "<ul><li>Quarterly filings for small companies</li>"
                + "<li>Audit support for growing firms</li></ul></section>"
                + "<section><h2>Why choose us</h2>"
                + para("Twenty years of experience")
                + "</section><div class='share-buttons'><a href='#'>Share on Facebook</a>"
                + "<a href='#'>Share on LinkedIn</a></div>");
    String text = PLAIN.extract(html, null).text();
    assertKept(
        text,
        "Corporate tax planning",
        "Quarterly filings for small companies",
        "Why choose us",
        "Twenty years of experience");
    assertDropped(text, "Share on Facebook", "Contact us");
  }

  @Test
  void keepsForumPostsAndRepliesWhenTheyAreThePage() {
    StringBuilder posts = new StringBuilder("<div class='topic'><h1>Engine will not start</h1>");
    String[] bodies = {
      "My engine will not start in cold weather and the battery seems fine after testing it",
      "Check the glow plugs first, they are the usual suspect when diesel engines fail in cold",
      "I had the same problem last winter and replacing the fuel filter fixed it for good"
    };
    for (int i = 0; i < bodies.length; i++) {
      posts
          .append("<div class='comment post'><span class='author'>user")
          .append(i)
          .append("</span><div class='comment-body'><p>")
          .append(bodies[i])
          .append(". Any further ideas or experiences are welcome here.</p></div></div>");
    }
    posts.append(
        "</div><aside class='sidebar'><h3>Popular topics</h3><ul>"
            + "<li><a href='/t/1'>Best oil for winter</a></li></ul></aside>");
    String text =
        PLAIN.extract(page("Engine will not start - Forum", posts.toString()), null).text();
    assertKept(text, "battery seems fine", "glow plugs", "fuel filter fixed it");
    assertDropped(text, "Popular topics", "Best oil for winter");
  }

  @Test
  void keepsDocumentationCodeBlocksWithTheirWhitespace() {
    String code = "def add(a, b):\n    return a + b\n\n\nprint(add(1,  2))";
    String html =
        page(
            "add() reference",
            "<div class='docs-sidebar'><ul><li><a href='/1'>Install</a></li>"
                + "<li><a href='/2'>Tutorial</a></li></ul></div><div class='document'>"
                + "<h1>add()</h1>"
                + para("The add function")
                + "<pre><code class='python'>"
                + code
                + "</code></pre>"
                + para("Return values")
                + "</div>");
    String text = PLAIN.extract(html, null).text();
    assertKept(text, code, "The add function is described", "Return values");
    assertDropped(text, "Tutorial");
    String md = MARKDOWN.extract(html, null).text();
    assertKept(md, "```\n" + code + "\n```");
  }

  @Test
  void keepsListingItemsWhenThePageIsAList() {
    StringBuilder items = new StringBuilder("<main><h1>Programming languages</h1><ul>");
    for (String lang :
        new String[] {
          "Ada",
          "Basic",
          "COBOL",
          "Dart",
          "Erlang",
          "Fortran",
          "Go",
          "Haskell",
          "Idris",
          "Julia",
          "Kotlin",
          "Lisp",
          "Modula-2",
          "Nim",
          "OCaml",
          "Pascal",
          "Rust",
          "Scala",
          "Tcl",
          "Zig"
        }) {
      items
          .append("<li><a href='/wiki/")
          .append(lang)
          .append("'>")
          .append(lang)
          .append(" programming language</a></li>");
    }
    items.append("</ul></main>");
    String text =
        PLAIN.extract(page("List of programming languages", items.toString()), null).text();
    assertKept(
        text, "Ada programming language\nBasic programming language", "Zig programming language");
    assertDropped(text, "Copyright 2025", "Privacy policy");
  }

  @Test
  void keepsCollectionProductCardsWithPrices() {
    StringBuilder grid = new StringBuilder("<main><h1>Water bottles</h1><div class='grid'>");
    for (int i = 1; i <= 12; i++) {
      grid.append("<div class='card'><h3><a href='/p/")
          .append(i)
          .append("'>Steel bottle model ")
          .append(i)
          .append(" with insulated lid</a></h3><span class='price'>$")
          .append(10 + i)
          .append(".00</span><p>Keeps drinks cold for 24 hours.</p></div>");
    }
    grid.append("</div></main>");
    String text = PLAIN.extract(page("Water bottles", grid.toString()), null).text();
    assertKept(
        text,
        "Steel bottle model 1 with insulated lid",
        "$15.00",
        "Steel bottle model 12 with insulated lid");
    assertDropped(text, "Acme Home", "Terms");
  }

  @Test
  void keepsProductDescriptionAndDropsRelatedProducts() {
    String html =
        page(
            "Trail shoe X1",
            "<div class='product'><h1>Trail shoe X1</h1><span class='price'>$129.00</span>"
                + para("The X1 trail shoe")
                + para("A grippy outsole")
                + "</div>"
                + "<div class='related-products'><h2>You may also like</h2>"
                + "<a href='/p/2'>Road shoe R2</a><a href='/p/3'>Hiking boot H3</a></div>");
    String text = PLAIN.extract(html, null).text();
    assertKept(text, "The X1 trail shoe is described", "A grippy outsole");
    assertDropped(text, "You may also like", "Road shoe R2");
  }

  @Test
  void dropsCookieBannerAndCommentsOnAnArticle() {
    String html =
        page(
            "News",
            "<div id='cookie-consent'><p>We use cookies to improve your experience on this website"
                + " and to show you personalised advertising, see our policy for details.</p></div>"
                + "<article>"
                + para("The city council")
                + para("Budget talks")
                + para("A vote")
                + para("Residents")
                + "</article><section id='comments'><h3>2 comments</h3>"
                + "<div class='comment'><p>Great article, thanks a lot!</p></div></section>");
    String text = PLAIN.extract(html, null).text();
    assertKept(text, "The city council is described", "Residents is described");
    assertDropped(text, "We use cookies", "2 comments", "Great article");
  }

  @Test
  void dropsRelatedLinksAndShareBarInsideTheArticle() {
    String html =
        page(
            "Story",
            "<article><div class='entry-content'>"
                + para("First point")
                + para("Second point")
                + "<div class='social-share'><a href='#'>Tweet</a><a href='#'>Email</a></div>"
                + "<div class='related-posts'><h4>Related</h4><ul><li><a href='/x'>Another story"
                + " about something else entirely</a></li></ul></div></div></article>");
    String text = PLAIN.extract(html, null).text();
    assertKept(text, "First point", "Second point");
    assertDropped(text, "Tweet", "Another story", "Related");
  }

  @Test
  void rendersTablesAsRowsOfCells() {
    String html =
        page(
            "Rates",
            "<article>"
                + para("Tuition rates")
                + "<table><tr><th>Program</th><th>Rate</th></tr>"
                + "<tr><td>Undergraduate</td><td>$390</td></tr>"
                + "<tr><td>Graduate</td><td>$580</td></tr></table></article>");
    String text = PLAIN.extract(html, null).text();
    assertKept(text, "Program | Rate\nUndergraduate | $390\nGraduate | $580");
  }

  @Test
  void keepsTexOfMathJaxAndKatexFormulas() {
    String html =
        page(
            "Math",
            "<article>"
                + para("Euler identity")
                + "<p>Formula: <span class='MathJax'>e i pi rendered</span>"
                + "<script type='math/tex'>e^{i\\pi} + 1 = 0</script> holds.</p>"
                + "<p>Also <span class='katex'><span class='katex-mathml'><math><semantics><mrow>"
                + "<mi>x</mi></mrow><annotation encoding='application/x-tex'>x^2</annotation>"
                + "</semantics></math></span><span class='katex-html' aria-hidden='true'>x2</span>"
                + "</span> and <math><mi>y</mi><mo>+</mo><mn>1</mn></math> here.</p>"
                + para("Proof")
                + "</article>");
    String text = PLAIN.extract(html, null).text();
    assertKept(text, "e^{i\\pi} + 1 = 0", "x^2", "y+1");
    assertDropped(text, "rendered", "x2");
  }

  @Test
  void rendersMarkdownHeadingsAndListItems() {
    String html =
        page(
            "Guide",
            "<article><h2>Steps</h2>"
                + para("Follow these")
                + "<ul><li>Mix the flour</li>"
                + "<li>Bake the loaf</li></ul>"
                + para("Enjoy")
                + "</article>");
    String md = MARKDOWN.extract(html, null).text();
    assertKept(md, "## Steps", "- Mix the flour\n- Bake the loaf");
    String plain = PLAIN.extract(html, null).text();
    assertKept(plain, "Steps\n\n", "Mix the flour\nBake the loaf");
    assertDropped(plain, "## ", "- Mix");
  }

  @Test
  void keepsTheLinkedTitlesOfARunOfItemCardsBelowALongIntroduction() {
    StringBuilder body = new StringBuilder("<main><h1>Guides</h1>");
    for (int i = 0; i < 11; i++) {
      body.append(para("Part " + i + " of the introduction to the guides below"));
    }
    body.append("<div class='grid'>");
    for (int i = 0; i < 60; i++) {
      body.append("<div class='card'><h3><a href='/g/").append(i).append("'>Field guide number ");
      body.append(i).append("</a></h3><span>By Ann Lee, 12 min read</span></div>");
    }
    body.append("</div></main>");
    String text = PLAIN.extract(page("Guides", body.toString()), null).text();
    assertKept(text, "Part 0 of the introduction", "Field guide number 0", "Field guide number 59");
    assertDropped(text, "Privacy policy", "Acme Home");
  }

  @Test
  void returnsNothingWhenAScriptRenderedPageShowsOnlyItsFooterLinkColumns() {
    StringBuilder cols = new StringBuilder();
    String[] titles = {"Help", "Multi-Language Sites", "Browse by Category", "Group Sites"};
    for (String t : titles) {
      cols.append("<div class='col'><h3>").append(t).append("</h3><p>");
      for (int i = 0; i < 8; i++) {
        cols.append(i > 0 ? ", " : "").append("<a href='/").append(i).append("'>");
        cols.append(t).append(" link number ").append(i).append("</a>");
      }
      cols.append("</p></div>");
    }
    String html =
        "<html><head><title>Item</title></head><body><div id='root'></div>"
            + "<footer><div class='site-footer'>"
            + cols
            + "</div></footer></body></html>";
    String text = PLAIN.extract(html, null).text();
    assertDropped(text, "Help link number 0", "Browse by Category");
    assertEquals("", text);
  }

  @Test
  void keepsAPageWhoseOnlyProseSitsInsideANoscriptOrFooterTag() {
    String html =
        "<html><head><title>Notes</title></head><body><div id='root'></div><footer>"
            + para("The crawler-only copy of the article")
            + para("A second paragraph of that copy")
            + "</footer></body></html>";
    String text = PLAIN.extract(html, null).text();
    assertKept(text, "The crawler-only copy of the article", "A second paragraph of that copy");
  }

  @Test
  void finishesOnAPageNestedOneHundredThousandLevelsDeep() {
    int depth = 100_000;
    StringBuilder sb = new StringBuilder(depth * 12);
    sb.append("<html><body>");
    for (int i = 0; i < depth; i++) {
      sb.append("<div>");
    }
    sb.append("<p>Deep text that is long enough to be a paragraph of content for the test.</p>");
    for (int i = 0; i < depth; i++) {
      sb.append("</div>");
    }
    sb.append("</body></html>");
    String html = sb.toString();
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          ExtractedText out = PLAIN.extract(html, null);
          assertKept(out.text(), "Deep text that is long enough");
        });
  }

  @Test
  void returnsEmptyTextForEmptyAndGarbageInput() {
    ExtractedText empty = PLAIN.extract("", null);
    assertEquals("", empty.text());
    assertNull(empty.title());
    assertEquals("", PLAIN.extract((String) null, null).text());
    String garbage = PLAIN.extract("<<<>>><div<</p>\u0000\uFFFF&#xD800;<![CDATA[", "x").text();
    assertFalse(garbage.contains("<div"), garbage);
    assertEquals(
        "",
        PLAIN
            .extract(
                "<html><body><script>var x = 1;</script>" + "<style>p{}</style></body></html>",
                null)
            .text());
  }

  @Test
  void readsTitleFromOpenGraphOrFirstHeadingWhenTitleIsMissing() {
    assertEquals(
        "OG title",
        PLAIN
            .extract(
                "<html><head><meta property='og:title' "
                    + "content='OG title'></head><body><p>x</p></body></html>",
                null)
            .title());
    assertEquals("Heading", PLAIN.extract("<h1>Heading</h1><p>text</p>", null).title());
  }

  @Test
  void survivesJavaSerializationForSpark() throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(MARKDOWN);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      MainContentExtractor copy = (MainContentExtractor) in.readObject();
      String html = page("T", "<article><h2>Head</h2>" + para("Body") + "</article>");
      assertEquals(MARKDOWN.extract(html, null), copy.extract(html, null));
    }
  }

  @Test
  void doesNotModifyTheParsedDocument() {
    Document doc = Jsoup.parse(page("T", "<article>" + para("Stable") + "</article>"));
    String before = doc.outerHtml();
    PLAIN.extract(doc);
    assertEquals(before, doc.outerHtml());
  }
}
