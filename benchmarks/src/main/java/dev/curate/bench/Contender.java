// SPDX-License-Identifier: Apache-2.0
package dev.curate.bench;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import de.l3s.boilerpipe.extractors.DefaultExtractor;
import dev.curate.extract.html.ExtractorOptions;
import dev.curate.extract.html.MainContentExtractor;
import java.util.ArrayList;
import java.util.List;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One extractor under test: takes a decoded page, returns a number derived from its output (the
 * text length) so that the JIT cannot drop the work.
 */
public interface Contender {
  String JSOUP_PARSE = "jsoup-parse";
  String OURS = "curate";
  String READABILITY4J = "readability4j";
  String READABILITY4J_OWN_JSOUP = "readability4j-jsoup1.11";
  String BOILERPIPE_ARTICLE = "boilerpipe-article";
  String BOILERPIPE_DEFAULT = "boilerpipe-default";

  /** Short name used on the command line and in the table. */
  String name();

  /** Extracts {@code page} and returns the length of the output text. */
  int run(BenchPage page) throws Exception;

  /**
   * All contenders, in table order: the jsoup parse floor, ours, then the peers. {@value
   * #READABILITY4J} runs on our jsoup 1.21.2; {@value #READABILITY4J_OWN_JSOUP} (on the jsoup it
   * declares, in its own class loader) is there only when the build copied its jars.
   */
  static List<Contender> all() {
    MainContentExtractor ours = new MainContentExtractor(ExtractorOptions.defaults());
    List<Contender> all = new ArrayList<>(List.of(
        of(
            JSOUP_PARSE,
            p -> {
              Document doc = Jsoup.parse(p.html(), p.url());
              return doc.childNodeSize() + doc.body().childNodeSize();
            }),
        of(OURS, p -> ours.extract(p.html(), p.url()).text().length()),
        of(
            READABILITY4J,
            p -> {
              Article a = new Readability4JExtended(p.url(), p.html()).parse();
              String text = a.getTextContent();
              return text == null ? 0 : text.length();
            }),
        of(BOILERPIPE_ARTICLE, p -> ArticleExtractor.INSTANCE.getText(p.html()).length()),
        of(BOILERPIPE_DEFAULT, p -> DefaultExtractor.INSTANCE.getText(p.html()).length())));
    Contender own = IsolatedReadability4j.create(READABILITY4J_OWN_JSOUP);
    if (own != null) {
      all.add(3, own);
    }
    return List.copyOf(all);
  }

  /** A contender from a name and a function. */
  static Contender of(String name, Body body) {
    return new Contender() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public int run(BenchPage page) throws Exception {
        return body.run(page);
      }
    };
  }

  /** The work of a contender. */
  @FunctionalInterface
  interface Body {
    int run(BenchPage page) throws Exception;
  }
}
