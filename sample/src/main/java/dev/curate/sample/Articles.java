// SPDX-License-Identifier: Apache-2.0
package dev.curate.sample;

import dev.curate.sample.Article.Block;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Builds the main content of pages from Europarl lines: articles, short pages, spam, near-duplicates. */
final class Articles {
  private Articles() {}

  /**
   * An article from one corpus text (whole sentences, at least {@link Corpus#MIN_SENTENCES}
   * sentences and {@link Corpus#MIN_WORDS} words). Most are plain paragraphs; some paragraphs
   * become a bulleted list of their sentences, some get a subheading (the first words of the
   * paragraph below it), and some get a vote-result table.
   */
  static Article article(Corpus.Line line, SplittableRandom r) {
    List<Block> blocks = new ArrayList<>();
    List<String> ps = line.paragraphs();
    boolean headings = ps.size() >= 3 && r.nextDouble() < 0.35;
    boolean listDone = false;
    for (int i = 0; i < ps.size(); i++) {
      String p = ps.get(i);
      if (headings && i > 0 && i % 2 == 0) {
        blocks.add(Block.heading(leadIn(p, 3 + r.nextInt(4))));
      }
      List<String> sentences = Prose.sentences(p, line.greek());
      if (!listDone && i > 0 && sentences.size() >= 3 && r.nextDouble() < 0.3) {
        blocks.add(Block.list(sentences));
        listDone = true;
      } else {
        blocks.add(Block.paragraph(p));
      }
    }
    if (r.nextDouble() < 0.12) {
      blocks.add(Math.min(blocks.size(), 1 + r.nextInt(blocks.size())), voteTable(r));
    }
    return new Article(line.title(), blocks);
  }

  /** The first {@code n} words of a paragraph, without trailing punctuation. */
  private static String leadIn(String p, int n) {
    String[] w = p.split(" ");
    String s = String.join(" ", Arrays.copyOf(w, Math.min(n, w.length)));
    return s.replaceAll("[\\p{Punct}«»„“”–—]+$", "");
  }

