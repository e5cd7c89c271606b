// SPDX-License-Identifier: Apache-2.0
package dev.curate.sample;

import dev.curate.sample.Article.Block;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Six site templates (news, blog, forum, government portal, wiki, 2000s table layout) that wrap an
 * article in real-looking boilerplate: navigation, headers, cookie banners, breadcrumbs, share
 * buttons, related links, comments, sidebars and footers. With a null article a template renders a
 * boilerplate-only page (listing, login or tag page).
 */
final class Templates {
  private Templates() {}

  /**
   * What a template needs for one page.
   *
   * @param article main content, or null for a boilerplate-only page
   * @param charsetMeta how the page declares its charset in HTML: null (not at all), "meta"
   *     ({@code <meta charset>}) or "http-equiv"
   * @param related links as {title, href}
   * @param comments as {author, date, text}
   * @param date publication date, yyyy-MM-dd
   */
  record PageView(
      Sites.Site site,
      String path,
      String title,
      Article article,
      String charsetMeta,
      String charset,
      List<String[]> related,
      List<String[]> comments,
      String date,
      String section,
      int year,
      SplittableRandom r) {}

  interface Template {
    String name();

    /** URL path of an article page with the given id and slug. */
    String path(int id, String slug, String date, String section);

    void render(Html h, PageView v);
  }

  static final List<Template> ALL =
      List.of(new News(), new Blog(), new Forum(), new Gov(), new Wiki(), new Legacy());

  static final String[] SECTIONS = {
    "politics", "europe", "world", "economy", "society", "environment", "opinion", "culture"
  };

  static final String[] COMMENT_TEXTS = {
    "Great article, thanks for sharing!",
    "I completely disagree with this. Where are the sources?",
    "Very informative, bookmarked.",
    "Finally someone says it.",
    "Sehr guter Artikel, danke!",
    "Merci pour cet article tres clair.",
    "Muy interesante, gracias.",
    "Grazie per l'articolo.",
    "First!",
    "This is exactly what is wrong with Brussels.",
    "Does anyone have a link to the full report?",
    "Well written, but it misses the main point.",
  };

  static final String[] AUTHORS = {
    "M. Keller", "anna_b", "Jean-Luc D.", "policywatcher", "Eleni P.", "guest", "K. Nowak",
    "oldtimer64", "S. Lindqvist", "Marco R."
  };

  // ---- shared fragments ----

  static void head(Html h, PageView v, String css) {
    h.raw("<!DOCTYPE html>\n<html>\n<head>\n");
    if ("meta".equals(v.charsetMeta())) {
      h.raw("<meta charset=\"").raw(v.charset()).raw("\">\n");
    } else if ("http-equiv".equals(v.charsetMeta())) {
      h.raw("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=")
          .raw(v.charset())
          .raw("\">\n");
    }
    h.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.raw("<title>").text(v.title()).raw(" | ").text(v.site().name()).raw("</title>\n");
    h.raw("<link rel=\"stylesheet\" href=\"/static/").raw(css).raw(".css?v=3\">\n");
    h.raw("<style>.hidden{display:none}.cookie{position:fixed;bottom:0}</style>\n");
    h.raw("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}")
        .raw("gtag('js',new Date());gtag('config','G-")
        .raw(Integer.toHexString(v.site().host().hashCode()).toUpperCase(java.util.Locale.ROOT))
        .raw("');</script>\n</head>\n");
  }

  static void cookieBanner(Html h) {
    h.raw("<div class=\"cookie\" id=\"consent\"><p>We use cookies to improve your experience and ")
        .raw("to show you personalised content. By continuing to browse you agree to our use of ")
        .raw("cookies.</p><button>Accept all</button> <button>Manage preferences</button> ")
        .raw("<a href=\"/privacy\">Privacy policy</a></div>\n");
  }

  static void nav(Html h, String... items) {
    h.raw("<nav class=\"menu\"><ul>");
    for (String it : items) {
      h.raw("<li>").link("/" + it.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + "/", it).raw("</li>");
    }
    h.raw("</ul></nav>\n");
  }

