// SPDX-License-Identifier: Apache-2.0
package dev.curate.sample;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sentence-level clean-up of Europarl paragraphs, and a cheap language guess to group lines.
 *
 * <p><b>Sentence ends.</b> A sentence ends at a run of {@code . ! ? …} (in Greek also {@code ;}
 * and U+037E, the Greek question mark), optionally followed by closing quotes or brackets, then a
 * space and a next sentence that opens (after optional opening quotes, brackets, {@code ¿ ¡} or a
 * dash) with an upper-case letter or a digit; or at the end of the paragraph. A period after a
 * one-letter word ("J. Smith", "z. B."), a title abbreviation ("Mr.", "Hr.", "Sra.") or a one- or
 * two-digit number (ordinal days as in "am 4. Mai") does not end a sentence. Paragraph ends must
 * be sentence ends: {@code ;} and {@code :} do not end a paragraph outside Greek.
 *
 * <p><b>Language.</b> Greek and Cyrillic (Bulgarian) are told by script; the other 19 Europarl
 * languages by counting hits on short lists of frequent function words (a word listed for two
 * languages counts for neither) plus a few letters only one of them uses ({@code ř ě ů} Czech,
 * {@code ô ľ} Slovak, {@code ő ű} Hungarian, {@code ł ą ę} Polish, {@code ș ț ă} Romanian, {@code
 * ė ų į} Lithuanian, {@code ā ē ī ļ ķ ņ} Latvian, {@code õ} Estonian, {@code ã} Portuguese). The
 * best language must have at least 4 hits in the first 200 words and 1.5 times the runner-up's,
 * else the guess is null.
 * On the Europarl lines about 5% get null; of lines sharing a (language-specific) debate title,
 * over 99% get the same guess.
 */
final class Prose {
  private Prose() {}

