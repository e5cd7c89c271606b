// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Regression pages, one or more per page type, each with the boilerplate that type is prone to:
 * price widgets and review blocks on products, card headers on listings, utility-CSS class names on
 * collections, user chrome on forums, and pages with no main content at all.
 */
class PageTypeExtractionTest {
  private static final MainContentExtractor PLAIN =
      new MainContentExtractor(ExtractorOptions.defaults());

  private static final String NAV =
      "<header class='site-header'><a href='/'>Acme Home</a>"
          + "<nav><ul><li><a href='/a'>Products</a></li><li><a href='/b'>Pricing</a></li>"
          + "<li><a href='/c'>Contact us</a></li></ul></nav></header>";
  private static final String FOOTER =
      "<footer><p>Copyright 2025 Acme Corporation. All rights reserved.</p>"
          + "<ul><li><a href='/privacy'>Privacy policy</a></li><li><a href='/terms'>Terms</a></li>"
          + "</ul></footer>";

  private static String page(String head, String body) {
    return "<!doctype html><html><head><title>Page</title>"
        + head
        + "</head><body>"
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

  /** The items {@code item.apply(i)} for i = 1..n, concatenated: the cards of a test grid. */
  private static String items(int n, IntFunction<String> item) {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      sb.append(item.apply(i));
    }
    return sb.toString();
  }

