// SPDX-License-Identifier: Apache-2.0
package dev.curate.dedup.minhash;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ShinglesTest {
  private static final String CHINESE =
      "我爱北京天安门。今天天气很好，我们去公园散步吧！欧洲议会今天讨论了关于能源安全的报告，"
          + "委员会必须提出新的建议，以保护消费者的权利并促进可持续发展。";
  private static final String JAPANESE =
      "私は東京に住んでいます。日本語を勉強しています。欧州議会は本日、エネルギー安全保障に関する"
          + "報告書を審議しました。委員会は消費者の権利を守るための新しい提案を出すべきです。";
  private static final String THAI =
      "ภาษาไทยเป็นภาษาที่สวยงามมาก รัฐสภายุโรปได้อภิปรายรายงานเกี่ยวกับความมั่นคงด้านพลังงานในวันนี้"
          + " คณะกรรมาธิการต้องเสนอข้อเสนอใหม่เพื่อคุ้มครองสิทธิของผู้บริโภค";

  @Test
  void emptyOrNullTextHasNoShingles() {
    assertEquals(0, Shingles.of("", "en", 5).length);
    assertEquals(0, Shingles.of(null, "en", 5).length);
    assertEquals(0, Shingles.of("  \n\t ", "en", 5).length);
    assertEquals(0, Shingles.of("... -- !? ,;:", "en", 5).length);
  }

  @Test
  void aDocumentShorterThanTheShingleSizeHasOneShingle() {
    assertEquals(1, Shingles.of("too short", "en", 5).length);
    assertEquals(1, Shingles.of("Exactly five words here now.", "en", 5).length);
    assertEquals(2, Shingles.of("Exactly six words are here now.", "en", 5).length);
    assertEquals(1, Shingles.of("word", "en", 1).length);
  }

  @Test
  void shinglesAreSortedAndDistinct() {
    long[] s = Shingles.of("a b c a b c a b c a b c a b c a b c", "en", 3);
    assertEquals(3, s.length); // "a b c", "b c a", "c a b"
    long[] text = Shingles.of(TestProse.text(new TestProse(1, 500).words(new SplittableRandom(1), 400)), "en", 5);
    assertArrayEquals(LongStream.of(text).sorted().distinct().toArray(), text);
  }

  @Test
  void caseWhitespaceAndSplitPunctuationDoNotChangeShingles() {
    long[] plain = Shingles.of("the european parliament adopted the report on energy security today", "en", 5);
    assertArrayEquals(plain, Shingles.of("The European Parliament adopted the report on energy security today.", "en", 5));
    assertArrayEquals(plain, Shingles.of("  THE european\tparliament\n\nadopted the  report on energy security today!!", "en", 5));
    assertArrayEquals(plain, Shingles.of("The European Parliament (adopted) the report, on energy; security \"today\"...", "en", 5));
    // NFKC: full-width letters, ligatures and no-break spaces are the plain ones
    assertArrayEquals(plain, Shingles.of("ＴＨＥ european\u00a0parliament adopted the report on energy security today", "en", 5));
    assertArrayEquals(
        Shingles.of("the financial report", "en", 5), Shingles.of("the \ufb01nancial report", "en", 5));
    // intra-word punctuation is part of the word
    assertTrue(!Arrays.equals(
        Shingles.of("a well-known report", "en", 5), Shingles.of("a well known report", "en", 5)));
  }

  @Test
  void chineseJapaneseAndThaiTextHasManyShingles() {
    for (String text : new String[] {CHINESE, JAPANESE, THAI}) {
      long[] s = Shingles.of(text, null, 5);
      // dictionary segmentation, not one giant word per run: dozens of words
      assertTrue(s.length >= 20, s.length + " shingles for " + text);
    }
  }

  @Test
  void aOneCharacterEditInChineseJapaneseOrThaiChangesOnlyNearbyShingles() {
    String[] texts = {CHINESE, JAPANESE, THAI};
    char[] replacements = {'国', '国', 'ก'};
    for (int t = 0; t < texts.length; t++) {
      String text = texts[t];
      int at = text.length() / 2;
      while (!Character.isLetter(text.charAt(at)) || text.charAt(at) == replacements[t]) {
        at++;
      }
      String edited = text.substring(0, at) + replacements[t] + text.substring(at + 1);
      long[] a = Shingles.of(text, null, 5);
      long[] b = Shingles.of(edited, null, 5);
      int common = common(a, b);
      // the edit touches a few words (re-segmentation nearby), each in at most 5 shingles
      assertTrue(a.length - common <= 20, "lost " + (a.length - common) + " of " + a.length + " in " + text);
      assertTrue(b.length - common <= 20, "gained " + (b.length - common) + " in " + text);
      assertTrue(a.length - common >= 1, "an edit must change some shingle");
    }
  }

  @Test
  void theFastPathGivesTheSameShinglesAsTheDefinition() {
    // pieces that keep a text on the fast path: ASCII, Latin-1 and Latin Extended, Greek, Cyrillic,
    // Hangul, and the word splitter's special cases (clitics, abbreviations, initials, dotted
    // abbreviations, numbers, runs, quotes and closers around a final period)
    String[] fast = {
      "the", "The", "PARLIAMENT", "don't", "DON'T", "it's", "IT'S", "we'll", "they're", "I've",
      "'tis", "''", "rock'n'roll", "o'clock", "U.S.", "u.s.", "Mr.", "MRS.", "Dr.", "prof.", "St.",
      "vs.", "etc.", "Inc.", "ltd.", "Jr.", "SR.", "co.", "No.", "fig.", "approx.", "dept.", "est.",
      "gen.", "gov.", "sen.", "rep.", "rev.", "mt.", "J.", "x.", "1.", "e.g.", "i.e.", "example.com.",
      "end.", "END.)", "end.\"", "end.'", "end.\u2019", "end.\u00bb", "a.b", "3.14", "1,000", "1:2",
      "a,b", "x:y", "well-known", "...", "..", "--", "-", "---", ".", ",", ":", ";", "?", "!", "(",
      ")", "[", "]", "{", "}", "<", ">", "@", "#", "$", "%", "&", "*", "\"", "'", "`", "\u00ab",
      "\u00bb", "\u2018", "\u2019", "\u201c", "\u201d", "\u201e", "Stra\u00dfe", "\u00c6\u00d8\u00c5",
      "\u00e7\u00e0", "\u0178", "\u0141\u00d3D\u0179", "\u03c3\u03bf\u03c6\u03cc\u03c2",
      "\u0391\u0398\u0397\u039d\u0391", "\u041c\u043e\u0441\u043a\u0432\u0430", "\u0401\u0416",
      "\ud55c\uad6d\uc5b4", "\u00bf", "\u00a1", "\u2014", "_", "a_b", "\t", "\n", " ",
      " ", " ", " ", " ", ""
    };
    // and pieces that do not: Greek capital sigma, Turkish dotted I, NBSP and other compatibility
    // spaces, combining marks, ligatures, full-width forms, Kelvin sign, CJK, Thai, astral
    String[] other = {
      "\u03a3\u039f\u03a6\u0399\u0391", "\u039f\u0394\u039f\u03a3", "\u0130stanbul",
      "KELVIN\u212a", "\ufb01le", "\uff21\uff22\uff23", "e\u0301", "a\u0308", "\u00bd", "x\u00b2",
      "\u00ba", "\u00aa", "\u00b5", "\u1100\u1161", "\u4e2d\u6587", "\u6771\u4eac\u306b",
      "\u0e20\u0e32\u0e29\u0e32", "\ud835\udc00", "\ud83d\ude00", "\u00a0", "\u2003", "\u3000", "\u2026", "\u01c5"
    };
    String[] all = new String[fast.length + other.length];
    System.arraycopy(fast, 0, all, 0, fast.length);
    System.arraycopy(other, 0, all, fast.length, other.length);
    SplittableRandom r = new SplittableRandom(11);
    int fastTexts = 0;
    for (int doc = 0; doc < 6000; doc++) {
      String[] pieces = doc % 2 == 0 ? fast : all;
      StringBuilder sb = new StringBuilder();
      int n = 1 + r.nextInt(40);
      for (int i = 0; i < n; i++) {
        sb.append(pieces[r.nextInt(pieces.length)]);
        if (r.nextInt(3) > 0) {
          sb.append(' ');
        }
      }
      String text = sb.toString();
      if (FastChars.all(text.toCharArray())) {
        fastTexts++;
      } else {
        assertTrue(pieces == all, "not on the fast path: " + text);
      }
      for (int size : new int[] {1, 3, 5}) {
        assertArrayEquals(ReferenceShingles.of(text, null, size), Shingles.of(text, null, size), text);
      }
      // the entry point for characters in a reused array (longer than the text) gives the same
      char[] padded = java.util.Arrays.copyOf(text.toCharArray(), text.length() + 7);
      assertArrayEquals(Shingles.hashes(text, null, 5), Shingles.hashes(padded, text.length(), null, 5), text);
    }
    assertTrue(fastTexts >= 3000, fastTexts + " texts on the fast path");
    TestProse prose = new TestProse(3, 2000);
    for (int doc = 0; doc < 200; doc++) {
      String text = TestProse.text(prose.words(r, 10 + r.nextInt(300)));
      assertArrayEquals(ReferenceShingles.of(text, "en", 5), Shingles.of(text, "en", 5));
    }
    for (String text : new String[] {CHINESE, JAPANESE, THAI}) {
      assertArrayEquals(ReferenceShingles.of(text, null, 5), Shingles.of(text, null, 5));
    }
  }

  @Test
  void aGreekCapitalSigmaLowerCasesByItsContextAsTheDefinitionDoes() {
    // the common contexts are decided on the fast path (so the comparisons below test it)
    assertEquals('\u03c2', lowerSigma("\u039f\u0394\u039f\u03a3", 3));
    assertEquals('\u03c2', lowerSigma("\u03a4\u0397\u03a3, \u03ba\u03b1\u03b9", 2));
    assertEquals('\u03c3', lowerSigma("\u03a3\u039f\u03a6\u0399\u0391", 0));
    assertEquals('\u03c3', lowerSigma("\u03bf \u03a3\u03bf\u03c6\u03cc\u03c2", 2));
    assertEquals('\u03c3', lowerSigma("\u039f\u03a3\u039f", 1));
    assertEquals(-1, lowerSigma("\u039f\u03a3.\u039f", 1));
    for (String text : dev.curate.dedup.SigmaContexts.texts()) {
      for (String padded : new String[] {text, "\u039f\u0394\u039f\u03a3 " + text + " \u03a4\u0397\u03a3."}) {
        assertArrayEquals(ReferenceShingles.of(padded, null, 1), Shingles.of(padded, null, 1), padded);
      }
    }
  }

  private static int lowerSigma(String text, int i) {
    return FastChars.lowerSigma(text.toCharArray(), i, text.length());
  }

  @Test
  void fastCharactersAreNfkcInertAndLowerCaseOneToOne() {
    Normalizer2 nfkc = Normalizer2.getNFKCInstance();
    SplittableRandom r = new SplittableRandom(3);
    int fast = 0;
    for (int i = 0; i < 65536; i++) {
      char c = (char) i;
      if (!FastChars.is(c)) {
        continue;
      }
      fast++;
      String s = String.valueOf(c);
      assertEquals(com.ibm.icu.text.Normalizer.YES, nfkc.quickCheck(s), "U+" + Integer.toHexString(i));
      assertEquals(0, UCharacter.getCombiningClass(c), "U+" + Integer.toHexString(i));
      assertEquals(s.toLowerCase(Locale.ROOT), String.valueOf(FastChars.LOWER[c]));
    }
    assertTrue(fast > 20000, fast + " fast characters"); // all but CJK, Thai..., surrogates, marks, compatibility forms
    // strings of fast characters are NFKC-normal and lower-case character by character
    char[] pool = new char[fast];
    for (int i = 0, j = 0; i < 65536; i++) {
      if (FastChars.is((char) i)) {
        pool[j++] = (char) i;
      }
    }
    for (int t = 0; t < 20000; t++) {
      char[] a = new char[1 + r.nextInt(12)];
      for (int i = 0; i < a.length; i++) {
        a[i] = r.nextInt(4) == 0 ? pool[r.nextInt(pool.length)] : pool[r.nextInt(600)];
      }
      String s = new String(a);
      assertEquals(s, Normalizer.normalize(s, Normalizer.Form.NFKC));
      char[] lower = new char[a.length];
      for (int i = 0; i < a.length; i++) {
        lower[i] = FastChars.LOWER[a[i]];
      }
      assertEquals(s.toLowerCase(Locale.ROOT), new String(lower));
    }
  }

  @Test
  void bucketSortSortsLikeArraysSort() {
    SplittableRandom r = new SplittableRandom(9);
    for (int t = 0; t < 2000; t++) {
      int n = r.nextInt(1000);
      long[] a = new long[n];
      int mode = t % 4;
      for (int i = 0; i < n; i++) {
        a[i] = switch (mode) {
          case 0 -> r.nextLong();
          case 1 -> r.nextLong(-5, 5); // all in one or two buckets
          case 2 -> r.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE;
          default -> r.nextLong() >>> r.nextInt(64);
        };
      }
      long[] expected = a.clone();
      Arrays.sort(expected);
      assertArrayEquals(expected, Shingles.bucketSort(a));
    }
  }

  static int common(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int c = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        c++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return c;
  }
}
