// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract.html;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Reads short blocks for what they announce or are: the title of a "You may also like" or "Customer
 * reviews" section, a price, a stock or social-proof badge, a script warning, a button label, a
 * call to share or subscribe, a comment or result count. Phrases are in English, German, French,
 * Spanish, Italian, Portuguese and Dutch, and match a whole short line or its start (a section
 * title may run a little past its phrase), so a sentence that merely mentions them is not a match.
 */
final class SectionCues {
  /** Titles of sections that point away from the page: related items, recommendations. */
  private static final String[] RELATED =
      split(
          "you might like|you may be interested in|recommended stories|other related"
              + "|more perspectives|recent posts|editor's picks|editors' picks|most popular"
              + "|most read|popular stories|discussion about this post|you may like"
              + "|recommended posts|other posts|more posts|more from|you may also like"
              + "|you might also like|you may also be interested|you might be interested"
              + "|you may be interested|you might also enjoy|you may also enjoy|related products"
              + "|related items|related articles|related posts|related stories|related content"
              + "|related reading|related resources|related guides|related topics"
              + "|related questions|more related|customers also bought|customers also viewed"
              + "|customers who bought|customers who viewed|people also bought|people also viewed"
              + "|frequently bought together|similar products|similar items|more like this"
              + "|recently viewed|recommended for you|recommended products|recommended articles"
              + "|recommended reading|complete the look|shop the look|pairs well with|read next"
              + "|more stories|more articles|trending now|popular posts|popular articles"
              + "|what's trending|what’s trending"
              + "|top posters"
              + "|das könnte dir auch gefallen|das könnte ihnen auch gefallen|ähnliche produkte"
              + "|ähnliche artikel|verwandte artikel|weitere artikel|kunden kauften auch"
              + "|vous aimerez aussi|vous aimerez peut-être aussi|vous pourriez aussi aimer"
              + "|vous aimerez également|produits similaires|articles similaires"
              + "|articles connexes|produits associés|à lire aussi|te puede interesar"
              + "|también te puede interesar|quizás también te guste|productos relacionados"
              + "|productos similares|artículos relacionados|potrebbe interessarti"
              + "|ti potrebbe piacere|prodotti correlati|prodotti simili|articoli correlati"
              + "|você também pode gostar|voce tambem pode gostar|produtos relacionados"
              + "|produtos semelhantes|artigos relacionados|misschien ook interessant"
              + "|gerelateerde producten|gerelateerde artikelen|vergelijkbare producten");

  /**
   * Titles of a shop's strips of other items on a product page ("People who viewed this item also
   * viewed", "Featured products", "Recommendations"); read on product pages only, where such a
   * strip sits beside the item it is about (a home page's "Featured products" are its content).
   */
  private static final String[] SHOP_RELATED =
      split(
          "people who viewed this item|people who viewed this|people who bought this item"
              + "|featured products|recommendations|explore other|you may also need"
              + "|better together");

  /** Titles of review and question sections; boilerplate on a product page. */
  private static final String[] REVIEWS =
      split(
          "reviews|customer reviews|product reviews|ratings & reviews|ratings and reviews"
              + "|reviews & ratings|customer ratings|write a review|what others are saying"
              + "|what customers are saying|questions & answers|questions and answers"
              + "|customer questions|testimonials|customer testimonials|user testimonials"
              + "|google reviews|kundenbewertungen|bewertungen|avis clients|avis des clients"
              + "|opiniones|reseñas|valoraciones|recensioni|avaliações|beoordelingen"
              + "|reviews van klanten");

  /** Badges that count people or stock: "16 people are viewing this right now". */
  private static final String[] BADGES =
      split(
          "people are viewing|people are looking|people have this in their cart"
              + "|people have this in their carts|sold in last|sold in the last|only a few left"
              + "|hurry|low stock|in stock|out of stock|sold out|free shipping|free delivery"
              + "|add to cart|add to bag|add to basket|buy now|buy it now|in den warenkorb"
              + "|ajouter au panier|añadir al carrito|aggiungi al carrello|adicionar ao carrinho"
              + "|payments of|interest-free|pay in 4|afterpay|klarna|free returns"
              + "|secure checkout|pick up in store|arrives by|estimated delivery|order within"
              + "|livraison estimée|en stock");

  /** Lines that speak about the page rather than from it: script warnings, widget stubs. */
  private static final String[] NOTICES =
      split(
          "enable javascript|javascript is disabled|javascript is required"
              + "|javascript must be enabled|requires javascript|turn on javascript"
              + "|your browser does not support|you are using an outdated browser|like this:"
              + "|like loading|click to expand|click to shrink|something went wrong"
              + "|please check your inbox|thank you for subscribing|thanks for subscribing"
              + "|delivered to your inbox|delivered straight to your inbox"
              + "|please try again|please enter a valid|there was a problem|javascript aktivieren"
              + "|activer javascript|habilita javascript");

