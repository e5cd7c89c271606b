// SPDX-License-Identifier: Apache-2.0
package dev.curate.sample;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A few hundred plausible hosts (news, blogs, forums, government portals, wikis, old personal
 * sites) on various TLDs, generated from the seed. Each host has one site template, so pages of a
 * host share their boilerplate, as on the real web.
 */
final class Sites {
  static final int HOSTS = 300;

  /** One host. {@code template} indexes {@link Templates#ALL}. */
  record Site(String host, String name, int template, String server, String ip, boolean https) {}

  private static final String[] CC = {
    "de", "fr", "it", "es", "nl", "se", "gr", "pt", "pl", "fi", "dk", "at", "be", "ie", "cz", "hu",
    "ro", "sk", "si", "lt", "lv", "ee", "eu", "co.uk"
  };
  private static final String[] NEWS_A = {
    "daily", "morning", "evening", "city", "national", "continental", "metro", "global", "euro",
    "capital", "northern", "southern", "the"
  };
  private static final String[] NEWS_B = {
    "herald", "tribune", "courier", "gazette", "post", "observer", "chronicle", "times", "dispatch",
    "report", "journal", "review", "monitor", "ledger", "express", "standard"
  };
  private static final String[] PEOPLE = {
    "anna", "marco", "jens", "sofia", "pieter", "eleni", "jan", "marta", "lukas", "ines", "mikko",
    "katarzyna", "joao", "claire", "nikos", "eva", "tomas", "ulla", "paolo", "agnes"
  };
  private static final String[] BLOG_B = {"notes", "blog", "journal", "thoughts", "musings", "diary", "corner"};
  private static final String[] BLOG_TLD = {"net", "org", "blog", "info", "eu", "de", "fr", "nl"};
  private static final String[] FORUM_A = {
    "eurotalk", "debate", "citizens", "parliament-watch", "agora", "townhall", "speakup", "politalk",
    "unionboard", "policy"
  };
  private static final String[] GOV_A = {
    "parliament", "ministry-foreign-affairs", "statistics", "agriculture", "environment", "justice",
    "finance", "regional-council", "labour", "transport", "health", "education"
  };
  private static final String[] GOV_TLD = {
    "gov.uk", "gouv.fr", "gv.at", "gob.es", "gov.gr", "gov.it", "gov.pl", "gov.pt", "gov.ie",
    "overheid.nl", "bund.de", "gov.cz", "gov.si", "europa.eu"
  };
  private static final String[] WIKI_A = {"euro", "policy", "law", "union", "council", "civic", "treaty", "open"};
  private static final String[] WIKI_B = {"wiki", "pedia", "-wiki", "docs", "archive"};
  private static final String[] LEGACY_ISP = {"home.t-online", "members.chello", "perso.wanadoo", "web.tiscali", "users.skynet", "free", "tripod", "angelfire"};
  private static final String[] SERVERS = {
    "nginx", "nginx/1.24.0", "Apache", "Apache/2.4.58 (Debian)", "cloudflare", "Microsoft-IIS/10.0",
    "LiteSpeed", "openresty", "Apache/2.2.22 (Ubuntu)", "gws"
  };

  private Sites() {}

  /** {@link #HOSTS} distinct hosts in a seed-determined order. */
  static List<Site> generate(long seed) {
    SplittableRandom r = Seeds.rng(seed, 0, 0x517e5L);
    Set<String> seen = new LinkedHashSet<>();
    List<Site> sites = new ArrayList<>(HOSTS);
    int templates = Templates.ALL.size();
    while (sites.size() < HOSTS) {
      int t = sites.size() % templates; // equal shares of the templates
      String host;
      String name;
      switch (t) {
        case 0 -> {
          String a = Seeds.pick(r, NEWS_A);
          String b = Seeds.pick(r, NEWS_B);
          host = "www." + a + b + "." + Seeds.pick(r, CC);
          name = cap(a) + " " + cap(b);
        }
        case 1 -> {
          String p = Seeds.pick(r, PEOPLE);
          String b = Seeds.pick(r, BLOG_B);
          host = r.nextBoolean() ? p + "s" + b + "." + Seeds.pick(r, BLOG_TLD) : p + "-" + b + ".blogspot.com";
          name = cap(p) + "'s " + cap(b);
        }
        case 2 -> {
          String a = Seeds.pick(r, FORUM_A);
          host = r.nextBoolean() ? "forum." + a + "." + Seeds.pick(r, CC) : "www." + a + "-forum.net";
          name = cap(a.replace('-', ' ')) + " Forum";
        }
        case 3 -> {
          String a = Seeds.pick(r, GOV_A);
          host = "www." + a + "." + Seeds.pick(r, GOV_TLD);
          name = cap(a.replace('-', ' '));
        }
        case 4 -> {
          String a = Seeds.pick(r, WIKI_A);
          String b = Seeds.pick(r, WIKI_B);
          host = r.nextBoolean() ? a + b.replace("-", "") + ".org" : "wiki." + a + "." + Seeds.pick(r, CC);
          name = cap(a) + cap(b.replace("-", ""));
        }
        default -> {
          String p = Seeds.pick(r, PEOPLE);
          host = Seeds.pick(r, LEGACY_ISP) + (r.nextBoolean() ? ".net" : ".com");
          host = p + r.nextInt(100) + "." + host;
          name = cap(p) + "'s Homepage";
        }
      }
      if (!seen.add(host)) {
        continue;
      }
      String ip = (5 + r.nextInt(200)) + "." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
      boolean https = t != 5 || r.nextInt(4) == 0;
      sites.add(new Site(host, name, t, Seeds.pick(r, SERVERS), ip, https));
    }
    return List.copyOf(sites);
  }

  static String cap(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean up = true;
    for (char c : s.toCharArray()) {
      sb.append(up ? Character.toUpperCase(c) : c);
      up = c == ' ';
    }
    return sb.toString();
  }

  /** ASCII slug of a title: accents folded, non-alphanumerics to '-', at most 60 chars. */
  static String slug(String title) {
    String s = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    if (s.length() > 60) {
      s = s.substring(0, 60).replaceAll("-[^-]*$", "");
    }
    return s.isEmpty() ? "article" : s;
  }
}