  static void breadcrumbs(Html h, PageView v) {
    h.raw("<ol class=\"breadcrumb\"><li>").link("/", "Home").raw("</li><li>")
        .link("/" + v.section() + "/", Sites.cap(v.section()))
        .raw("</li><li>").text(shorten(v.title(), 40)).raw("</li></ol>\n");
  }

  static void share(Html h) {
    h.raw("<div class=\"share\"><span>Share:</span> <a href=\"#\" class=\"fb\">Facebook</a> ")
        .raw("<a href=\"#\" class=\"x\">X</a> <a href=\"#\" class=\"li\">LinkedIn</a> ")
        .raw("<a href=\"#\" class=\"mail\">Email</a> <a href=\"javascript:print()\">Print</a></div>\n");
  }

  static void related(Html h, PageView v, String heading) {
    h.raw("<aside class=\"related\"><h3>").text(heading).raw("</h3><ul>");
    for (String[] t : v.related()) {
      h.raw("<li>").link(t[1], t[0]).raw("</li>");
    }
    h.raw("</ul></aside>\n");
  }

  static void comments(Html h, PageView v) {
    h.raw("<section class=\"comments\"><h3>").text(v.comments().size() + " comments").raw("</h3>\n");
    for (String[] c : v.comments()) {
      h.raw("<div class=\"comment\"><span class=\"author\">").text(c[0]).raw("</span> <time>")
          .text(c[1]).raw("</time><p>").text(c[2]).raw("</p><a href=\"#reply\">Reply</a></div>\n");
    }
    h.raw("<form class=\"reply\"><textarea name=\"comment\" placeholder=\"Leave a comment\">")
        .raw("</textarea><button>Post comment</button></form></section>\n");
  }