  /** Openings of short lines that frame a page: calls to subscribe or share, bylines, ad labels. */
  private static final String[] CHROME =
      split(
          "subscribe to|subscribe here|copyright|©|all rights reserved|about the author"
              + "|ready for more|join the conversation|add a comment|be the first to comment"
              + "|keep reading|read more|privacy policy|contact us|follow me on|we may earn"
              + "|join our|get the latest|get started for free|summarize with ai|posted:"
              + "|posted on|join date:|joined:|posts:|threads:|messages:|reaction score"
              + "|create an account or sign in|you need to be a member|reply to this topic"
              + "|not open for further replies|this topic was automatically closed"
              + "|start asking to get answers|was this helpful|was this page helpful|sign up for"
              + "|sign up to|join our newsletter|join our mailing list|get our newsletter"
              + "|share this|share on|share:|posted by|written by|published by|image source"
              + "|image credit|photo credit|advertisement|sponsored|loading|leave a comment"
              + "|leave a review"
              + "|leave a reply|no comments|follow us|anzeige|werbung|publicité|publicidad"
              + "|abonnez-vous|suscríbete|jetzt abonnieren|verified buyer|verified purchase"
              + "|returns & exchanges|ships from:|taxes, discounts and shipping"
              + "|shipping calculated at checkout|your payment information is processed"
              + "|report inappropriate content|sent from my|type to search|trending searches"
              + "|this post is for paid subscribers|this article is exclusive to|join medium"
              + "|pin this for later|pin for later|pin it for later");

  /**
   * Openings of cookie and consent notices and of affiliate disclosures, which may run to a long
   * paragraph.
   */
  private static final String[] CONSENT =
      split(
          "we use cookies|this website uses cookies|this site uses cookies|our website uses"
              + " cookies|we and our partners|we, and our partners|by clicking “accept|by clicking"
              + " \"accept|by using this site, you agree|wir verwenden cookies|diese website"
              + " verwendet cookies|nous utilisons des cookies|ce site utilise des"
              + " cookies|utilizamos cookies|este sitio web utiliza cookies|utilizziamo i"
              + " cookie|questo sito utilizza cookie|wij gebruiken cookies|we may earn"
              + "|we earn a commission|we may receive a commission|disclosure:|affiliate disclosure"
              + "|this post may contain affiliate|this article may contain affiliate"
              + "|this post contains affiliate|this article contains affiliate"
              + "|as an amazon associate|products are chosen independently"
              + "|this website uses affiliate|this site uses affiliate");

  private static final String[][] CHROME_BY_FIRST = byFirst(CHROME);
  private static final String[][] CONSENT_BY_FIRST = byFirst(CONSENT);

  /** Whole lines that are a button or label of forum and site chrome, or a call to action. */
  private static final Set<String> LABELS =
      Set.of(
          split(
              "reply|quote|report|share|like|likes|upvote|downvote|joined|posts|messages|offline"
                  + "|new member|well-known member|active member|member|registered|moderator"
                  + "|administrator|original poster|save|print|open in app|sign in|log in|login"
                  + "|register|menu|search|back to top|skip to content|skip to main content"
                  + "|get started|get started free|get started today|request a demo|book a demo"
                  + "|book now|sign up"
                  + "|sign up now|shop now|register now|learn more|add to cart|add to bag"
                  + "|select a size|tell me more|get a quote|contact sales|try it free"
                  + "|start free trial|buy now|subscribe|see more|view all|show more|load more"
                  + "|see all|view more|show less|close|next|previous|prev|filter|filters|sort"
                  + "|filter & sort|sort & filter|filter and sort|sort and filter|filters & sort"
                  + "|sort by|view:|compare|quick view|quick shop|add to wishlist|wishlist"));

  /** Longest cookie notice (chars) dropped. */
  private static final int CONSENT_MAX = 1500;

  /** Extra chars a heading may have beyond its phrase ("Related articles (12)"). */
  private static final int SLACK = 16;

  private SectionCues() {}

  private static String[] split(String phrases) {
    return phrases.split("\\|");
  }

  /** Whether a heading or short line titles a related-items section. */
  static boolean isRelated(String text) {
    return matches(text, RELATED, SLACK);
  }

  /** Whether a heading or short line titles a product page's strip of other items. */
  static boolean isShopRelated(String text) {
    return matches(text, SHOP_RELATED, SLACK);
  }

  /** Whether a heading or short line titles a review or Q&amp;A section. */
  static boolean isReviews(String text) {
    return matches(text, REVIEWS, SLACK);
  }

  /**
   * Whether a block is a cookie notice ("We use cookies to...") or a short script warning or widget
   * stub ("Please enable JavaScript").
   */
  static boolean isNotice(String text) {
    if (text.length() > CONSENT_MAX) {
      return false;
    }
    for (String p : bucket(CONSENT_BY_FIRST, text)) {
      if (startsWith(text, 0, p)) {
        return true;
      }
    }
    return text.length() <= 100 && containsAny(text, NOTICES);
  }

