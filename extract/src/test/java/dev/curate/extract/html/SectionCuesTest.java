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
  void utilityClassTokensAndBemModifiersDoNotMarkBoilerplate() {
    assertEquals(0, BoilerplateCues.scan("lg:has-[>[data-slot=banner]]:pt-0"));
    assertEquals(0, BoilerplateCues.scan("container--section-more-ads"));
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
