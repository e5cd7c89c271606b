// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.heuristic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.curate.core.doc.Document;
import dev.curate.core.doc.DocumentFilter;
import dev.curate.core.doc.FilterResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * Contract tests every filter test inherits (Lucene's {@code BaseTokenStreamTestCase} idea):
 * determinism, edge inputs, a 10 MB text within a time budget, reason format and declaration,
 * Java serialization, and seeded random texts.
 */
public abstract class DocumentFilterTestCase {
  /** The filter under test, with its default configuration. */
  protected abstract DocumentFilter newFilter();

  /** A document for {@code text}; filters that read more than text override this. */
  protected Document doc(String text) {
    return Document.of(text);
  }

  /** Time allowed for one 10 MB document. */
  protected Duration tenMegabyteBudget() {
    return Duration.ofSeconds(15);
  }

  public static void assertDropped(DocumentFilter filter, Document doc, String reason) {
    FilterResult r = filter.apply(doc);
    assertEquals(reason, r.reason(), () -> "signals: " + r.signals());
  }

  public static void assertKept(DocumentFilter filter, Document doc) {
    FilterResult r = filter.apply(doc);
    assertNull(r.reason(), () -> "dropped as " + r.reason() + ", signals: " + r.signals());
  }

  /** The reasons a filter declares: its {@code public static final String} constants but NAME. */
  public static Set<String> declaredReasons(DocumentFilter filter) {
    Set<String> out = new TreeSet<>();
    for (Field f : filter.getClass().getFields()) {
      int m = f.getModifiers();
      if (Modifier.isStatic(m) && Modifier.isFinal(m) && f.getType() == String.class
          && !f.getName().equals("NAME")) {
        try {
          out.add((String) f.get(null));
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    return out;
  }

  private List<String> samples() {
    List<String> s = new ArrayList<>();
    s.add("");
    s.add(" \n\t  \n");
    s.add(TestTexts.prose(40, 1));
    s.add(TestTexts.prose(3, 2));
    s.add("# Title\n\n- one\n- two\n- three...\n{ \"json\": true }\nlorem ipsum dolor sit amet.");
    s.add("\u4eca\u5929\u5929\u6c14\u5f88\u597d\u3002\u6211\u4eec\u53bb\u516c\u56ed\u6563\u6b65\u5427\u3002");
    return s;
  }

  private void checkResult(DocumentFilter filter, FilterResult r, String input) {
    assertNotNull(r, "null result");
    if (r.reason() != null) {
      assertTrue(
          declaredReasons(filter).contains(r.reason()),
          () -> "undeclared reason " + r.reason() + " for input " + abbreviate(input));
    }
    for (Map.Entry<String, Double> e : r.signals().entrySet()) {
      assertTrue(e.getKey().startsWith(filter.name() + "."), "signal " + e.getKey());
      assertTrue(Double.isFinite(e.getValue()), () -> "signal " + e + " for " + abbreviate(input));
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 200 ? s : s.substring(0, 200) + "...";
  }

  @Test
  void sameInputGivesSameResult() {
    DocumentFilter f = newFilter();
    for (String text : samples()) {
      // distinct String instances, so no cached analysis is shared between the two calls
      FilterResult a = f.apply(doc(new String(text.toCharArray())));
      FilterResult b = f.apply(doc(new String(text.toCharArray())));
      assertEquals(a, b, () -> "input " + abbreviate(text));
    }
  }

  @Test
  void emptyAndWhitespaceTextGiveAVerdict() {
    DocumentFilter f = newFilter();
    for (String text : List.of("", " ", "\n", "\n\n\n", " \t \r\n ", "\u3000\u00a0")) {
      checkResult(f, f.apply(doc(text)), text);
    }
  }

  @Test
  void tenMegabyteTextFinishesWithinBudget() {
    DocumentFilter f = newFilter();
    StringBuilder b = new StringBuilder(10 << 20);
    for (long seed = 0; b.length() < (10 << 20); seed++) b.append(TestTexts.prose(50, seed)).append('\n');
    String text = b.toString();
    FilterResult r = assertTimeoutPreemptively(tenMegabyteBudget(), () -> f.apply(doc(text)));
    checkResult(f, r, text);
  }

  @Test
  void unpairedSurrogatesDoNotBreakTheFilter() {
    DocumentFilter f = newFilter();
    String prose = TestTexts.prose(30, 3);
    for (String text :
        List.of("\ud800", "\udc00 word", prose + "\ud83d", "\ude00" + prose, "a\ud800b\udc00c")) {
      checkResult(f, f.apply(doc(text)), text);
    }
  }

  @Test
  void rightToLeftAndCjkTextGiveAVerdict() {
    DocumentFilter f = newFilter();
    List<String> texts =
        List.of(
            "\u0647\u0630\u0627 \u0646\u0635 \u0639\u0631\u0628\u064a \u0637\u0648\u064a\u0644. ".repeat(40),
            "\u05d6\u05d4\u05d5 \u05d8\u05e7\u05e1\u05d8 \u05d1\u05e2\u05d1\u05e8\u05d9\u05ea. ".repeat(40),
            "\u6211\u4eec\u5728\u5317\u4eac\u5b66\u4e60\u4e2d\u6587\u3002\n".repeat(30),
            "\u79c1\u306f\u6771\u4eac\u306b\u4f4f\u3093\u3067\u3044\u307e\u3059\u3002\n".repeat(30),
            "\u0e20\u0e32\u0e29\u0e32\u0e44\u0e17\u0e22\u0e40\u0e1b\u0e47\u0e19\u0e20\u0e32\u0e29\u0e32\u0e17\u0e35\u0e48\u0e2a\u0e27\u0e22 ".repeat(30));
    for (String text : texts) checkResult(f, f.apply(doc(text)), text);
  }

  @Test
  void reasonsAreDeclaredConstantsNamedAfterTheFilter() {
    DocumentFilter f = newFilter();
    Pattern format = Pattern.compile("^" + Pattern.quote(f.name()) + "\\.[a-z0-9_]+$");
    assertTrue(f.name().matches("[a-z0-9_]+"), "name " + f.name());
    Set<String> reasons = declaredReasons(f);
    assertTrue(!reasons.isEmpty(), "no reason constants declared");
    for (String reason : reasons) {
      assertTrue(format.matcher(reason).matches(), "reason " + reason);
    }
    for (String text : samples()) checkResult(f, f.apply(doc(text)), text);
  }

  @Test
  void survivesJavaSerialization() throws Exception {
    DocumentFilter f = newFilter();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(f);
    }
    DocumentFilter copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (DocumentFilter) in.readObject();
    }
    assertEquals(f.name(), copy.name());
    for (String text : samples()) {
      assertEquals(f.apply(doc(text)), copy.apply(doc(text)), () -> "input " + abbreviate(text));
    }
  }

  @RepeatedTest(25)
  void randomTextGivesAValidVerdict(RepetitionInfo info) {
    long seed = 0x5eedL * 31 + info.getCurrentRepetition();
    Random r = new Random(seed);
    DocumentFilter f = newFilter();
    String text = TestTexts.random(r, 4000);
    try {
      FilterResult a = f.apply(doc(text));
      checkResult(f, a, text);
      assertEquals(a, f.apply(doc(new String(text.toCharArray()))), "not deterministic");
    } catch (RuntimeException | AssertionError e) {
      fail("seed " + seed + ": " + e, e);
    }
  }
}
