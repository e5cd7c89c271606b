// SPDX-License-Identifier: Apache-2.0
package dev.curate.dedup.minhash;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MinHasherTest {
  static final String GOLDEN_TEXT =
      "The European Parliament adopted the report on energy security today, and the Commission"
          + " must now present new proposals to protect the rights of consumers.";

  private final MinHashSettings fineweb = MinHashSettings.fineweb();
  private final MinHasher hasher = new MinHasher(fineweb);

  @Test
  void emptyTextHasANullSignature() {
    assertNull(hasher.signature(Shingles.of("", "en", 5)));
    assertNull(hasher.signature(Shingles.of("!!! ...", "en", 5)));
    assertThrows(IllegalArgumentException.class, () -> hasher.signature(new long[0], new int[112]));
  }

  @Test
  void identicalTextsHaveIdenticalSignaturesAndBandKeys() {
    String text = TestProse.text(new TestProse(1, 500).words(new SplittableRandom(4), 300));
    int[] a = hasher.signature(Shingles.of(text, "en", 5));
    int[] b = new MinHasher(fineweb).signature(Shingles.of(new String(text.toCharArray()), "en", 5));
    assertEquals(112, a.length);
    assertArrayEquals(a, b);
    assertArrayEquals(hasher.bandKeys(a), hasher.bandKeys(b));
    assertEquals(1.0, MinHasher.estimate(a, b));
  }

  @Test
  void aShortDocumentHasASignatureOfItsOneShingle() {
    long[] shingles = Shingles.of("too short", "en", 5);
    int[] sig = hasher.signature(shingles);
    for (int i = 0; i < sig.length; i++) {
      assertEquals(hasher.hash(i, shingles[0]), sig[i]);
    }
  }

  @Test
  void theVectorisedSignatureIsEachFunctionsUnsignedMinimum() {
    SplittableRandom r = new SplittableRandom(8);
    for (int n : new int[] {1, 2, 3, 4, 5, 17, 100, 1001}) {
      long[] shingles = r.longs(n).sorted().distinct().toArray();
      int[] sig = hasher.signature(shingles);
      int[] into = new int[112];
      hasher.signature(shingles, into);
      assertArrayEquals(sig, into);
      for (int i = 0; i < 112; i++) {
        int min = -1; // unsigned maximum
        for (long x : shingles) {
          int h = hasher.hash(i, x);
          if (Integer.compareUnsigned(h, min) < 0) {
            min = h;
          }
        }
        assertEquals(min, sig[i], "function " + i + ", " + n + " shingles");
      }
    }
  }

  @Test
  void bandKeysDifferPerBandIndex() {
    int[] constant = new int[112];
    Arrays.fill(constant, 42);
    long[] keys = hasher.bandKeys(constant);
    assertEquals(14, keys.length);
    Set<Long> distinct = new HashSet<>();
    for (long key : keys) {
      distinct.add(key);
    }
    assertEquals(14, distinct.size(), "equal rows in different bands must give different keys");
    // and a key depends on every row of its band, and only on those
    int[] changed = constant.clone();
    changed[8 * 3 + 5] = 43;
    long[] other = hasher.bandKeys(changed);
    for (int band = 0; band < 14; band++) {
      if (band == 3) {
        assertNotEquals(keys[band], other[band]);
      } else {
        assertEquals(keys[band], other[band]);
      }
    }
  }

  @Test
  void theSameSeedGivesTheSameSignaturesAcrossRuns() {
    // Golden values: a change to word splitting, word or shingle hashing, the hash family or the
    // band keys shows up here. Update them only on purpose: stored signatures stop matching.
    long[] shingles = Shingles.of(GOLDEN_TEXT, "en", 5);
    assertEquals(20, shingles.length);
    assertEquals(GOLDEN_FIRST_SHINGLE, shingles[0]);
    int[] sig = hasher.signature(shingles);
    assertArrayEquals(GOLDEN_SIGNATURE_HEAD, Arrays.copyOf(sig, GOLDEN_SIGNATURE_HEAD.length));
    assertEquals(GOLDEN_BAND_KEY_0, hasher.bandKeys(sig)[0]);
    assertEquals(GOLDEN_BAND_KEY_13, hasher.bandKeys(sig)[13]);
    // another seed, other functions
    int[] other = new MinHasher(new MinHashSettings(14, 8, 5, 2)).signature(shingles);
    assertFalse(Arrays.equals(sig, other));
  }

  static final long GOLDEN_FIRST_SHINGLE = -8172781600236940386L;
  static final int[] GOLDEN_SIGNATURE_HEAD = {198550008, 624219581, 191588580, 268877019};
  static final long GOLDEN_BAND_KEY_0 = 7667629858691566424L;
  static final long GOLDEN_BAND_KEY_13 = -683370735971755452L;

  @Test
  void aDeserialisedHasherGivesTheSameSignatures() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(hasher);
    }
    MinHasher copy;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (MinHasher) in.readObject();
    }
    long[] shingles = Shingles.of(GOLDEN_TEXT, "en", 5);
    assertArrayEquals(hasher.signature(shingles), copy.signature(shingles));
    assertEquals(fineweb, copy.settings());
  }

  @Test
  void theCandidateProbabilityOfBandsMatchesOneMinusOneMinusSToTheRToTheB() {
    // synthetic signature pairs whose positions agree independently with probability s
    SplittableRandom r = new SplittableRandom(17);
    int trials = 4000;
    for (double s : new double[] {0.5, 0.65, 0.75, 0.85, 0.95}) {
      int candidates = 0;
      for (int t = 0; t < trials; t++) {
        int[] a = new int[112];
        int[] b = new int[112];
        for (int i = 0; i < 112; i++) {
          a[i] = r.nextInt();
          b[i] = r.nextDouble() < s ? a[i] : r.nextInt();
        }
        long[] ka = hasher.bandKeys(a);
        long[] kb = hasher.bandKeys(b);
        for (int band = 0; band < ka.length; band++) {
          if (ka[band] == kb[band]) {
            candidates++;
            break;
          }
        }
      }
      double p = fineweb.candidateProbability(s);
      double measured = (double) candidates / trials;
      double sd = Math.sqrt(p * (1 - p) / trials);
      System.out.printf(
          Locale.ROOT, "LSH 14x8, s = %.2f: candidate share %.4f, 1-(1-s^8)^14 = %.4f%n", s, measured, p);
      assertTrue(Math.abs(measured - p) <= 4 * sd + 1e-9, "s = " + s + ": " + measured + " vs " + p);
    }
  }

  @Test
  void exactJaccardCountsCommonShingles() {
    assertEquals(1.0, MinHasher.jaccard(new long[0], new long[0]));
    assertEquals(0.4, MinHasher.jaccard(new long[] {1, 2, 3}, new long[] {2, 3, 4, 1 << 20}), 1e-12);
    assertEquals(0.5, MinHasher.jaccard(new long[] {-5, 1}, new long[] {-5, 1, 7, 9}), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> MinHasher.estimate(new int[3], new int[4]));
  }

  /** Prints the golden values, for a deliberate update. */
  public static void main(String[] args) {
    MinHasher h = new MinHasher(MinHashSettings.fineweb());
    long[] shingles = Shingles.of(GOLDEN_TEXT, "en", 5);
    int[] sig = h.signature(shingles);
    long[] keys = h.bandKeys(sig);
    System.out.printf(
        "%d shingles; first %dL; sig head {%d, %d, %d, %d}; keys %dL %dL%n",
        shingles.length, shingles[0], sig[0], sig[1], sig[2], sig[3], keys[0], keys[13]);
  }

  @Test
  void signaturesOfUnsortedShingleHashesEqualThoseOfTheSortedSet() {
    MinHasher h = new MinHasher(MinHashSettings.fineweb());
    String text = "The committee adopted the report. The committee adopted the report again, and the vote "
        + "will take place tomorrow at noon; the committee adopted the report.";
    long[] hashes = Shingles.hashes(text, "en", 5);
    long[] set = Shingles.of(text, "en", 5);
    org.junit.jupiter.api.Assertions.assertTrue(hashes.length > set.length, "the text repeats shingles");
    org.junit.jupiter.api.Assertions.assertArrayEquals(h.signature(set), h.signature(hashes));
    org.junit.jupiter.api.Assertions.assertArrayEquals(set, Shingles.sortedDistinct(hashes.clone()));
  }
}