  /** Closing quotes and brackets that may follow a sentence terminator. */
  private static final String CLOSERS = "\"')]\u201d\u2019\u00bb";
  /** What may precede the first letter of a sentence. */
  private static final String OPENERS = "\"'([\u00bf\u00a1\u00ab\u201e\u201c\u2018\u201a-\u2013\u2014 ";
  /** Words whose trailing period is an abbreviation, not a sentence end. */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "Mr", "Mrs", "Ms", "Dr", "Hr", "Fr", "Frau", "Herr", "Nr", "No", "Art", "Abs", "Prof", "St",
      "Sr", "Sra", "Sres", "Srs", "Mme", "MM", "Mlle", "Dott", "Sig", "Sigg", "Hon", "Rt", "Jr", "Mag",
      "Ing", "Dipl", "hr", "fr", "nr", "no", "art", "abs", "bzw", "vgl", "ca", "etc", "usw", "resp",
      "pp", "ff", "vs", "cf", "ggf", "evt", "bl", "fx", "jf", "dvs", "mfl", "mm", "esim", "ks", "ym",
      "eng", "Co", "Ltd", "Inc", "gen", "lt", "col", "sz", "pkt", "ust", "tj", "tzn", "np", "str",
      "čl", "odst", "písm", "tzv", "zb", "Sen", "Rep", "Gen", "Gov");

  static boolean isTerminator(char c, boolean greek) {
    return c == '.' || c == '!' || c == '?' || c == '\u2026' || (greek && (c == ';' || c == '\u037e'));
  }

  private static boolean isCloser(char c) {
    return CLOSERS.indexOf(c) >= 0;
  }

  /** Whether a sentence starts at {@code pos}: openers, then an upper-case letter or a digit. */
  static boolean startsSentence(String p, int pos) {
    int i = pos;
    int n = p.length();
    while (i < n && i - pos < 6 && OPENERS.indexOf(p.charAt(i)) >= 0) {
      i++;
    }
    if (i >= n) {
      return false;
    }
    int c = p.codePointAt(i);
    return Character.isUpperCase(c) || Character.isTitleCase(c) || Character.isDigit(c);
  }

  /**
   * Whether the terminator run starting at {@code i} follows an abbreviation, an initial or a
   * short number, so that it is no sentence end.
   */
  private static boolean abbreviation(String p, int i) {
    if (p.charAt(i) != '.' || (i + 1 < p.length() && p.charAt(i + 1) == '.')) {
      return false; // only a single period can be an abbreviation ("..." ends a sentence)
    }
    int s = i;
    while (s > 0 && Character.isLetterOrDigit(p.charAt(s - 1))) {
      s--;
    }
    int len = i - s;
    if (len == 0) {
      return false;
    }
    if (len == 1) {
      return true; // an initial, "z. B.", "1."
    }
    if (len == 2 && Character.isDigit(p.charAt(s)) && Character.isDigit(p.charAt(s + 1))) {
      return true; // "am 24. Mai", "2. forslag"
    }
    return len <= 5 && ABBREVIATIONS.contains(p.substring(s, i));
  }

  /**
   * The end (exclusive, closers included) of the sentence ending with the terminator run at
   * {@code i}, or -1 when the run there ends no sentence.
   */
  private static int sentenceEnd(String p, int i, boolean greek) {
    int n = p.length();
    int j = i;
    while (j < n && isTerminator(p.charAt(j), greek)) {
      j++;
    }
    int k = j;
    while (k < n && isCloser(p.charAt(k))) {
      k++;
    }
    if (i == 0 || abbreviation(p, i)) {
      return -1;
    }
    if (k == n) {
      return k;
    }
    return p.charAt(k) == ' ' && startsSentence(p, k + 1) ? k : -1;
  }

  /**
   * Ends of the sentences of {@code p} (exclusive, closers included), in order; text after the
   * last one is not a sentence.
   */
  static int[] sentenceEnds(String p, boolean greek) {
    int[] out = new int[8];
    int m = 0;
    int n = p.length();
    for (int i = 0; i < n; i++) {
      char c = p.charAt(i);
      if (!isTerminator(c, greek)) {
        continue;
      }
      int e = sentenceEnd(p, i, greek);
      if (e > 0) {
        if (m == out.length) {
          out = java.util.Arrays.copyOf(out, m * 2);
        }
        out[m++] = e;
        i = e - 1;
      } else {
        while (i + 1 < n && isTerminator(p.charAt(i + 1), greek)) {
          i++;
        }
      }
    }
    return java.util.Arrays.copyOf(out, m);
  }

  /** The sentences of a clean paragraph (every one ends with terminal punctuation). */
  static List<String> sentences(String p, boolean greek) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int e : sentenceEnds(p, greek)) {
      String t = stripMarks(p.substring(start, e).strip());
      if (!t.isEmpty()) {
        out.add(t);
      }
      start = e;
    }
    String rest = stripMarks(p.substring(start).strip());
    if (!rest.isEmpty()) {
      out.add(rest);
    }
    return out;
  }

  /** Whether the paragraph ends a sentence at its last character. */
  static boolean endsSentence(String p, boolean greek) {
    int[] ends = sentenceEnds(p, greek);
    return ends.length > 0 && ends[ends.length - 1] == p.length();
  }

  /**
   * Sentences in a clean paragraph ending with {@code . ! ?}, counted as the pipeline's sentence
   * splitter would at least count them: sentence ends at {@code . ! ?} runs, plus the paragraph's
   * last sentence whatever its terminator.
   */
  static int countSentences(String p) {
    int n = 0;
    for (int e : sentenceEnds(p, false)) {
      int t = e - 1;
      while (t > 0 && isCloser(p.charAt(t))) {
        t--;
      }
      char c = p.charAt(t);
      if (e < p.length() && (c == '.' || c == '!' || c == '?')) {
        n++;
      }
    }
    return n + 1;
  }

  /**
   * Removes speaker-turn marks from the start of a paragraph: dashes, stray periods and commas,
   * soft hyphens and Europarl's original-language tags such as {@code (EN)}.
   */
  static String stripMarks(String p) {
    int i = 0;
    int n = p.length();
    while (i < n) {
      char c = p.charAt(i);
      if (c == ' ' || c == '-' || c == '\u2013' || c == '\u2014' || c == '.' || c == ',' || c == ';'
          || c == ':' || c == '\u00ad' || c == '\u00b7') {
        i++;
      } else if (c == '(' && i + 3 < n && Character.isUpperCase(p.charAt(i + 1))
          && Character.isUpperCase(p.charAt(i + 2)) && p.charAt(i + 3) == ')') {
        i += 4;
      } else {
        break;
      }
    }
    return i == 0 ? p : p.substring(i);
  }

  /**
   * Drops a speaker's attribution from the start of a paragraph: Europarl writes a turn as "on
   * behalf of the ECR Group. - Mr President, ..." or "in writing. – ...".
   */
  static String dropSpeaker(String p) {
    int limit = Math.min(p.length() - 3, 120);
    for (int i = 1; i < limit; i++) {
      if (p.charAt(i) == '.' && p.charAt(i + 1) == ' '
          && (p.charAt(i + 2) == '-' || p.charAt(i + 2) == '\u2013') && p.charAt(i + 3) == ' ') {
        return p.substring(i + 3);
      }
    }
    return p;
  }

  /**
   * A paragraph cut to whole sentences, or null if none is left. A paragraph that does not start
   * a sentence loses the text up to its first sentence end, and so does every {@code windowStart}
   * paragraph (the first of a Europarl line, which starts wherever the window was cut); text after
   * the last sentence end is dropped, and so is a speaker's attribution ({@link #dropSpeaker}),
   * after which a sentence is known to start. Stage directions in brackets ("(Applause)", "(The
   * sitting was closed at 12 noon.)") are dropped whole.
   */
  static String clean(String paragraph, boolean windowStart, boolean greek) {
    String q = dropSpeaker(paragraph);
    if (q != paragraph) {
      windowStart = false; // a turn starts here
    }
    String p = stripMarks(q);
    if (p.isEmpty()) {
      return null;
    }
    if (windowStart || !startsSentence(p, 0)) {
      int[] ends = sentenceEnds(p, greek);
      if (ends.length == 0 || ends[0] >= p.length()) {
        return null;
      }
      p = stripMarks(p.substring(ends[0]));
      if (p.isEmpty() || !startsSentence(p, 0)) {
        return null;
      }
    }
    int[] ends = sentenceEnds(p, greek);
    if (ends.length == 0) {
      return null;
    }
    int last = ends[ends.length - 1];
    if (last < p.length()) {
      p = p.substring(0, last).strip();
    }
    if (p.charAt(0) == '(' && p.charAt(p.length() - 1) == ')') {
      return null;
    }
    return p;
  }

  // ---- language guess ----

  private static final String[][] FUNCTION_WORDS = {
    {"en", "the of and to is that this we it for be are not have which with has was would should"},
    {"de", "der die und das ist nicht zu den wir ich von mit auch sich daß dass dem eine werden wird"},
    {"fr", "le les et des est une du pour nous dans pas qui ce au sur il cette sont je être"},
    {"es", "el los y las del por una para con muy también esta este como más pero sobre ha hay"},
    {"it", "il di che per non della è del sono anche gli alla questo nel delle ci più molto essere"},
    {"pt", "o os não é em com ao pela uma também dos das mais muito foi pelo nos está já"},
    {"nl", "het van een en dat niet wij voor op ook te zijn wordt worden deze aan met er"},
    {"da", "og at er til af ikke på med for de har kan skal vil os der også"},
    {"sv", "och att är för inte av på med har till om kan ska också vill eller detta"},
    {"fi", "ja että myös ovat tämä joka mutta kuin olisi tai sen ole mukaan tämän on ei"},
    {"et", "et see mis ka kui ning oma peab selle seda ja on ei samuti"},
    {"cs", "se pro jsou také jak které není jsem byl může tak aby již však této tento být"},
    {"sk", "sa pre sú tiež ako ktoré nie som bol môže aby už však tejto tento byť aj"},
    {"pl", "i w nie się na że to jest z do jak które są przez oraz dla tym jednak"},
    {"sl", "in da so ki tudi pri bi kot ali smo zelo vendar za je se"},
    {"hu", "a az és hogy is nem egy ez azt van kell meg már csak mint"},
    {"ro", "și în că să care este nu pentru cu acest fost sau dintre mai"},
    {"lt", "ir kad yra tai į su bet dėl už taip jie šis buvo"},
    {"lv", "un ir ka ar par no arī lai uz kas tas to"},
  };
  private static final String[] LANGS = new String[FUNCTION_WORDS.length];
  /** Function word -> language index, for words listed for one language only. */
  private static final Map<String, Integer> WORD_LANG = new HashMap<>();
  /** The longest function word. */
  private static final int MAX_WORD;
  /** Letter -> language index + 1 (0: none). */
  private static final byte[] LETTER_LANG = new byte[0x300];

  static {
    Map<String, Integer> seen = new HashMap<>();
    for (int l = 0; l < FUNCTION_WORDS.length; l++) {
      LANGS[l] = FUNCTION_WORDS[l][0];
      for (String w : FUNCTION_WORDS[l][1].split(" ")) {
        Integer prev = seen.putIfAbsent(w, l);
        if (prev != null && prev != l) {
          seen.put(w, -1);
        }
      }
    }
    int max = 0;
    for (Map.Entry<String, Integer> e : seen.entrySet()) {
      if (e.getValue() >= 0) {
        WORD_LANG.put(e.getKey(), e.getValue());
        max = Math.max(max, e.getKey().length());
      }
    }
    MAX_WORD = max;
    String[][] letters = {
      {"cs", "řěů"}, {"sk", "ôľĺŕ"}, {"hu", "őű"}, {"pl", "łąę"}, {"ro", "șțşţă"}, {"lt", "ėųį"},
      {"lv", "āēīļķņ"}, {"et", "õ"}, {"pt", "ã"}
    };
    for (String[] e : letters) {
      int l = java.util.Arrays.asList(LANGS).indexOf(e[0]);
      for (char c : e[1].toCharArray()) {
        LETTER_LANG[c] = (byte) (l + 1);
      }
    }
  }

  /** An ISO 639-1 guess for Europarl text, or null when unsure; reads the first 200 words. */
  static String language(List<String> paragraphs) {
    int greek = 0;
    int cyrillic = 0;
    int[] hits = new int[LANGS.length];
    char[] word = new char[MAX_WORD];
    int len = 0;
    int words = 0;
    int letterLang = 0;
    for (int k = 0; k < paragraphs.size() && words < 200; k++) {
      String p = paragraphs.get(k);
      int n = p.length();
      for (int i = 0; i <= n; i++) {
        char c = i < n ? p.charAt(i) : ' ';
        if (Character.isLetter(c)) {
          if (c >= 0x370 && c < 0x400) {
            greek++;
          } else if (c >= 0x400 && c < 0x500) {
            cyrillic++;
          }
          char lc = Character.toLowerCase(c);
          if (len < MAX_WORD) {
            word[len] = lc;
          }
          len++;
          if (letterLang == 0 && lc < LETTER_LANG.length) {
            letterLang = LETTER_LANG[lc];
          }
        } else if (len > 0) {
          if (len <= MAX_WORD) {
            Integer l = WORD_LANG.get(new String(word, 0, len));
            if (l != null) {
              hits[l]++;
            }
          }
          if (letterLang > 0) {
            hits[letterLang - 1]++;
          }
          words++;
          len = 0;
          letterLang = 0;
        }
      }
    }
    if (greek > 50 || cyrillic > 50) { // letters of 200 words
      return greek >= cyrillic ? "el" : "bg";
    }
    int best = 0;
    int second = -1;
    for (int l = 1; l < hits.length; l++) {
      if (hits[l] > hits[best]) {
        second = best;
        best = l;
      } else if (second < 0 || hits[l] > hits[second]) {
        second = l;
      }
    }
    return hits[best] >= 4 && hits[best] >= 1.5 * hits[second] ? LANGS[best] : null;
  }
}