  /**
   * Whether a short line frames the page rather than being part of it: "Subscribe to our
   * newsletter", "Share this:", "Posted by", "Advertisement", "12 Comments".
   */
  static boolean isChrome(String text) {
    int n = text.length();
    if (n > 100) {
      return false;
    }
    if (n <= 25 && LABELS.contains(text.toLowerCase(Locale.ROOT))) {
      return true;
    }
    for (String p : bucket(CHROME_BY_FIRST, text)) {
      if (startsWith(text, 0, p)) {
        return true;
      }
    }
    if (n <= 30) {
      String t = text.toLowerCase(Locale.ROOT);
      if (t.contains("min read") || t.contains("minute read")) {
        return true;
      }
    }
    int i = 0;
    while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    if (i == 0 && startsWith(text, 0, "showing ") && n > 8 && Character.isDigit(text.charAt(8))) {
      // "Showing 24 of 291 results"
      return n <= 40;
    }
    return i > 0
        && n - i <= 10
        && (startsWith(text, i, " comment")
            || startsWith(text, i, " repl")
            || startsWith(text, i, " result")
            || startsWith(text, i, " item")
            || startsWith(text, i, " product")
            || startsWith(text, i, " like"));
  }

  /**
   * Phrases grouped by their first char (ASCII lower case; slot 0 for all others), so that a line
   * is compared only with the few phrases that can start it.
   */
  private static String[][] byFirst(String[] phrases) {
    String[][] table = new String[128][];
    for (int c = 0; c < 128; c++) {
      int slot = c;
      table[c] = Arrays.stream(phrases).filter(p -> slot(p) == slot).toArray(String[]::new);
    }
    return table;
  }

  private static int slot(String s) {
    char c = s.isEmpty() ? 0 : Character.toLowerCase(s.charAt(0));
    return c < 128 ? c : 0;
  }

  private static String[] bucket(String[][] table, String text) {
    return table[slot(text)];
  }

  /** Whether {@code text} has {@code phrase} at {@code at}, ignoring case. */
  private static boolean startsWith(String text, int at, String phrase) {
    return text.regionMatches(true, at, phrase, 0, phrase.length());
  }

  /**
   * Whether a block is one bare web address and nothing else: image and file addresses printed
   * by templates, reference lists of raw links. A sentence that quotes an address is not.
   */
  static boolean isBareUrl(String text) {
    if (!startsWith(text, 0, "http://") && !startsWith(text, 0, "https://")) {
      return false;
    }
    for (int i = 0, n = text.length(); i < n; i++) {
      if (PageModel.isSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a short line is a stock, cart or social-proof badge. */
  static boolean isBadge(String text) {
    return text.length() <= 60 && containsAny(text, BADGES);
  }

  private static boolean containsAny(String text, String[] phrases) {
    String t = text.toLowerCase(Locale.ROOT);
    for (String p : phrases) {
      if (t.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a short block is a price: a currency sign or code, digits, and few other letters
   * ({@code "$20.00"}, {@code "From: €39,00"}, {@code "AED: 549.56AED"}).
   */
  static boolean isPrice(String text) {
    int n = text.length();
    if (n > 40) {
      return false;
    }
    int digits = 0;
    int letters = 0;
    boolean currency = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '$' || c == '€' || c == '£' || c == '¥' || c == '₹' || c == '₩' || c == '₽'
          || c == '₺' || c == '₪' || c == '₫' || c == '฿' || c == '₱' || c == '₴' || c == '₦') {
        currency = true;
      } else if (Character.isLetter(c)) {
        letters++;
        if (i + 2 < n && c >= 'A' && c <= 'Z' && isCode(text, i)) {
          currency = true;
        }
      }
    }
    return currency && digits > 0 && letters <= 12;
  }

  private static boolean isCode(String t, int i) {
    if (i > 0 && Character.isLetter(t.charAt(i - 1))) {
      return false;
    }
    if (i + 3 < t.length() && Character.isLetter(t.charAt(i + 3))) {
      return false;
    }
    String code = t.substring(i, i + 3);
    switch (code) {
      case "USD":
      case "EUR":
      case "GBP":
      case "AUD":
      case "CAD":
      case "CHF":
      case "JPY":
      case "CNY":
      case "INR":
      case "AED":
      case "SAR":
      case "SEK":
      case "NOK":
      case "DKK":
      case "PLN":
      case "CZK":
      case "NZD":
      case "SGD":
      case "HKD":
      case "ZAR":
      case "BRL":
      case "MXN":
      case "KWD":
      case "QAR":
      case "OMR":
      case "RUB":
      case "TRY":
        return true;
      default:
        return false;
    }
  }

  private static boolean matches(String text, String[] phrases, int slack) {
    if (text.length() > 60) {
      return false;
    }
    String t = text.trim();
    int n = t.length();
    for (String p : phrases) {
      int k = p.length();
      if (n <= k + slack && startsWith(t, 0, p) && (n == k || !Character.isLetter(t.charAt(k)))) {
        return true;
      }
    }
    return false;
  }
}
