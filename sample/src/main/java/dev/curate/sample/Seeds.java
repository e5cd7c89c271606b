// SPDX-License-Identifier: Apache-2.0
package dev.curate.sample;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Derives independent random streams and record ids from (seed, index, purpose), so any page can
 * be regenerated alone, in any order, on any thread.
 */
final class Seeds {
  private Seeds() {}

  /** SplitMix64 finalizer (Steele, Lea, Flood 2014): a good 64-bit mixer. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  static long mix(long seed, long index, long salt) {
    return mix(mix(mix(seed) ^ index) + salt * 0x9e3779b97f4a7c15L);
  }

  /** A random stream for one purpose of one page; SplittableRandom's algorithm is specified. */
  static SplittableRandom rng(long seed, long index, long salt) {
    return new SplittableRandom(mix(seed, index, salt));
  }

  /** A name-based (version 3) UUID as a WARC record id: never random. */
  static String recordId(long seed, String what, long index) {
    byte[] name = ("curate-sample:" + seed + ":" + what + ":" + index).getBytes(StandardCharsets.UTF_8);
    return "<urn:uuid:" + UUID.nameUUIDFromBytes(name) + ">";
  }

  static <T> T pick(SplittableRandom r, java.util.List<T> xs) {
    return xs.get(r.nextInt(xs.size()));
  }

  static String pick(SplittableRandom r, String[] xs) {
    return xs[r.nextInt(xs.length)];
  }
}