  private static Block voteTable(SplittableRandom r) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Amendment", "For", "Against", "Abstentions"));
    int n = 2 + r.nextInt(4);
    int am = 1 + r.nextInt(20);
    for (int i = 0; i < n; i++) {
      am += 1 + r.nextInt(5);
      rows.add(
          List.of(
              "Am " + am,
              Integer.toString(100 + r.nextInt(400)),
              Integer.toString(50 + r.nextInt(300)),
              Integer.toString(r.nextInt(60))));
    }
    return Block.table(rows);
  }

  /** One sentence of the text (the first one of at least five words), as a whole article. */
  static Article shortArticle(Corpus.Line line) {
    for (String p : line.paragraphs()) {
      for (String s : Prose.sentences(p, line.greek())) {
        if (s.split(" ").length >= 5 && s.length() <= 300) {
          return new Article(line.title(), List.of(Block.paragraph(s)));
        }
      }
    }
    String[] w = line.paragraphs().get(0).split(" ");
    return new Article(
        line.title(),
        List.of(Block.paragraph(String.join(" ", Arrays.copyOf(w, Math.min(12, w.length))))));
  }

  private static final String[][] SPAM_WORDS = {
    {"cheap", "flights", "hotels", "deals", "best", "price", "book", "now"},
    {"casino", "bonus", "free", "spins", "online", "win", "jackpot", "slots"},
    {"replica", "watches", "luxury", "discount", "sale", "original", "buy", "cheap"},
    {"loans", "fast", "credit", "approval", "instant", "cash", "bad", "low"},
    {"weight", "loss", "pills", "diet", "fast", "natural", "results", "guaranteed"},
    {"seo", "backlinks", "ranking", "traffic", "google", "top", "cheap", "service"}
  };

  /** Keyword spam: three to five words from one theme, repeated in a few long paragraphs. */
  static Article spam(SplittableRandom r) {
    String[] theme = SPAM_WORDS[r.nextInt(SPAM_WORDS.length)];
    int k = 3 + r.nextInt(3);
    String[] words = Arrays.copyOf(theme, k);
    List<Block> blocks = new ArrayList<>();
    int paragraphs = 2 + r.nextInt(4);
    for (int p = 0; p < paragraphs; p++) {
      StringBuilder sb = new StringBuilder();
      int n = 30 + r.nextInt(60);
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          sb.append(' ');
        }
        sb.append(words[r.nextInt(k)]);
      }
      blocks.add(Block.paragraph(sb.toString()));
    }
    String title = String.join(" ", words).toUpperCase(java.util.Locale.ROOT) + " " + (2024 - r.nextInt(3));
    return new Article(title, blocks);
  }

  /**
   * A near-duplicate of {@code a}: {@code round(rate * words)} (at least one) edits at distinct
   * word positions of its paragraphs and list items, each a replacement (by another word of the
   * same article), a deletion or an insertion after the word. The last word of a paragraph or item
   * is not edited, so every one still ends with its terminal punctuation. Headings and tables stay
   * as they are. The word-level edit distance to the original is at most the number of edits.
   *
   * @return the edited article and, in {@code edits[0]}, the number of edits made
   */
  static Article nearDuplicate(Article a, double rate, SplittableRandom r, int[] edits) {
    List<String> texts = a.texts();
    List<String> pool = new ArrayList<>();
    int total = 0;
    for (String t : texts) {
      String[] w = t.split(" ");
      total += w.length;
      pool.addAll(Arrays.asList(w));
    }
    // Editable words, addressed as (block, item, word) through one flat index.
    List<String[]> units = new ArrayList<>();
    for (Block b : a.blocks()) {
      if (b.type() == Article.Type.PARAGRAPH) {
        units.add(b.text().split(" "));
      } else if (b.type() == Article.Type.LIST) {
        b.items().forEach(it -> units.add(it.split(" ")));
      }
    }
    int words = 0;
    for (String[] u : units) {
      words += u.length;
    }
    // The last word of a paragraph or item carries its terminal punctuation: it stays, unless no
    // other word could be edited.
    int[] editable = new int[words];
    int m = 0;
    int flat0 = 0;
    for (String[] u : units) {
      for (int w = 0; w < u.length - 1; w++) {
        editable[m++] = flat0 + w;
      }
      flat0 += u.length;
    }
    if (m == 0) {
      for (int w = 0; w < words; w++) {
        editable[m++] = w;
      }
    }
    int k = Math.max(1, Math.min(m, (int) Math.round(rate * total)));
    // ops[flat] = 0 keep, 1 replace, 2 delete, 3 insert after
    byte[] ops = new byte[words];
    int chosen = 0;
    while (chosen < k) {
      int pos = editable[r.nextInt(m)];
      if (ops[pos] == 0) {
        double u = r.nextDouble();
        ops[pos] = (byte) (u < 0.5 ? 1 : u < 0.75 ? 2 : 3);
        chosen++;
      }
    }
    List<String> edited = new ArrayList<>(units.size());
    int flat = 0;
    for (String[] u : units) {
      StringBuilder sb = new StringBuilder();
      for (String w : u) {
        byte op = ops[flat++];
        String keep = w;
        if (op == 1) {
          keep = other(pool, w, r);
        } else if (op == 2) {
          keep = null;
        }
        if (keep != null) {
          append(sb, keep);
        }
        if (op == 3) {
          append(sb, other(pool, w, r));
        }
      }
      if (sb.length() == 0) {
        sb.append(u[0]); // never empty a block; one fewer edit than planned
        k--;
      }
      edited.add(sb.toString());
    }
    edits[0] = k;
    List<Block> blocks = new ArrayList<>();
    int next = 0;
    for (Block b : a.blocks()) {
      if (b.type() == Article.Type.PARAGRAPH) {
        blocks.add(Block.paragraph(edited.get(next++)));
      } else if (b.type() == Article.Type.LIST) {
        List<String> items = new ArrayList<>(edited.subList(next, next + b.items().size()));
        next += items.size();
        blocks.add(Block.list(items));
      } else {
        blocks.add(b);
      }
    }
    return new Article(a.title(), blocks);
  }

  private static void append(StringBuilder sb, String w) {
    if (sb.length() > 0) {
      sb.append(' ');
    }
    sb.append(w);
  }

  private static String other(List<String> pool, String w, SplittableRandom r) {
    for (int i = 0; i < 8; i++) {
      String o = pool.get(r.nextInt(pool.size()));
      if (!o.equals(w)) {
        return o;
      }
    }
    return w.equals("und") ? "oder" : "und";
  }
}
