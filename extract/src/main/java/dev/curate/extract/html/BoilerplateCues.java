// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract.html;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Says whether an element's {@code class}, {@code id} or {@code role} marks it as boilerplate.
 *
 * <p>Attribute values are split into words at non-letters and camelCase boundaries ({@code
 * "sidebar-left"} gives {@code sidebar, left}; {@code "relatedPosts"} gives {@code related, posts})
 * and each word is looked up in a fixed table, so {@code "canvas"} never matches {@code nav}. The
 * word lists follow the cue lists of Readability's {@code unlikelyCandidates} and trafilatura's
 * {@code MANUALLY_CLEANED}/boilerplate XPaths (https://github.com/mozilla/readability,
 * https://github.com/adbar/trafilatura).
 */
final class BoilerplateCues {
  /** A word that marks boilerplate on its own ({@code cookie}, {@code sidebar}). */
  static final int STRONG = 1;

  /** A word that marks boilerplate unless a content word is also present ({@code header}). */
  static final int WEAK = 2;

  /** A word that marks content ({@code article}, {@code content}). */
  static final int POSITIVE = 4;

  /** A word that marks boilerplate even around long paragraphs ({@code cookie}, {@code ads}). */
  static final int HARD = 8;

  /** A comment-thread word: boilerplate on articles, the content itself on forums. */
  static final int COMMENT = 16;

  /**
   * A consent or pop-up word ({@code cookie}, {@code consent}, {@code modal}): boilerplate however
   * much of the page's prose it holds, as consent managers carry long vendor texts.
   */
  static final int LOCK = 32;

  /**
   * A page-footer word: boilerplate unless it holds nearly all of the page's prose or its title;
   * site-wide testimonials and "about us" texts sit in footers.
   */
  static final int FOOT = 64;

  /**
   * A box word ({@code widget}): page builders and listing pages box each text or list of items in
   * one, so a listing reading looks inside.
   */
  static final int BOX = 128;

  /**
   * A review word ({@code reviews}, {@code testimonials}, review-widget vendors): boilerplate on a
   * product page only, where the GT-style main content is the product's own text.
   */
  static final int REVIEW = 256;

  /**
   * A banner word: boilerplate as strongly as {@link #STRONG} words, but a box the listing reading
   * looks into (home-page hero and promotion banners hold the page's collections).
   */
  static final int BANNER = 512;

  /**
   * An item-field word ({@code rating}): chrome on an article, but on a listing one field of each
   * listed item ("20 reviews / 5 average"), so the listing reading looks through it as through a
   * box. ({@code author}, {@code byline} and {@code meta} were measured too: forums and blog
   * listings lost more than service pages gained.)
   */
  static final int FIELD = 1024;

  /**
   * A whole class token {@code hide} or {@code hidden} (not a word of {@code "hide-on-mobile"}): a
   * utility class that scripts may lift, so it hides nothing by itself; product pages read it
   * ({@link HtmlTags#HIDE_MARK}).
   */
  static final int HIDE = 2048;

  /**
   * A fine-print word ({@code disclaimer}, {@code legal}, {@code payment}): boilerplate on a product
   * page even when it holds prose, unless it holds the product's title ({@link
   * PageModel#productChrome}).
   */
  static final int FINE_PRINT = 4096;

  private static final Map<String, Integer> WORDS = new HashMap<>();

  static {
    words(
        STRONG,
        "nav navbar navbox navigation navi menu menus menubar submenu megamenu crumb sidebar"
            + " sidebars signup overlay lightbox pagination pager paging"
            + " toolbar skip skiplink login signin logout account searchform copyright"
            + " masthead topbar bottombar tagcloud tags taglist offcanvas drawer"
            + " dropdown print rating ratings feedback survey tooltip signature signatures"
            + " userinfo postprofile usertitle userstats reputation vote votes voting upvote"
            + " downvote reactions badges avatar userextras userbanner memberinfo authorbox"
            + " authorinfo authorbio author authors bio credit credits notice notices"
            + " attachment attachments");
    words(STRONG | HARD | LOCK, "cookie cookies consent gdpr onetrust popup popover modal");
    words(STRONG | FOOT, "footer");
    words(STRONG | FINE_PRINT, "disclaimer disclaimers legal");
    // payment and financing boxes (methods, instalments) are a shop's checkout fine print, not
    // boilerplate elsewhere (a bank's or a payment service's page is about them)
    words(FINE_PRINT, "payment payments financing");
    words(
        STRONG | HARD,
        "share sharing sharer social socials sociallinks"
            + " related recommended recommendations newsletter subscribe subscription"
            + " advert adverts advertisement advertising ad ads adsense adslot adunit dfp sponsor"
            + " sponsored outbrain taboola breadcrumb breadcrumbs crumbs promo promos promotion");
    words(COMMENT, "comment comments commentlist commentarea respond disqus replies");
    words(WEAK | BOX, "widget widgets");
    words(REVIEW, "review reviews testimonial testimonials yotpo trustpilot okendo judgeme");
    words(WEAK, "header head aside extra secondary meta byline sub");
    words(BOX | BANNER, "banner");
    words(STRONG | FIELD, "rating ratings");
    words(
        POSITIVE,
        "content contents article articles main post posts entry story text body blog prose"
            + " markdown question answer answers thread topic message document doc docs product"
            + " description");
  }

  private static void words(int flags, String words) {
    for (String w : words.split(" ")) {
      WORDS.put(w, flags);
    }
  }

  private BoilerplateCues() {}

  /** Returns the OR of the word flags found in {@code value}, or 0. */
  static int scan(String value) {
    int flags = 0;
    int n = value.length();
    int tokenStart = 0;
    for (int i = 0; i <= n; i++) {
      if (i == n || value.charAt(i) <= ' ') {
        if (isHideToken(value, tokenStart, i)) {
          flags |= HIDE;
        } else if (i > tokenStart && !isUtility(value, tokenStart, i)) {
          // a BEM modifier ("container--more-ads") varies the block named before it
          int mod = value.indexOf("--", tokenStart);
          flags |= scanToken(value, tokenStart, mod > tokenStart && mod < i ? mod : i);
        }
        tokenStart = i + 1;
      }
    }
    return flags;
  }

  /**
   * Whether the class token from {@code start} to {@code end} is {@code hide} or {@code
   * hidden}.
   */
  private static boolean isHideToken(String value, int start, int end) {
    int len = end - start;
    return (len == 4 && value.startsWith("hide", start))
        || (len == 6 && value.startsWith("hidden", start));
  }

  /**
   * Whether a class token is a utility-CSS variant or arbitrary value ({@code
   * "lg:has-[>[data-slot=banner]]:pt-0"}, {@code "w-[calc(100%-2rem)]"}): such tokens style an
   * element, they do not name it.
   */
  private static boolean isUtility(String value, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = value.charAt(i);
      if (c == ':' || c == '[' || c == '(' || c == '=') {
        return true;
      }
    }
    return false;
  }

  private static int scanToken(String value, int from, int n) {
    int flags = 0;
    int start = -1;
    for (int i = from; i <= n; i++) {
      char c = i < n ? value.charAt(i) : ' ';
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      boolean camel = start >= 0 && c >= 'A' && c <= 'Z' && i > 0 && isLower(value.charAt(i - 1));
      if (start >= 0 && (!letter || camel)) {
        // words glued to digits come from hashes and ids ("b5343ad4"), not from names; so do
        // words of a camel-case run holding a digit (CSS-module hashes: "item__adF2E")
        boolean glued =
            (start > 0 && isDigit(value.charAt(start - 1)))
                || isDigit(c)
                || (camel && hashRun(value, i, n));
        if (!glued) {
          flags |= lookup(value, start, i);
        }
        start = -1;
      }
      if (letter && start < 0) {
        start = i;
      }
    }
    return flags;
  }

  /** Whether the letters and digits from {@code from} to the next separator hold a digit. */
  private static boolean hashRun(String value, int from, int n) {
    for (int i = from; i < n; i++) {
      char c = value.charAt(i);
      if (isDigit(c)) {
        return true;
      }
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        return false;
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static int lookup(String value, int start, int end) {
    int len = end - start;
    if (len < 2 || len > 16) {
      return 0;
    }
    // String.hashCode of the lower-cased token, without making it: class tokens are looked up
    // once per element, and the substring and its lower-case copy were a measurable share of it
    int h = 0;
    for (int i = start; i < end; i++) {
      char c = value.charAt(i);
      if (c >= 0x80) {
        // non-ASCII: the JDK's case rules decide (the Kelvin sign lower-cases to 'k')
        Integer f = WORDS.get(value.substring(start, end).toLowerCase(Locale.ROOT));
        return f == null ? 0 : f;
      }
      h = 31 * h + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    return FoldedWords.flags(value, start, len, h);
  }

  /** {@link #WORDS} as an open-addressing table probed by the lower-cased token's hash. */
  private static final class FoldedWords {
    private static final String[] KEYS;
    private static final int[] FLAGS;

    static {
      int size = Integer.highestOneBit(WORDS.size() * 4) * 2;
      KEYS = new String[size];
      FLAGS = new int[size];
      for (Map.Entry<String, Integer> e : WORDS.entrySet()) {
        int i = slot(e.getKey().hashCode(), size);
        while (KEYS[i] != null) {
          i = (i + 1) & (size - 1);
        }
        KEYS[i] = e.getKey();
        FLAGS[i] = e.getValue();
      }
    }

    private static int slot(int hash, int size) {
      return (hash ^ (hash >>> 16)) & (size - 1);
    }

    /** Flags of the ASCII token {@code value[start, start + len)} with hash {@code h}, or 0. */
    static int flags(String value, int start, int len, int h) {
      for (int i = slot(h, KEYS.length); KEYS[i] != null; i = (i + 1) & (KEYS.length - 1)) {
        if (sameFolded(KEYS[i], value, start, len)) {
          return FLAGS[i];
        }
      }
      return 0;
    }

    private static boolean sameFolded(String lowerKey, String value, int start, int len) {
      if (lowerKey.length() != len) {
        return false;
      }
      for (int k = 0; k < len; k++) {
        char c = value.charAt(start + k);
        if ((c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c) != lowerKey.charAt(k)) {
          return false;
        }
      }
      return true;
    }
  }

  /** Whether {@code flags} from {@link #scan} mark boilerplate. */
  static boolean isBoilerplate(int flags) {
    return (flags & (STRONG | BANNER)) != 0 || ((flags & WEAK) != 0 && (flags & POSITIVE) == 0);
  }

  /** Flags for an ARIA role value. */
  static int role(String role) {
    switch (role) {
      case "navigation":
      case "banner":
      case "contentinfo":
      case "complementary":
      case "dialog":
      case "menu":
      case "menubar":
      case "search":
      case "toolbar":
      case "tablist":
        return STRONG;
      case "alertdialog":
        // consent pop-ups; they stay cued however long their text
        return STRONG | HARD | LOCK;
      case "main":
      case "article":
        return POSITIVE;
      default:
        return 0;
    }
  }
}