  static void footer(Html h, PageView v, String... links) {
    h.raw("<footer><ul class=\"footer-links\">");
    for (String l : links) {
      h.raw("<li>").link("/" + l.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), l).raw("</li>");
    }
    h.raw("</ul><p class=\"copyright\">&copy; ").raw(Integer.toString(v.year())).raw(" ")
        .text(v.site().name()).raw(". All rights reserved.</p></footer>\n");
  }

  /** Main content blocks: p, h2, ul and table elements. */
  static void blocks(Html h, List<Block> blocks, String headingTag) {
    for (Block b : blocks) {
      switch (b.type()) {
        case PARAGRAPH -> h.el("p", b.text()).raw("\n");
        case HEADING -> h.el(headingTag, b.text()).raw("\n");
        case LIST -> {
          h.raw("<ul>");
          b.items().forEach(it -> h.el("li", it));
          h.raw("</ul>\n");
        }
        case TABLE -> {
          h.raw("<table class=\"data\">");
          for (int i = 0; i < b.rows().size(); i++) {
            h.raw("<tr>");
            String cell = i == 0 ? "th" : "td";
            b.rows().get(i).forEach(c -> h.el(cell, c));
            h.raw("</tr>");
          }
          h.raw("</table>\n");
        }
      }
    }
  }

  /** The body of a boilerplate-only page: a list of teaser links, a login form or a tag cloud. */
  static void listing(Html h, PageView v) {
    switch (v.r().nextInt(3)) {
      case 0 -> {
        h.raw("<div class=\"listing\">");
        for (String[] t : v.related()) {
          h.raw("<div class=\"teaser\"><h3>").link(t[1], t[0]).raw("</h3><a href=\"")
              .attr(t[1]).raw("\" class=\"more\">Read more &raquo;</a></div>\n");
        }
        h.raw("<div class=\"pager\"><a href=\"?page=1\">1</a> <a href=\"?page=2\">2</a> ")
            .raw("<a href=\"?page=3\">3</a> <a href=\"?page=2\">Next &rsaquo;</a></div></div>\n");
      }
      case 1 -> h.raw("<form class=\"login\" action=\"/login\" method=\"post\"><label>Username ")
          .raw("<input name=\"user\"></label><label>Password <input type=\"password\" name=\"pw\">")
          .raw("</label><button>Sign in</button> <a href=\"/reset\">Forgot your password?</a>")
          .raw(" <a href=\"/register\">Create an account</a></form>\n");
      default -> {
        h.raw("<div class=\"tags\">");
        for (String s : SECTIONS) {
          h.link("/tag/" + s, s).raw(" ");
        }
        h.raw("</div>\n");
      }
    }
  }

  static String shorten(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 3) + "...";
  }

  // ---- templates ----

  static final class News implements Template {
    public String name() {
      return "news";
    }

    public String path(int id, String slug, String date, String section) {
      return "/" + section + "/" + date.substring(0, 4) + "/" + date.substring(5, 7) + "/" + slug + "-" + id + ".html";
    }

    public void render(Html h, PageView v) {
      head(h, v, "news");
      h.raw("<body class=\"article\">\n");
      cookieBanner(h);
      h.raw("<header class=\"masthead\"><a class=\"logo\" href=\"/\">").text(v.site().name())
          .raw("</a><span class=\"tagline\">Independent news since ").raw(Integer.toString(1950 + v.r().nextInt(60)))
          .raw("</span><a href=\"/subscribe\" class=\"btn\">Subscribe</a> <a href=\"/login\">Sign in</a></header>\n");
      nav(h, "Home", "Politics", "Europe", "World", "Economy", "Culture", "Sport", "Opinion");
      breadcrumbs(h, v);
      h.raw("<main><article>\n");
      if (v.article() == null) {
        h.raw("<h2>").text("Latest in " + Sites.cap(v.section())).raw("</h2>\n");
        listing(h, v);
      } else {
        h.el("h1", v.title()).raw("\n<p class=\"byline\">By ").text(Seeds.pick(v.r(), AUTHORS))
            .raw(" | <time datetime=\"").raw(v.date()).raw("\">").raw(v.date()).raw("</time></p>\n");
        share(h);
        h.raw("<div class=\"article-body\">\n");
        blocks(h, v.article().blocks(), "h2");
        h.raw("</div>\n");
        share(h);
      }
      h.raw("</article>\n");
      related(h, v, "Related articles");
      if (v.article() != null && !v.comments().isEmpty()) {
        comments(h, v);
      }
      h.raw("</main>\n<aside class=\"sidebar\"><h3>Most read</h3><ol>");
      for (String[] t : v.related()) {
        h.raw("<li>").link(t[1] + "?ref=mostread", shorten(t[0], 50)).raw("</li>");
      }
      h.raw("</ol><div class=\"newsletter\"><h3>Newsletter</h3><p>Get the day's top stories in your ")
          .raw("inbox.</p><input type=\"email\" placeholder=\"Email\"><button>Sign up</button></div></aside>\n");
      footer(h, v, "About us", "Contact", "Advertise", "Privacy policy", "Terms of use", "Imprint");
      h.raw("</body>\n</html>\n");
    }
  }

  static final class Blog implements Template {
    public String name() {
      return "blog";
    }

    public String path(int id, String slug, String date, String section) {
      return "/" + date.replace('-', '/') + "/" + slug + "-" + id + "/";
    }

    public void render(Html h, PageView v) {
      head(h, v, "wp-theme");
      h.raw("<body class=\"post-template-default single\">\n<div id=\"page\" class=\"site\">\n")
          .raw("<header id=\"masthead\"><p class=\"site-title\">").link("/", v.site().name())
          .raw("</p><p class=\"site-description\">Thoughts on Europe, politics and everything else</p></header>\n");
      nav(h, "Home", "About", "Archive", "Contact");
      h.raw("<div id=\"content\"><div id=\"primary\">\n");
      if (v.article() == null) {
        h.raw("<h1 class=\"page-title\">Archives</h1>\n");
        listing(h, v);
      } else {
        h.raw("<article class=\"post\"><header class=\"entry-header\">").el("h1", v.title())
            .raw("<div class=\"entry-meta\">Posted on ").raw(v.date()).raw(" by ")
            .text(Seeds.pick(v.r(), AUTHORS)).raw("</div></header>\n<div class=\"entry-content\">\n");
        blocks(h, v.article().blocks(), "h3");
        h.raw("</div>\n<footer class=\"entry-footer\">Posted in <a href=\"/category/")
            .raw(v.section()).raw("/\">").raw(Sites.cap(v.section())).raw("</a> | Tagged ")
            .raw("<a href=\"/tag/eu/\">EU</a>, <a href=\"/tag/parliament/\">parliament</a></footer></article>\n")
            .raw("<div class=\"author-box\"><p>About the author: I write about European affairs in my ")
            .raw("spare time. Opinions are my own.</p></div>\n");
        share(h);
        if (!v.comments().isEmpty()) {
          comments(h, v);
        }
      }
      h.raw("</div>\n<aside id=\"secondary\" class=\"widget-area\"><section class=\"widget\"><h2>Search</h2>")
          .raw("<form role=\"search\"><input type=\"search\" name=\"s\"></form></section>");
      related(h, v, "Recent Posts");
      h.raw("<section class=\"widget\"><h2>Archives</h2><ul>");
      for (int m = 1; m <= 6; m++) {
        h.raw("<li><a href=\"/").raw(Integer.toString(v.year())).raw("/0").raw(Integer.toString(m))
            .raw("/\">").raw(java.time.Month.of(m).getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ROOT))
            .raw(" ").raw(Integer.toString(v.year())).raw("</a></li>");
      }
      h.raw("</ul></section></aside></div>\n");
      h.raw("<footer id=\"colophon\"><p>Proudly powered by WordPress | Theme: Twenty Seventeen</p>");
      h.raw("<p>&copy; ").raw(Integer.toString(v.year())).raw(" ").text(v.site().name()).raw("</p></footer>\n</div>\n</body>\n</html>\n");
    }
  }

  static final class Forum implements Template {
    public String name() {
      return "forum";
    }

    public String path(int id, String slug, String date, String section) {
      return "/threads/" + slug + "." + id + "/";
    }

    public void render(Html h, PageView v) {
      head(h, v, "forum");
      h.raw("<body>\n<div id=\"wrap\"><div class=\"headerbar\"><a href=\"/\" class=\"logo\">")
          .text(v.site().name()).raw("</a><p>Discussion board for European politics</p></div>\n")
          .raw("<div class=\"navbar\"><a href=\"/faq\">FAQ</a> <a href=\"/members\">Members</a> ")
          .raw("<a href=\"/search\">Search</a> <a href=\"/login\">Login</a> <a href=\"/register\">Register</a></div>\n");
      h.raw("<div class=\"breadcrumbs\"><a href=\"/\">Board index</a> &raquo; <a href=\"/forums/")
          .raw(v.section()).raw("/\">").raw(Sites.cap(v.section())).raw("</a></div>\n");
      if (v.article() == null) {
        h.raw("<h2>Board index</h2>\n");
        listing(h, v);
      } else {
        h.raw("<h2 class=\"topic-title\">").link("", v.title()).raw("</h2>\n");
        List<Block> bs = v.article().blocks();
        int posts = Math.min(bs.size(), 1 + v.r().nextInt(3));
        int from = 0;
        for (int p = 0; p < posts; p++) {
          int to = p == posts - 1 ? bs.size() : from + Math.max(1, bs.size() / posts);
          h.raw("<div class=\"post\" id=\"p").raw(Integer.toString(1000 + p)).raw("\"><div class=\"postprofile\">")
              .raw("<strong>").text(Seeds.pick(v.r(), AUTHORS)).raw("</strong><br>Posts: ")
              .raw(Integer.toString(1 + v.r().nextInt(5000))).raw("</div><div class=\"postbody\"><p class=\"author\">")
              .raw(p == 0 ? "" : "Re: ").raw("Posted ").raw(v.date()).raw("</p><div class=\"content\">\n");
          blocks(h, bs.subList(from, to), "h3");
          h.raw("</div><div class=\"signature\">-- Sent from my phone</div></div>")
              .raw("<a href=\"#\" class=\"quote\">Quote</a></div>\n");
          from = to;
        }
      }
      h.raw("<div class=\"pagination\">Page <strong>1</strong> of 1</div>\n");
      related(h, v, "Similar topics");
      h.raw("<div class=\"stat-block\"><h3>Who is online</h3><p>Users browsing this forum: No registered ")
          .raw("users and ").raw(Integer.toString(1 + v.r().nextInt(30))).raw(" guests</p></div>\n");
      h.raw("<div class=\"copyright\">Powered by phpBB&reg; Forum Software &copy; phpBB Limited</div>\n</div>\n</body>\n</html>\n");
    }
  }

  static final class Gov implements Template {
    public String name() {
      return "gov";
    }

    public String path(int id, String slug, String date, String section) {
      return "/en/news/" + slug + "?id=" + id;
    }

    public void render(Html h, PageView v) {
      head(h, v, "gov");
      h.raw("<body>\n<a class=\"skip-link\" href=\"#main\">Skip to main content</a>\n")
          .raw("<div class=\"official-banner\">An official website of the government</div>\n");
      cookieBanner(h);
      h.raw("<header><a href=\"/\" class=\"crest\">").text(v.site().name()).raw("</a>")
          .raw("<form action=\"/search\"><input name=\"q\" placeholder=\"Search\"></form></header>\n");
      nav(h, "Services", "News", "Publications", "Consultations", "About us", "Contact");
      breadcrumbs(h, v);
      h.raw("<div class=\"layout\"><nav class=\"side-nav\"><ul><li>Press releases</li><li>Speeches</li>")
          .raw("<li>Statements</li><li>Reports</li></ul></nav>\n<main id=\"main\">\n");
      if (v.article() == null) {
        h.raw("<h1>Publications</h1>\n");
        listing(h, v);
      } else {
        h.el("h1", v.title()).raw("\n<p class=\"meta\">Published ").raw(v.date()).raw(" &middot; Press release</p>\n")
            .raw("<div class=\"govspeak\">\n");
        blocks(h, v.article().blocks(), "h2");
        h.raw("</div>\n<p class=\"updated\">Last updated: ").raw(v.date()).raw("</p>\n")
            .raw("<div class=\"feedback\">Was this page helpful? <button>Yes</button> <button>No</button> ")
            .raw("<a href=\"/report-problem\">Report a problem with this page</a></div>\n");
      }
      h.raw("</main></div>\n");
      related(h, v, "Related content");
      footer(h, v, "Accessibility", "Cookies", "Privacy notice", "Freedom of information", "Contact", "Jobs");
      h.raw("</body>\n</html>\n");
    }
  }

  static final class Wiki implements Template {
    public String name() {
      return "wiki";
    }

    public String path(int id, String slug, String date, String section) {
      return "/wiki/" + slug.replace('-', '_') + "_" + id;
    }

    public void render(Html h, PageView v) {
      head(h, v, "mediawiki");
      h.raw("<body class=\"mediawiki\">\n<div id=\"mw-head\"><a href=\"/wiki/Special:Login\">Log in</a> ")
          .raw("<a href=\"/wiki/Special:CreateAccount\">Create account</a> <a href=\"#\">Read</a> ")
          .raw("<a href=\"?action=edit\">Edit</a> <a href=\"?action=history\">View history</a></div>\n")
          .raw("<div id=\"mw-panel\"><a class=\"mw-wiki-logo\" href=\"/\">").text(v.site().name())
          .raw("</a><ul><li><a href=\"/wiki/Main_Page\">Main page</a></li><li><a href=\"/wiki/Special:Random\">")
          .raw("Random article</a></li><li><a href=\"/wiki/Help:Contents\">Help</a></li></ul></div>\n")
          .raw("<div id=\"content\">\n");
      if (v.article() == null) {
        h.raw("<h1 id=\"firstHeading\">Special:AllPages</h1>\n");
        listing(h, v);
      } else {
        h.raw("<h1 id=\"firstHeading\">").text(v.title()).raw("</h1>\n<div id=\"siteSub\">From ")
            .text(v.site().name()).raw(", the free encyclopedia</div>\n<div id=\"mw-content-text\">\n");
        for (Block b : v.article().blocks()) {
          if (b.type() == Article.Type.HEADING) {
            h.raw("<h2><span class=\"mw-headline\">").text(b.text())
                .raw("</span><span class=\"mw-editsection\">[<a href=\"?action=edit\">edit</a>]</span></h2>\n");
          } else {
            blocks(h, List.of(b), "h2");
          }
        }
        h.raw("</div>\n");
        h.raw("<div id=\"catlinks\">Categories: <a href=\"/wiki/Category:European_Parliament\">European ")
            .raw("Parliament</a> | <a href=\"/wiki/Category:").raw(Sites.cap(v.section())).raw("\">")
            .raw(Sites.cap(v.section())).raw("</a></div>\n");
      }
      related(h, v, "See also");
      h.raw("</div>\n<div id=\"footer\"><p>This page was last edited on ").raw(v.date())
          .raw(". Text is available under the Creative Commons Attribution-ShareAlike License.</p>")
          .raw("<a href=\"/wiki/Privacy\">Privacy policy</a> <a href=\"/wiki/About\">About</a> ")
          .raw("<a href=\"/wiki/Disclaimers\">Disclaimers</a></div>\n</body>\n</html>\n");
    }
  }

  /** A 2000s table layout: font tags, no p elements, paragraphs separated by {@code <br><br>}. */
  static final class Legacy implements Template {
    public String name() {
      return "legacy";
    }

    public String path(int id, String slug, String date, String section) {
      return "/pages/page" + id + ".htm";
    }

    public void render(Html h, PageView v) {
      h.raw("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n<HTML><HEAD>\n");
      if (v.charsetMeta() != null) {
        h.raw("<META http-equiv=\"Content-Type\" content=\"text/html; charset=").raw(v.charset()).raw("\">\n");
      }
      h.raw("<TITLE>").text(v.title()).raw("</TITLE>\n</HEAD>\n<BODY bgcolor=\"#FFFFFF\">\n<CENTER>")
          .raw("<FONT size=\"5\" face=\"Arial\">").text(v.site().name()).raw("</FONT><BR>")
          .raw("<IMG src=\"/img/construction.gif\" alt=\"Under construction\"></CENTER>\n")
          .raw("<TABLE width=\"100%\" border=\"0\"><TR><TD width=\"20%\" valign=\"top\" bgcolor=\"#EEEEEE\">")
          .raw("<A href=\"/\">Home</A><BR><A href=\"/links.htm\">Links</A><BR><A href=\"/guestbook.htm\">")
          .raw("Guestbook</A><BR><A href=\"/about.htm\">About me</A></TD>\n<TD valign=\"top\">");
      if (v.article() == null) {
        h.raw("<B>My favourite links</B><BR>\n");
        for (String[] t : v.related()) {
          h.link(t[1], t[0]).raw("<BR>\n");
        }
      } else {
        h.raw("<H1>").text(v.title()).raw("</H1>\n<FONT face=\"Verdana\" size=\"2\">\n");
        boolean first = true;
        for (Block b : v.article().blocks()) {
          if (b.type() == Article.Type.PARAGRAPH) {
            if (!first) {
              h.raw("<BR><BR>\n");
            }
            h.text(b.text());
          } else {
            h.raw("\n");
            if (b.type() == Article.Type.HEADING) {
              h.raw("<BR><BR><B>").text(b.text()).raw("</B>");
            } else {
              blocks(h, List.of(b), "h2");
            }
          }
          first = b.type() != Article.Type.PARAGRAPH;
        }
        h.raw("\n</FONT>\n");
      }
      h.raw("</TD></TR></TABLE>\n<HR><CENTER><FONT size=\"1\">You are visitor number ")
          .raw(Integer.toString(1000 + v.r().nextInt(90000))).raw(" | Last updated ").raw(v.date())
          .raw(" | <A href=\"mailto:webmaster@").raw(v.site().host()).raw("\">Webmaster</A><BR>&copy; ")
          .raw(Integer.toString(v.year())).raw("</FONT></CENTER>\n</BODY></HTML>\n");
    }
  }
}