  private static String text(String html) {
    return PLAIN.extract(html, null).text();
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
  void productPageKeepsDescriptionAndDropsPricesBadgesReviewsAndCarousel() {
    String ld =
        "<script type='application/ld+json'>{\"@context\":\"https://schema.org\","
            + "\"@type\":\"Product\",\"name\":\"Hemp dress\"}</script>";
    String body =
        "<main><div class='product-main'><h1>Iris hemp dress</h1>"
            + "<div class='product-price'><span>€132.34</span></div>"
            + "<ul class='currency-list'><li>AED: 549.56AED</li><li>GBP: £110.82</li>"
            + "<li>USD: $149.64</li></ul>"
            + "<p class='badge'>16 people are viewing this right now</p>"
            + para("The iris hemp dress")
            + "<ul><li>Three layers of flowy fabric with a side zip</li>"
            + "<li>Materials: 100% hemp, azo-free dyes</li></ul>"
            + para("Care instructions")
            + "</div>"
            + "<section><h2>Customer reviews</h2>"
            + "<p>I absolutely love this dress, it fits perfectly and the fabric feels great on"
            + " the skin, I wear it every weekend and get compliments all the time.</p>"
            + "<p>Lovely colour, fast delivery, would buy again from this shop without a doubt"
            + " because the quality is far better than anything in the high street.</p></section>"
            + "<section><h2>You may also like</h2>"
            + "<div><a href='/p/2'>Aspen beige hemp pants</a><span>€95.25</span></div>"
            + "<div><a href='/p/3'>Terra green co-ord set</a><span>€127.04</span></div>"
            + "</section></main>";
    String text = text(page(ld, body));
    assertKept(
        text,
        "The iris hemp dress is described",
        "Three layers of flowy fabric",
        "Care instructions is described");
    assertDropped(
        text,
        "€132.34",
        "AED: 549.56AED",
        "people are viewing",
        "Customer reviews",
        "I absolutely love this dress",
        "You may also like",
        "Aspen beige hemp pants");
  }

  @Test
  void reviewsStayOnPagesThatAreNotProducts() {
    String body =
        "<article><h1>Best tents of the year</h1>"
            + para("Our testers")
            + "<h2>Reviews</h2>"
            + para("The first tent")
            + para("The second tent")
            + "</article>";
    assertKept(text(page("", body)), "Reviews", "The first tent is described");
  }

  @Test
  void listingKeepsCardTitlesWhoseHeaderSitsInsideTheArticleCard() {
    StringBuilder cards = new StringBuilder("<main><h1>Headphones</h1><section class='river'>");
    for (int i = 1; i <= 8; i++) {
      cards
          .append("<article class='river-article'><header><h2><a href='/a/")
          .append(i)
          .append("'>Headphone story number ")
          .append(i)
          .append(" gets a new colour</a></h2><span>Oct ")
          .append(i)
          .append("</span></header><p>Short teaser for story ")
          .append(i)
          .append(".</p></article>");
    }
    cards.append("</section></main>");
    String text = text(page("", cards.toString()));
    assertKept(text, "Headphone story number 1 gets a new colour", "Headphone story number 8 gets");
    assertDropped(text, "Acme Home", "Pricing", "Privacy policy");
  }

  @Test
  void collectionKeepsContentWhoseUtilityClassesSpellBoilerplateWords() {
    StringBuilder grid =
        new StringBuilder(
            "<main><div class='stack lg:has-[>[data-slot=banner]]:pt-0 container--more-ads'>"
                + "<h1>Water bottles</h1>");
    for (int i = 1; i <= 6; i++) {
      grid.append("<div class='card'><h3><a href='/p/")
          .append(i)
          .append("'>Steel bottle model ")
          .append(i)
          .append("</a></h3><p>Keeps drinks cold for a whole day.</p></div>");
    }
    grid.append(para("Our bottle range")).append("</div></main>");
    String text = text(page("", grid.toString()));
    assertKept(text, "Steel bottle model 1", "Steel bottle model 6", "Our bottle range is");
    assertDropped(text, "Acme Home", "Privacy policy");
  }

  @Test
  void listingKeepsARankingTableWhoseClassNamesAStickyHeader() {
    StringBuilder table =
        new StringBuilder(
            "<main><h1>Laureates</h1><table class='wikitable sticky-header'>"
                + "<tr><th>Year</th><th>Physics</th><th>Chemistry</th></tr>");
    for (int y = 1901; y <= 1912; y++) {
      table
          .append("<tr><td>")
          .append(y)
          .append("</td><td><a href='/p")
          .append(y)
          .append("'>Physicist ")
          .append(y)
          .append("</a></td><td><a href='/c")
          .append(y)
          .append("'>Chemist ")
          .append(y)
          .append("</a></td></tr>");
    }
    table.append("</table></main>");
    String text = text(page("", table.toString()));
    assertKept(text, "1901 | Physicist 1901 | Chemist 1901", "1912 | Physicist 1912");
  }

  @Test
  void listingDropsALongCookieNoticeInAConsentDialog() {
    StringBuilder body =
        new StringBuilder(
            "<div role='alertdialog' class='consent'><p>We, and our partners use cookies and"
                + " similar methods to recognize visitors and remember their preferences, to"
                + " measure advertising and to analyse traffic. Some of these technologies are"
                + " essential, others are optional but serve to enhance the user experience in"
                + " various ways that are described in our notice.</p></div><main>");
    for (int i = 1; i <= 6; i++) {
      body.append("<div class='card'><h2><a href='/s/")
          .append(i)
          .append("'>Science story ")
          .append(i)
          .append(" about left-handed people</a></h2><p>Short teaser ")
          .append(i)
          .append(".</p></div>");
    }
    body.append("</main>");
    String text = text(page("", body.toString()));
    assertKept(text, "Science story 1 about", "Science story 6 about");
    assertDropped(text, "use cookies");
  }

  @Test
  void forumKeepsPostsAndDropsSignaturesUserStatsAndVoteWidgets() {
    StringBuilder thread = new StringBuilder("<div class='thread'><h1>Glow plugs or battery?</h1>");
    String[] bodies = {
      "My diesel will not start in cold weather although the battery tests fine every time",
      "Check the glow plugs first, they are the usual suspect when diesels fail in the cold",
      "Replacing the fuel filter fixed the same problem for me last winter, try that too"
    };
    for (int i = 0; i < bodies.length; i++) {
      thread
          .append("<div class='post'><div class='userinfo'><a href='/u/")
          .append(i)
          .append("'>driver")
          .append(i)
          .append("</a><span>Posts: 621")
          .append(i)
          .append("</span><span>Founded: Oct 05, 2011</span></div>")
          .append("<div class='votes'><span class='sr-only'>Vote count</span><b>4")
          .append(i)
          .append("</b></div><div class='message'><p>")
          .append(bodies[i])
          .append(". Any further ideas are welcome.</p>")
          .append("<blockquote>Earlier post quoted here<div>Click to expand...</div>")
          .append("</blockquote></div><div class='signature'>Signatures are the bumper")
          .append(" stickers of the internet.</div></div>");
    }
    thread.append("</div>");
    String text = text(page("", thread.toString()));
    assertKept(text, "battery tests fine", "glow plugs first", "fuel filter fixed");
    assertDropped(
        text, "Posts: 621", "Founded: Oct", "Vote count", "Click to expand", "bumper stickers");
  }

  @Test
  void pageWithOnlyNavigationFooterAndCookieBannerYieldsEmptyText() {
    String body =
        "<div id='cookie-banner'><p>We use cookies to improve your experience and to show"
            + " personalised ads. By continuing you accept our cookie policy.</p>"
            + "<a href='/ok'>Accept</a></div>"
            + "<aside class='sidebar'><h3>Categories</h3><ul><li><a href='/c/1'>Shoes</a></li>"
            + "<li><a href='/c/2'>Bags</a></li></ul></aside>"
            + "<div id='app'></div><noscript>You need to enable JavaScript to run this app."
            + "</noscript>";
    String html =
        "<!doctype html><html><head><title>Shop</title>"
            + "<meta name='description' content='The best shop for shoes and bags online.'>"
            + "</head><body>"
            + NAV
            + body
            + FOOTER
            + "</body></html>";
    assertEquals("", text(html));
  }

  @Test
  void pageLeftWithOnlyASoldOutBadgeYieldsEmptyText() {
    String html =
        "<html><head><title>Barn</title></head><body><div class='app'><span>Sold Out</span>"
            + "</div></body></html>";
    assertEquals("", text(html));
  }

  @Test
  void scriptRenderedPageWithAnEmptyBodyYieldsEmptyTextNotItsMetaDescription() {
    String html =
        "<html><head><title>Shop</title><meta property='og:description'"
            + " content='Washable rugs, made to order.'></head><body><div id='root'></div>"
            + "<script>window.app = {}</script></body></html>";
    assertEquals("", text(html));
  }

  @Test
  void scriptRenderedProductPageFallsBackToItsJsonLdDescription() {
    String html =
        "<html><head><title>Almond thins</title><script type='application/ld+json'>"
            + "{\"@type\":\"Product\",\"name\":\"Almond thins\",\"description\":"
            + "\"<p>Toasted almond thins with cranberries, baked twice for crunch and sliced"
            + " thin, with no artificial colours, flavours or preservatives.<\\/p>\"}"
            + "</script></head><body><div id='root'></div></body></html>";
    assertEquals(
        "Toasted almond thins with cranberries, baked twice for crunch and sliced thin, with no"
            + " artificial colours, flavours or preservatives.",
        text(html));
  }

  @Test
  void servicePageKeepsPageBuilderTextBoxesMarkedAsWidgets() {
    StringBuilder body = new StringBuilder("<main><h1>Marketing services</h1>");
    for (String s : new String[] {"Campaign strategy", "Cross-channel marketing", "Analytics"}) {
      body.append("<div class='elementor-widget-container'><h3>")
          .append(s)
          .append("</h3><p>")
          .append(s)
          .append(" helps healthcare brands reach the right patients with clear, measured")
          .append(" messages that are tested, tracked and improved every month.</p></div>");
    }
    body.append("</main>");
    String text = text(page("", body.toString()));
    assertKept(
        text,
        "Campaign strategy helps healthcare brands",
        "Cross-channel marketing helps",
        "Analytics helps healthcare brands");
  }

  @Test
  void textRenderedOncePerScreenSizeIsKeptOnce() {
    String caption = "<p>Abeiku wears size large and is six feet tall</p>";
    String body =
        "<main><div class='mobile'>"
            + caption
            + "</div>"
            + para("The staple tee")
            + "<div class='desktop'>"
            + caption
            + "</div></main>";
    String text = text(page("", body));
    int first = text.indexOf("Abeiku wears");
    assertTrue(first >= 0, text);
    assertEquals(-1, text.indexOf("Abeiku wears", first + 1), text);
  }

  @Test
  void articleDropsRelatedSectionInAnotherLanguage() {
    String body =
        "<article><h1>Le pain au levain</h1>"
            + para("Le levain")
            + para("La farine")
            + "<div class='more'><h3>Vous aimerez aussi</h3>"
            + "<div><a href='/a'>Brioche maison</a><span>12 min</span></div>"
            + "<div><a href='/b'>Pain de mie</a><span>8 min</span></div></div></article>";
    String text = text(page("", body));
    assertKept(text, "Le levain is described", "La farine is described");
    assertDropped(text, "Vous aimerez aussi", "Brioche maison");
  }

  @Test
  void consentManagerStaysBoilerplateWhenItsVendorTextOutweighsTheArticle() {
    StringBuilder vendors = new StringBuilder("<div id='onetrust-consent-sdk'><div class='ot-pc'>");
    for (int i = 1; i <= 6; i++) {
      vendors.append(
          "<p>Vendor "
              + i
              + " stores and accesses information on your device to measure content performance,"
              + " develop and improve products, and build audience insights for its partners.</p>");
    }
    vendors.append("</div></div>");
    String body =
        "<main><h1>New case first impressions</h1>"
            + para("The new case")
            + para("Airflow through the front panel")
            + "</main>"
            + vendors;
    String text = text(page("", body));
    assertKept(text, "The new case is described", "Airflow through the front panel");
    assertDropped(text, "Vendor 1", "audience insights");
  }

  @Test
  void productPageDropsSiteWideTestimonialsInThePageFooter() {
    String ld =
        "<script type='application/ld+json'>{\"@context\":\"https://schema.org\","
            + "\"@type\":\"Product\",\"name\":\"Hemp dress\"}</script>";
    StringBuilder footer = new StringBuilder("<div class='page-footer-wrapper'><div>");
    for (String name : new String[] {"Alice", "Joelle", "Laura", "Rebeca"}) {
      footer.append(
          "<p>I bought from this boutique twice and about to make my third purchase, the"
              + " selection is fabulous and the values it stands for matter to me a lot.</p><p>"
              + name
              + "</p>");
    }
    footer.append("</div></div>");
    String body =
        "<main><h1>Iris hemp dress</h1>"
            + para("The iris hemp dress")
            + "<ul><li>Three layers of flowy fabric with a side zip</li></ul></main>"
            + footer;
    String text = text(page(ld, body));
    assertKept(text, "The iris hemp dress is described", "Three layers of flowy fabric");
    assertDropped(text, "third purchase", "Joelle");
  }

  @Test
  void footerHoldingThePageTitleIsAWrapperNotTheFooter() {
    String body =
        "<div class='notice'>"
            + para("Building works on the east wing")
            + "</div><div class='site-footer-wrap'><h1>Opening hours</h1>"
            + para("The library opens")
            + para("On public holidays the reading room")
            + para("The archive")
            + "</div>";
    String text = text(page("", body));
    assertKept(text, "The library opens is described", "On public holidays the reading room");
  }

  @Test
  void productKeepsSpecificationsInACollapsedAccordionButNotOtherHiddenText() {
    String body =
        "<main><h1>Summit fire pit</h1>"
            + para("The summit fire pit")
            + "<div class='chakra-accordion__item'><button>Dimensions and materials</button>"
            + "<div class='chakra-collapse' style='display: none'><ul>"
            + "<li>Height: 39.1 cm, width: 62.5 cm, weight: 15.9 kg</li>"
            + "<li>Material: stainless steel</li></ul></div></div>"
            + "<div class='tab-panel' hidden><p>Care: wipe with a soft brush</p></div>"
            + "<div class='promo-strip' style='display:none'><p>Spring sale ends tonight</p></div>"
            + "</main>";
    String text = text(page("", body));
    assertKept(
        text,
        "The summit fire pit is described",
        "Material: stainless steel",
        "Care: wipe with a soft brush");
    assertDropped(text, "Spring sale ends tonight");
  }

  @Test
  void reactProductPageWithOnlyOptionLabelsGetsItsJsonLdDescriptionAdded() {
    String html =
        "<html><head><title>Quarter socks</title></head><body><section id='react-product'>"
            + "<script type='application/ld+json'>{\"@type\":\"Product\",\"name\":"
            + "\"Quarter socks\",\"description\":\"These quarters are engineered for comfort,"
            + " higher than an ankle sock and lower than a calf sock, just right for many shoes.\"}"
            + "</script><h1>Quarter socks</h1><p>Color: white</p><p>Size guide</p>"
            + "<p>Midweight cushion for your everyday shoes</p></section></body></html>";
    String text = text(html);
    assertKept(text, "These quarters are engineered for comfort", "Midweight cushion");
    assertEquals(1, text.split("engineered for comfort", -1).length - 1, text);
  }

  @Test
  void listingHomePageKeepsItemListsBoxedInWidgets() {
    StringBuilder body = new StringBuilder("<main><h1>Engineering news</h1>");
    String[] sections = {"News", "Trending", "Articles"};
    for (int s = 0; s < sections.length; s++) {
      body.append("<section class='")
          .append(s == 0 ? "news-grid" : "widget popular")
          .append("'><h2>")
          .append(sections[s])
          .append("</h2><ul>");
      for (int i = 1; i <= 5; i++) {
        body.append("<li><h3><a href='/n/")
            .append(s)
            .append(i)
            .append("'>")
            .append(sections[s])
            .append(" headline number ")
            .append(i)
            .append(" about distributed databases</a></h3></li>");
      }
      body.append("</ul></section>");
    }
    body.append("</main>");
    String text = text(page("", body.toString()));
    assertKept(text, "News headline number 1", "Trending headline number 3", "Articles headline");
  }

  @Test
  void hiddenWrapperDirectlyInsideMainIsAScriptLoadingStateAndIsKept() {
    String body =
        "<main id='MainContent'><div class='content-lock' style='display:none;'>"
            + "<h1>Dark roast coffee</h1>"
            + para("Meet the yin to your yang")
            + "</div></main><div style='display:none'><p>Item added to your cart</p></div>";
    String text = text(page("", body));
    assertKept(text, "Meet the yin to your yang is described");
    assertDropped(text, "Item added to your cart");
  }

  @Test
  void productPageDropsAReviewWidgetNamedByItsClassButArticlesKeepReviews() {
    String ld =
        "<script type='application/ld+json'>{\"@type\":\"Product\",\"name\":\"Mug\"}</script>";
    String widget =
        "<div class='yotpo-reviews-widget'><p>I drink my coffee from this mug every single"
            + " morning and it keeps the heat far longer than any other cup I have owned.</p>"
            + "<p>Lovely glaze and a comfortable handle, it arrived well packed and on time"
            + " too.</p></div>";
    StringBuilder body = new StringBuilder("<main><h1>Stoneware mug</h1>");
    for (String seed : new String[] {"The stoneware mug", "Its glaze", "The handle", "The clay"}) {
      for (int i = 1; i <= 3; i++) {
        body.append(para(seed + " (part " + i + ")"));
      }
    }
    body.append(widget).append("</main>");
    String text = text(page(ld, body.toString()));
    assertKept(text, "The stoneware mug (part 1) is described", "The clay (part 3) is described");
    assertDropped(text, "every single morning", "comfortable handle");
    String article = text(page("", body.toString()));
    assertKept(article, "every single morning");
  }

  @Test
  void shopHomePageReadAsAListingKeepsItsHeroBanners() {
    StringBuilder body = new StringBuilder("<main>");
    String[] titles = {"Archive series", "Lunar pilot", "Marine star", "Ladies collection"};
    for (String t : titles) {
      body.append("<div class='hero-banner'><h2>")
          .append(t)
          .append("</h2><p>")
          .append(t)
          .append(" watches with a bold dial.</p><a href='/c'>Shop now</a></div>");
    }
    body.append("</main>");
    String text = text(page("", body.toString()));
    assertKept(text, "Archive series watches", "Ladies collection watches with a bold dial");
  }

  @Test
  void articleDropsTheAuthorBioBoxAfterThePost() {
    String body =
        "<article><h1>Sourdough at home</h1>"
            + para("The starter")
            + para("The first rise")
            + para("Shaping the loaf")
            + "<div class='post-author'><p>Jane Baker is a food writer at Acme Kitchen with more"
            + " than ten years of experience testing recipes for home cooks.</p></div></article>";
    String text = text(page("", body));
    assertKept(text, "The starter is described", "Shaping the loaf is described");
    assertDropped(text, "Jane Baker is a food writer");
  }

  @Test
  void listingKeepsAdjacentInlineItemFieldsApartButADropCapGlued() {
    StringBuilder body = new StringBuilder("<main><h1>Most popular movies</h1><ul>");
    for (int i = 1; i <= 6; i++) {
      body.append("<li><div>#")
          .append(i)
          .append("</div><a href='/t")
          .append(i)
          .append("'><h3>Movie number ")
          .append(i)
          .append("</h3></a><div><span>2026</span><span>1h 5")
          .append(i)
          .append("m</span><span>PG-13</span></div></li>");
    }
    body.append("</ul><p><span class='dropcap'>O</span>ur charts use data from the search")
        .append(" behaviour of many millions of monthly visitors to rank the titles.</p></main>");
    String text = text(page("", body.toString()));
    assertKept(text, "Movie number 1", "2026 1h 51m PG-13", "2026 1h 56m PG-13", "Our charts use");
  }

  @Test
  void productPageWithAShortSpecListDropsReviewBoxesThatOutweighIt() {
    String ld =
        "<script type='application/ld+json'>{\"@context\":\"https://schema.org\","
            + "\"@type\":\"Product\",\"name\":\"Guitar\"}</script>";
    StringBuilder body =
        new StringBuilder("<main><div class='product-detail'><h1>Alder electric guitar</h1><ul>");
    for (String spec :
        new String[] {"Body: Alder", "Neck: Maple", "Fingerboard: Rosewood", "Scale: 648 mm"}) {
      body.append("<li>").append(spec).append("</li>");
    }
    body.append("</ul></div><div class='product-reviews'><h2>What our customers think</h2>");
    for (int i = 1; i <= 6; i++) {
      body.append("<div class='review'><p>Review title ")
          .append(i)
          .append("</p><p>I bought this guitar last month and it plays well, the frets are smooth")
          .append(" and the neck feels great in my hands every evening.</p></div>");
    }
    body.append("</div></main>");
    String text = text(page(ld, body.toString()));
    assertKept(text, "Body: Alder", "Scale: 648 mm");
    assertDropped(text, "Review title", "I bought this guitar");
  }

  @Test
  void collectionKeepsGridCardsWhoseClassNamesAnItemPropertyLikeABoilerplateWord() {
    String body =
        "<main><h1>Coffee</h1><p>51 products</p><ul class='product-grid'>"
            + items(
                10,
                i ->
                    "<li class='grid__item'><div class='card-wrapper subscription-eligible'><h3>"
                        + "<a href='/p/"
                        + i
                        + "'>Dark roast blend number "
                        + i
                        + "</a></h3><span>$19.99</span></div></li>")
            + "</ul></main><div class='newsletter-subscription'><p>Subscribe to our newsletter"
            + " and get ten percent off your first order of our coffee.</p></div>";
    String text = text(page("", body));
    assertKept(text, "Dark roast blend number 1", "Dark roast blend number 10");
    assertDropped(text, "Subscribe to our newsletter");
  }

  @Test
  void courseProductPageKeepsItsSiblingSectionsBesideAHeavyAuthorCarousel() {
    StringBuilder body =
        new StringBuilder("<main><div class='wrapper'><div class='who'><h2>Who is it for</h2>")
            .append(para("The audience"))
            .append(para("The goal"))
            .append(para("The format"))
            .append("</div><div class='outline'><h2>Course outline</h2>");
    for (int i = 1; i <= 10; i++) {
      body.append("<p>Chapter ").append(i).append(". Topic number ").append(i).append("</p>");
    }
    body.append("</div><div class='prereq'><h2>Prerequisites</h2>")
        .append(para("The knowledge you need"))
        .append("</div><div class='carousel'>");
    for (int i = 1; i <= 14; i++) {
      body.append("<div class='slide author-box'><p>Student ")
          .append(i)
          .append(" loved this course and would recommend it to every colleague at work without")
          .append(" hesitation, because the teacher explained every topic with clear examples.</p>")
          .append("</div>");
    }
    body.append("</div></div></main>");
    String text = text(page("", body.toString()));
    assertKept(
        text,
        "The audience is described",
        "Chapter 1. Topic number 1",
        "Chapter 10. Topic number 10",
        "The knowledge you need is described");
    assertDropped(text, "loved this course");
  }

  @Test
  void listingKeepsCardTitlesInsideAMainThatAThemeWrapsInASidebarNamedWrapper() {
    String body =
        "<nav class='mega-menu'><ul>"
            + items(40, i -> "<li><a href='/c" + i + "'>Recipe category " + i + "</a></li>")
            + "</ul></nav><div class='content-sidebar-wrap'><main class='content'>"
            + "<h1>Air fryer recipes</h1>"
            + items(
                8,
                i ->
                    "<article class='post'><header class='entry-header'><h2><a href='/r"
                        + i
                        + "'>Crispy air fryer recipe number "
                        + i
                        + "</a></h2></header></article>")
            + "</main><aside class='sidebar'><h3>About me</h3>"
            + "<p><a href='/about'>Hi, I am Jane, welcome to my kitchen</a></p></aside></div>";
    String text = text(page("", body));
    assertKept(text, "Crispy air fryer recipe number 1", "Crispy air fryer recipe number 8");
    assertDropped(text, "Recipe category 1", "welcome to my kitchen");
  }

  @Test
  void shopTemplateBodyClassMakesAPageWithoutStructuredDataAProduct() {
    String main =
        "<main><h1>Trail backpack 65</h1><p class='price'>From: $39.00</p>"
            + para("The trail backpack")
            + para("Its suspension")
            + "<div id='tab-reviews'><h2>What others are saying</h2>"
            + "<p>I really enjoyed using this pack on a week-long trip in the mountains, it held"
            + " everything I needed and never once hurt my shoulders or my back.</p></div></main>";
    String shop =
        "<html><head><meta property='og:type' content='article'></head>"
            + "<body class='product-template-default single single-product'>"
            + NAV
            + main
            + FOOTER
            + "</body></html>";
    String text = text(shop);
    assertKept(text, "The trail backpack is described", "Its suspension is described");
    assertDropped(text, "$39.00", "What others are saying", "week-long trip");
    assertKept(text(shop.replace("single-product", "single-post")), "week-long trip");
  }

  @Test
  void collectionDropsAPageFooterOfLegalFootnotesThatOutweighsItsCards() {
    String body =
        "<main><h1>Smart watches</h1><ul class='lineup'>"
            + items(
                6,
                i ->
                    "<li class='tile'><h3><a href='/w"
                        + i
                        + "'>Watch model "
                        + i
                        + "</a></h3><p>The everyday watch number "
                        + i
                        + ".</p><p>From $"
                        + (199 + i)
                        + "</p></li>")
            + "</ul></main><footer class='global-footer'><ol>"
            + items(
                6,
                i ->
                    "<li><p>Footnote "
                        + i
                        + ": financing is available to qualified customers, subject to credit"
                        + " approval and credit limit; features are subject to change and some"
                        + " services may not be available in all regions or all languages.</p></li>")
            + "</ol></footer>";
    String text = text(page("", body));
    assertKept(text, "Watch model 1", "The everyday watch number 6");
    assertDropped(text, "subject to credit approval");
  }

  @Test
  void productPageDropsAReviewBoxThatOutweighsItsTextButDoesNotHoldItsTitle() {
    String ld =
        "<script type='application/ld+json'>{\"@type\":\"Product\",\"name\":\"Tent\"}</script>";
    String body =
        "<main><h1>Two-person tent</h1>"
            + para("The two-person tent")
            + "<div id='reviews'>"
            + items(
                6,
                i ->
                    "<p>Review "
                        + i
                        + ": we pitched this tent on a windy ridge and it stayed dry and quiet all"
                        + " night long, packing it away the next morning took a couple of minutes.</p>")
            + "</div></main>";
    String text = text(page(ld, body));
    assertKept(text, "The two-person tent is described");
    assertDropped(text, "windy ridge");
  }

  @Test
  void listingWithACommentThreadUnderItsLinkedItemsIsNotAForum() {
    String body =
        "<main><h1>Best books ever</h1>"
            + "<p>The best books ever, as voted on by the readers of this site.</p><table>"
            + items(
                30,
                i ->
                    "<tr><td>"
                        + i
                        + "</td><td><a href='/b"
                        + i
                        + "'>The book with the long title number "
                        + i
                        + "</a> by <a href='/a"
                        + i
                        + "'>Its Author "
                        + i
                        + "</a></td></tr>")
            + "</table><div id='comment_list'>"
            + items(
                3,
                i ->
                    "<div class='comment'><p>Comment "
                        + i
                        + ": this list is a joke, half of these books are school reading and the"
                        + " other half are the same series again and again, vote for something new.</p>"
                        + "</div>")
            + "</div></main>";
    String text = text(page("", body));
    assertKept(text, "The book with the long title number 1", "number 30");
    assertDropped(text, "this list is a joke");
  }

  @Test
  void foldedFaqAnswersAreKeptButOtherHiddenBoxesAreNot() {
    String body =
        "<main><h1>Free online courses</h1><ul>"
            + items(
                10,
                i -> "<li><a href='/c" + i + "'>Course " + i + "</a> <span>3 hours</span></li>")
            + "</ul><div class='faqs'><h2>Frequently asked questions</h2>"
            + "<div class='faq__question'>What is an online certificate?</div>"
            + "<div class='faq__answer' style='display: none;'><p>An online certificate is a"
            + " short programme of study that ends with an assessment and a certificate.</p></div>"
            + "<div class='promo-box' style='display: none;'><p>Get 50% off your first month of"
            + " premium learning today, only for new members.</p></div></div></main>";
    String text = text(page("", body));
    assertKept(text, "An online certificate is a short programme", "Course 10");
    assertDropped(text, "50% off");
  }

  @Test
  void productKeepsSpecificationsInAPanelNamedOnlyByItsId() {
    String ld =
        "<script type='application/ld+json'>{\"@type\":\"Product\",\"name\":\"Chair\"}</script>";
    String body =
        "<main><h1>Executive chair</h1>"
            + para("The executive chair")
            + "<button>Specifications</button>"
            + "<div id='react-collapsed-panel-:R4e5:' style='display:none'><ul>"
            + "<li>Seat: 20 in H x 24 in W x 19 in D</li><li>Overall product weight: 58 lb</li>"
            + "</ul></div><div id='newsletter-popup' style='display:none'><p>Sign up and save 10%"
            + " on your first order with our weekly deals.</p></div></main>";
    String text = text(page(ld, body));
    assertKept(text, "The executive chair is described", "Overall product weight: 58 lb");
    assertDropped(text, "Sign up and save");
  }

  @Test
  void collectionDropsThePromotionBannerFinePrintEvenWhenItIsLongProse() {
    String finePrint =
        "<p>$10 off your purchase of $50 or more, $15 off your purchase of $75 or more, $20 off"
            + " your purchase of $100 or more, valid online and in stores through the end of the"
            + " month; excludes gift cards, clearance items and previous purchases.</p>"
            + "<p>Earn bonus cash when you make two separate purchases online or in store during"
            + " the event; bonus cash is issued as a reward certificate and expires thirty days"
            + " after it is issued, see the store for details.</p>"
            + "<p>Offers cannot be combined with other coupons, member rewards or price matching,"
            + " and the store may change or end the promotion at any time without notice.</p>";
    String body =
        "<main><h1>Classic clogs</h1>"
            + "<div class='promo promo-offerbanner'><div class='promo-offerbanner__overlay-text'>"
            + finePrint
            + "</div></div>"
            + para("Our classic clogs collection")
            + para("The comfort of a clog")
            + para("Its roomy fit")
            + para("The light foam")
            + para("The heel strap")
            + "<ul class='grid'>"
            + items(
                8,
                i ->
                    "<li class='tile'><a href='/p"
                        + i
                        + "'>Classic clog in colour "
                        + i
                        + "</a><span>$49.99</span></li>")
            + "</ul></main>";
    String text = text(page("", body));
    assertKept(text, "Our classic clogs collection is described");
    assertDropped(text, "$10 off your purchase", "Earn bonus cash");
  }

  @Test
  void productSoldInVariantsIsAProductPageThoughItsDataNamesManyProducts() {
    String variants =
        items(5, i -> (i > 1 ? "," : "") + "{\"@type\":\"Product\",\"sku\":\"JK-" + i + "\"}");
    String ld =
        "<script type='application/ld+json'>{\"@type\":\"ProductGroup\",\"name\":\"Jacket\","
            + "\"hasVariant\":["
            + variants
            + "]}</script>";
    String body =
        "<main><h1>Loke jacket</h1>"
            + para("The Loke jacket")
            + para("Its hood")
            + "<section><h2>Customer reviews</h2><p>Warm enough for a winter walk by the sea and"
            + " light enough to pack into a day bag, I wear it almost every single day.</p>"
            + "</section></main>";
    String text = text(page(ld, body));
    assertKept(text, "The Loke jacket is described", "Its hood is described");
    assertDropped(text, "Customer reviews", "winter walk");
  }

  @Test
  void listingKeepsTheRatingLineOfEachItemButArticlesDropRatingWidgets() {
    String body =
        "<main><h1>Mountain bike trails near Houston</h1><ul class='trails'>"
            + items(
                10,
                i ->
                    "<li class='trail'><h3><a href='/t"
                        + i
                        + "'>Forest loop trail number "
                        + i
                        + "</a></h3><div class='rating'>"
                        + (10 + i)
                        + " reviews / 4.5 average</div></li>")
            + "</ul></main>";
    String text = text(page("", body));
    assertKept(text, "Forest loop trail number 1", "11 reviews / 4.5 average");
    String article =
        "<article><h1>Riding the forest loop</h1>"
            + para("The forest loop")
            + para("Its climbs")
            + "<div class='rating'>Rate this article: 4.5 average</div></article>";
    assertDropped(text(page("", article)), "Rate this article");
  }

  @Test
  void popoverExplainingABadgeIsDroppedLikeAPopUp() {
    String ld =
        "<script type='application/ld+json'>{\"@type\":\"Product\",\"name\":\"Mug\"}</script>";
    String body =
        "<main><h1>Stoneware coffee mug</h1><div class='badge-popover'>"
            + "<p>Picks are hand selected by our style experts to highlight items from shops that"
            + " have shown quality, reliability and style, and they change every single week.</p>"
            + "</div>"
            + para("The stoneware coffee mug")
            + para("Its glaze")
            + "</main>";
    String text = text(page(ld, body));
    assertKept(text, "The stoneware coffee mug is described", "Its glaze is described");
    assertDropped(text, "hand selected by our style experts");
  }

  @Test
  void busyCommentThreadUnderAnArticleStaysOutThoughItHoldsMoreProse() {
    StringBuilder post = new StringBuilder("<article><h1>Why the film beats the novel</h1>");
    for (int i = 1; i <= 16; i++) {
      post.append(para("Argument " + i + " of the post"));
    }
    post.append("</article><ol class='commentlist'>");
    for (int i = 1; i <= 30; i++) {
      post.append("<li class='thread-even depth-1'><p>Reader ")
          .append(i)
          .append(" disagrees: the novel is a book of ideas and the film a satire of them, so the")
          .append(" comparison says more about what each of us wanted from the story.</p></li>");
    }
    post.append("</ol>");
    String text = text(page("", post.toString()));
    assertKept(text, "Argument 1 of the post is described", "Argument 16 of the post");
    assertDropped(text, "Reader 1 disagrees", "Reader 30 disagrees");
  }

  @Test
  void productPageDropsTextUnderHideClassesAndAriaHiddenButArticlesKeepIt() {
    String ld =
        "<script type='application/ld+json'>{\"@type\":\"Product\",\"name\":\"Tee\"}</script>";
    String body =
        "<main><h1>Staple cotton tee</h1>"
            + para("The staple cotton tee")
            + "<div class='details hide-on-mobile'>"
            + para("Its combed cotton")
            + "</div><dl class='product-info hide'>"
            + "<dt>bulk_price_1:</dt><dd>Twenty dollars for one to nine items</dd>"
            + "<dt>short_description:</dt><dd>Regular fit, mid weight cotton</dd></dl>"
            + "<div class='slide' aria-hidden='true'>"
            + para("A cloned slide of the lookbook carousel")
            + "</div><div id='specs-panel' class='accordion-panel' aria-hidden='true'>"
            + "<p>Care: machine wash cold with like colours</p></div>"
            + para("Its double needle hems")
            + "</main>";
    String text = text(page(ld, body));
    assertKept(
        text,
        "The staple cotton tee is described",
        "Its combed cotton is described",
        "Its double needle hems",
        "Care: machine wash cold");
    assertDropped(
        text, "bulk_price_1", "Twenty dollars for one", "A cloned slide of the lookbook");
    String article =
        "<article><h1>How cotton is combed</h1>"
            + para("Combing cotton")
            + "<div class='hidden'>"
            + para("Carding comes first")
            + "</div>"
            + para("The combed fibres")
            + "</article>";
    assertKept(text(page("", article)), "Carding comes first is described");
  }

  @Test
  void productPageKeepsOneCopyOfShortLabelsPrintedPerLayoutButListingsKeepEachItemField() {
    String ld =
        "<script type='application/ld+json'>{\"@type\":\"Product\",\"name\":\"Pack\"}</script>";
    String body =
        "<main><h1>Trail day pack</h1><div class='mobile-options'><p>Pick a colour</p>"
            + "<p>Size: M</p></div>"
            + para("The trail day pack")
            + "<div class='desktop-options'><p>Pick a colour</p><p>Size: M</p></div>"
            + para("Its hip belt")
            + "</main>";
    String text = text(page(ld, body));
    assertKept(text, "The trail day pack is described", "Its hip belt", "Pick a colour", "Size: M");
    assertEquals(1, text.split("Pick a colour", -1).length - 1, text);
    assertEquals(1, text.split("Size: M", -1).length - 1, text);
    String listing =
        "<main><h1>Day packs</h1><ul class='packs'>"
            + items(
                9,
                i ->
                    "<li class='pack'><h3><a href='/p"
                        + i
                        + "'>Day pack model "
                        + i
                        + "</a></h3><p>In stock</p></li>")
            + "</ul></main>";
    String list = text(page("", listing));
    assertKept(list, "Day pack model 1", "Day pack model 9");
    assertEquals(9, list.split("In stock", -1).length - 1, list);
  }

  @Test
  void blockHoldingItsTextTwiceIsKeptOnceButADoubledNameStays() {
    String body =
        "<main><h1>Ended listing</h1><p><span>Sat, Nov 02, 04:33 AM</span>"
            + "<span class='clipped'>Sat, Nov 02, 04:33 AM</span></p>"
            + "<p>$279.95 $279.95</p>"
            + para("The ended listing")
            + "<h2>Walla Walla</h2>"
            + para("The town")
            + "</main>";
    String text = text(page("", body));
    assertKept(text, "Sat, Nov 02, 04:33 AM", "$279.95", "Walla Walla", "The town is described");
    assertEquals(1, text.split("04:33 AM", -1).length - 1, text);
    assertEquals(1, text.split("279.95", -1).length - 1, text);
  }

  @Test
  void forumKeepsOneCopyOfShortUserChromeButArticlesKeepShortRepeats() {
    String ld =
        "<script type='application/ld+json'>{\"@type\":\"DiscussionForumPosting\"}</script>";
    StringBuilder thread = new StringBuilder("<main><h1>Is this phrase idiomatic?</h1>");
    for (int i = 1; i <= 3; i++) {
      thread
          .append("<div class='comment'><p>Member Type</p><p>Native Language</p>")
          .append(para("Reply " + i + " of the thread"))
          .append("</div>");
    }
    thread.append("</main>");
    String text = text(page(ld, thread.toString()));
    assertKept(text, "Reply 1 of the thread", "Reply 3 of the thread", "Member Type");
    assertEquals(1, text.split("Member Type", -1).length - 1, text);
    StringBuilder article = new StringBuilder("<article><h1>Three recipes</h1>");
    for (int i = 1; i <= 3; i++) {
      article.append("<h2>Recipe ").append(i).append("</h2><p>Serves four</p>");
      article.append(para("Recipe " + i + " of the article"));
    }
    article.append("</article>");
    String recipes = text(page("", article.toString()));
    assertEquals(3, recipes.split("Serves four", -1).length - 1, recipes);
  }

  @Test
  void productPageKeepsOneCopyOfASpecificationTablePrintedTwice() {
    String ld =
        "<script type='application/ld+json'>{\"@type\":\"Product\",\"name\":\"Cam\"}</script>";
    String specs =
        "<table><tr><td>Sensor</td><td>Full frame, 24 megapixels</td></tr>"
            + "<tr><td>Weight</td><td>1.65 lb / 750 g (body only)</td></tr></table>";
    String body =
        "<main><h1>Studio camera</h1>"
            + para("The studio camera")
            + "<div class='overview'>"
            + specs
            + "</div>"
            + para("Its shutter")
            + "<div class='specs-tab'>"
            + specs
            + "</div></main>";
    String text = text(page(ld, body));
    assertKept(text, "The studio camera is described", "Full frame, 24 megapixels");
    assertEquals(1, text.split("Full frame, 24 megapixels", -1).length - 1, text);
    assertEquals(1, text.split("1.65 lb / 750 g", -1).length - 1, text);
  }

  @Test
  void forumDropsLikeCountsAndOfflineBadges() {
    String ld =
        "<script type='application/ld+json'>{\"@type\":\"DiscussionForumPosting\"}</script>";
    StringBuilder thread = new StringBuilder("<main><h1>Chain wear on a touring bike</h1>");
    for (int i = 1; i <= 3; i++) {
      thread
          .append("<div class='comment'><p>Offline</p>")
          .append(para("Answer " + i + " about chain wear"))
          .append("<p>")
          .append(10 + i)
          .append(" likes</p></div>");
    }
    thread.append("</main>");
    String text = text(page(ld, thread.toString()));
    assertKept(text, "Answer 1 about chain wear", "Answer 3 about chain wear");
    assertDropped(text, "Offline", "11 likes", "13 likes");
  }

  @Test
  void productPageDropsWhatItsContainerShowsAboveTheProductTitle() {
    String ld =
        "<script type='application/ld+json'>{\"@type\":\"Product\",\"name\":\"Kettle\"}</script>";
    String body =
        "<main><div class='pdp'>"
            + "<p>Spring event: take twenty percent off every kettle, teapot and mug in the store"
            + " this week only, with free gift wrapping on orders over fifty dollars.</p>"
            + "<p>Best seller</p>"
            + "<h1>Gooseneck kettle</h1>"
            + para("The gooseneck kettle")
            + para("Its temperature dial")
            + "</div></main>";
    String text = text(page(ld, body));
    assertKept(text, "The gooseneck kettle is described", "Its temperature dial is described");
    assertDropped(text, "Spring event", "Best seller");
    // an article keeps what stands above its title
    String article = text(page("", body.replace("Best seller", "Kettles, part two")));
    assertKept(article, "Spring event", "The gooseneck kettle is described");
  }

  @Test
  void productPageNarrowsToTheSectionWhereItsStructuredDataDescriptionStarts() {
    String ld =
        "<script type='application/ld+json'>{\"@type\":\"Product\",\"name\":\"Lamp\","
            + "\"description\":\"<p>The walnut desk lamp is turned by hand from one block of"
            + " oiled walnut.</p>\"}</script>";
    String body =
        "<main><div class='layout'>"
            + "<div class='buy-box'><h1>Walnut desk lamp</h1><p>Free engraving</p></div>"
            + "<div class='details'>"
            + "<p>The walnut desk lamp is turned by hand from one block of oiled walnut, then"
            + " sanded, waxed and fitted with a linen shade and a braided cotton cord.</p>"
            + para("Its dimmer")
            + para("Its linen shade")
            + para("Its brass switch")
            + "</div>"
            + "<div class='story'>"
            + para("Our workshop in the hills")
            + "</div></div></main>";
    String text = text(page(ld, body));
    assertKept(text, "The walnut desk lamp is turned by hand", "Its brass switch is described");
    assertDropped(text, "Our workshop in the hills");
    // without a product mark the page is read as a whole
    String plain = text(page("", body));
    assertKept(plain, "Our workshop in the hills", "Its brass switch is described");
  }

  @Test
  void productPageWithoutADescriptionNarrowsToTheSectionHoldingItsTitle() {
    String ld =
        "<script type='application/ld+json'>{\"@type\":\"Product\",\"name\":\"Bag\"}</script>";
    String body =
        "<main><div class='layout'>"
            + "<div class='product'><h1>Canvas tote bag</h1>"
            + para("The canvas tote bag")
            + para("Its leather handles")
            + para("Its inner pocket")
            + "</div>"
            + "<div class='brand-story'>"
            + para("Our mill by the river")
            + "</div></div></main>";
    String text = text(page(ld, body));
    assertKept(text, "The canvas tote bag is described", "Its inner pocket is described");
    assertDropped(text, "Our mill by the river");
  }

  @Test
  void productPageDropsStripsOfOtherItemsThatOtherPeopleViewedOrTheShopFeatures() {
    String ld =
        "<script type='application/ld+json'>{\"@type\":\"Product\",\"name\":\"Reel\"}</script>";
    String body =
        "<main><div class='item'>"
            + "<div class='strip'><h2>People who viewed this item also viewed</h2>"
            + items(
                5,
                i ->
                    "<div class='card'><h3>Vintage fly fishing reel number "
                        + i
                        + " in brass and walnut</h3><p>Private seller</p></div>")
            + "</div>"
            + "<div class='summary'><h1>Brass fly reel</h1>"
            + para("The brass fly reel")
            + para("Its click drag")
            + "<h2>Featured products</h2>"
            + "<p>Waxed canvas fly vest with twelve pockets, a rod loop and a fleece patch for"
            + " drying flies, cut long enough to wear over waders on cold mornings.</p>"
            + "</div></div></main>";
    String text = text(page(ld, body));
    assertKept(text, "The brass fly reel is described", "Its click drag is described");
    assertDropped(
        text, "People who viewed", "Vintage fly fishing reel number 3", "Waxed canvas fly vest");
  }

  @Test
  void productPageOfShortLinesReadAsAListingStillLeavesOutTheLinksBesideIt() {
    String ld =
        "<script type='application/ld+json'>{\"@type\":\"Product\",\"name\":\"Jacket\"}</script>";
    String body =
        "<main><div class='layout'>"
            + "<div class='product'><h1>Faux leather jacket</h1><ul class='facts'>"
            + items(
                8,
                i ->
                    "<li>Detail "
                        + i
                        + ": outer fabric polyester, lining polyester, turn-down collar</li>")
            + "</ul></div>"
            + "<div class='more'><h2>Shop by brand</h2><ul>"
            + items(14, i -> "<li><a href='/brand" + i + "'>Outerwear brand number " + i + "</a></li>")
            + "</ul></div></div></main>";
    String text = text(page(ld, body));
    assertKept(text, "Detail 1: outer fabric polyester", "Detail 8: outer fabric polyester");
    assertDropped(text, "Outerwear brand number 3", "Shop by brand");
  }

  @Test
  void productPageKeepsOnlyTheTabPanelItShowsButArticlesKeepEveryPanel() {
    String ld =
        "<script type='application/ld+json'>{\"@type\":\"Product\",\"name\":\"Kettle\"}</script>";
    String tabs =
        "<main><h1>Pour-over kettle</h1><div class='tabs'>"
            + "<div role='tabpanel' class='panel%s' id='tab-description'>"
            + para("The pour-over kettle")
            + para("Its thin spout")
            + "</div><div role='tabpanel' class='panel%s' id='tab-shipping'>"
            + para("Our shipping policy")
            + "</div><div role='tabpanel' class='panel' id='tab-team'>"
            + para("Our sales team")
            + "</div></div></main>";
    // no panel marked: the first one is shown
    String text = text(page(ld, String.format(tabs, "", "")));
    assertKept(text, "The pour-over kettle is described", "Its thin spout is described");
    assertDropped(text, "Our shipping policy", "Our sales team");
    // the panel marked active is shown
    String active = text(page(ld, String.format(tabs, "", " active")));
    assertKept(active, "Our shipping policy is described");
    assertDropped(active, "The pour-over kettle is described", "Our sales team");
    // an article keeps every panel
    String article = text(page("", String.format(tabs, "", "")));
    assertKept(article, "The pour-over kettle is described", "Our sales team is described");
  }

  @Test
  void productPageDropsItsLegalAndPaymentFinePrintButArticlesKeepALongDisclaimer() {
    String ld =
        "<script type='application/ld+json'>{\"@type\":\"Product\",\"name\":\"Game\"}</script>";
    String legal =
        "<div class='game-legal'>"
            + "<p>Studio and the Studio logo are trademarks of Studio Holdings in the United States"
            + " and other countries, used here under license by the publisher of this edition.</p>"
            + "<p>Online play requires an account, acceptance of the end user license agreement and"
            + " a broadband connection; online services may be changed or retired on notice.</p>"
            + "<p>Ratings boards in several regions have rated this title for teen players, with"
            + " descriptors for violence and mild language shown on the store page and box.</p>"
            + "</div>";
    String payment =
        "<div class='payment-options'><p>Pay with any major card, or spread the cost over"
            + " twelve monthly instalments at checkout, subject to status and approval.</p></div>";
    String body =
        "<main><h1>Open road racer</h1>"
            + para("The open road racer")
            + payment
            + para("Its seasons")
            + legal
            + "</main>";
    String text = text(page(ld, body));
    assertKept(text, "The open road racer is described", "Its seasons is described");
    assertDropped(text, "trademarks of Studio Holdings", "Ratings boards", "twelve monthly");
    // an article keeps a long disclaimer box of prose
    String article = text(page("", body));
    assertKept(article, "trademarks of Studio Holdings", "Ratings boards");
  }

  @Test
  void productPageDropsItsBuyBoxFormButNotAFormThatWrapsThePage() {
    String ld =
        "<script type='application/ld+json'>{\"@type\":\"Product\",\"name\":\"Pack\"}</script>";
    String buyBox =
        "<form class='product-form' action='/cart/add'>"
            + "<p>Colour: Moss green, the colour shown in the main photograph above</p>"
            + "<p>Rent it for a weekend or a week, pick up in store or have it shipped</p>"
            + "<p>Only three left for your dates, reserve yours today to be sure</p>"
            + "</form>";
    String body =
        "<main><h1>Trail pack 65</h1>"
            + buyBox
            + para("The trail pack")
            + para("Its hip belt")
            + "</main>";
    String text = text(page(ld, body));
    assertKept(text, "The trail pack is described", "Its hip belt is described");
    assertDropped(text, "Moss green", "Only three left");
    // a form holding most of the page (ASP.NET pages wrap their body in one) is not a buy box
    String wrapped =
        text(
            page(
                ld,
                "<h1>Trail pack 65</h1><form id='form1'>"
                    + para("The trail pack")
                    + para("Its hip belt")
                    + "</form>"));
    assertKept(wrapped, "The trail pack is described", "Its hip belt is described");
    // an article keeps the text of its forms
    String article = text(page("", body));
    assertKept(article, "Moss green", "The trail pack is described");
  }
}
