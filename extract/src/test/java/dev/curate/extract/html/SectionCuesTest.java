// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SectionCuesTest {
  @Test
  void relatedTitlesMatchInSeveralLanguagesButSentencesDoNot() {
    assertTrue(SectionCues.isRelated("You may also like"));
    assertTrue(SectionCues.isRelated("Related articles (12)"));
    assertTrue(SectionCues.isRelated("Das könnte Ihnen auch gefallen"));
    assertTrue(SectionCues.isRelated("Productos relacionados"));
    assertFalse(SectionCues.isRelated("Related work on fold-and-cut problems goes back decades"));
    assertFalse(SectionCues.isRelated("Relatedness"));
  }

  @Test
  void pricesAreShortCurrencyAmountsAndSentencesWithPricesAreNot() {
    assertTrue(SectionCues.isPrice("$20.00"));
    assertTrue(SectionCues.isPrice("From: €39,00"));
    assertTrue(SectionCues.isPrice("AED: 549.56AED"));
    assertFalse(SectionCues.isPrice("Or 4 payments of"));
    assertFalse(SectionCues.isPrice("The kit costs $20 and ships within two working days."));
  }

  @Test
  void chromeLinesAreLabelsCountsAndCallsToSubscribe() {
    assertTrue(SectionCues.isChrome("Reply"));
    assertTrue(SectionCues.isChrome("109 Comments"));
    assertTrue(SectionCues.isChrome("Subscribe to get the latest posts sent to your email."));
    assertTrue(SectionCues.isChrome("5 min read"));
    assertTrue(SectionCues.isChrome("Posts: 1,077"));
    assertFalse(SectionCues.isChrome("Reply hazy, try again: the magic eight ball"));
    assertFalse(SectionCues.isChrome("Comments on the draft are due on Friday."));
  }

  @Test
  void testimonialTitlesAreReviewSectionsAndFormErrorsAreNotices() {
    assertTrue(SectionCues.isReviews("User testimonials"));
    assertTrue(SectionCues.isReviews("Google Reviews"));
    assertFalse(SectionCues.isReviews("Testimonials from the 1971 inquiry are now public"));
    assertTrue(SectionCues.isNotice("Oops! Something went wrong. Please try again."));
    assertTrue(SectionCues.isNotice("Please enter a valid postal code."));
    assertFalse(SectionCues.isNotice("The launch went wrong in ways nobody had predicted."));
    assertTrue(
        SectionCues.isNotice(
            "This post may contain affiliate links, which means I may receive a small commission"
                + " at no extra cost to you if you make a purchase through them. As an Amazon"
                + " Associate I earn from qualifying purchases."));
    assertFalse(SectionCues.isNotice("Disclosure of the findings came two years later."));
  }

  @Test
  void consentAndFooterWordsCarryTheirOwnCueBits() {
    int consent = BoilerplateCues.scan("onetrust-consent-sdk");
    assertTrue((consent & BoilerplateCues.LOCK) != 0);
    int footer = BoilerplateCues.scan("page-footer-wrapper");
    assertTrue(BoilerplateCues.isBoilerplate(footer));
    assertTrue((footer & BoilerplateCues.FOOT) != 0);
    assertEquals(0, BoilerplateCues.scan("newsletter-post") & BoilerplateCues.LOCK);
  }

  @Test
  void shopAndForumChromeLinesAndBareAddressesAreDropped() {
    assertTrue(SectionCues.isChrome("Verified Buyer"));
    assertTrue(SectionCues.isChrome("Returns & exchanges accepted within 14 days"));
    assertTrue(SectionCues.isChrome("Taxes, discounts and shipping calculated at checkout"));
    assertTrue(SectionCues.isChrome("Sent from my SM-S908U using Tapatalk"));
    assertTrue(SectionCues.isChrome("Pin this for later!"));
    assertTrue(SectionCues.isChrome("This post is for paid subscribers"));
    assertTrue(
        SectionCues.isNotice(
            "Don't miss anything. Get all the latest posts delivered straight to your inbox."));
    assertTrue(SectionCues.isRelated("What's trending"));
    assertFalse(SectionCues.isChrome("Ships from the port of Rotterdam carried grain for a century."));
    assertTrue(SectionCues.isBadge("or 4 interest-free payments of $48.75 with Klarna"));
    assertTrue(SectionCues.isBadge("Arrives by Today"));
    assertTrue(SectionCues.isBareUrl("https://cdn.example.com/images/5001_BONE_THUMB.jpg"));
    assertFalse(SectionCues.isBareUrl("https://example.com is where the docs live"));
    assertFalse(SectionCues.isBareUrl("See https://example.com/docs"));
  }

  @Test
  void panelClassesAreAccordionAndTabWordsNotTables() {
    assertTrue(HtmlTags.isPanel("chakra-collapse"));
    assertTrue(HtmlTags.isPanel("faq-answer accordion-content"));
    assertTrue(HtmlTags.isPanel("tab-pane fade"));
    assertTrue(HtmlTags.isPanel("productTabContent"));
    assertFalse(HtmlTags.isPanel("table-responsive"));
    assertFalse(HtmlTags.isPanel("promo-strip"));
  }

  @Test
  void utilityClassTokensAndBemModifiersDoNotMarkBoilerplate() {
    assertEquals(0, BoilerplateCues.scan("lg:has-[>[data-slot=banner]]:pt-0"));
    assertEquals(0, BoilerplateCues.scan("container--section-more-ads"));
    // a CSS-module hash is not a word: "adF2E" names no ad
    assertEquals(0, BoilerplateCues.scan("AccordionItem_item__adF2E"));
    assertTrue(BoilerplateCues.isBoilerplate(BoilerplateCues.scan("relatedPosts")));
    assertTrue(BoilerplateCues.isBoilerplate(BoilerplateCues.scan("post-author")));
    assertTrue(BoilerplateCues.isBoilerplate(BoilerplateCues.scan("photo-credit")));
    assertTrue(BoilerplateCues.isBoilerplate(BoilerplateCues.scan("footer-legal")));
    assertTrue(BoilerplateCues.isBoilerplate(BoilerplateCues.scan("site-notice")));
    assertTrue(BoilerplateCues.isBoilerplate(BoilerplateCues.scan("site-banner")));
    assertTrue(BoilerplateCues.isBoilerplate(BoilerplateCues.scan("post-signature")));
  }

  @Test
  void structuredDataGivesProductCountDescriptionAndDiscussion() {
    String json =
        "{\"@type\":\"Product\",\"name\":\"Mug\",\"description\":\"Stoneware mug,"
            + " \\\"wabi-sabi\\\" glaze\\u0021\"}";
    assertEquals(1, StructuredData.marks(json));
    assertEquals("Stoneware mug, \"wabi-sabi\" glaze!", StructuredData.description(json));
    assertTrue(StructuredData.isDiscussion("{\"@type\":\"DiscussionForumPosting\"}"));
    assertFalse(StructuredData.isDiscussion("{\"@type\":\"NewsArticle\"}"));
  }
}
