// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.url;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;

/** Aho-Corasick automaton over {@code [a-z0-9]}: does a text contain any of the patterns? */
final class AhoCorasick implements Serializable {
  private static final int SIGMA = 36;

  private int[][] next; // state -> symbol -> state (full goto function after build)
  private boolean[] accept;

  AhoCorasick(Collection<String> patterns) {
    int cap = 1;
    for (String p : patterns) cap += p.length();
    next = new int[cap][];
    accept = new boolean[cap];
    next[0] = new int[SIGMA];
    Arrays.fill(next[0], -1);
    int states = 1;
    for (String p : patterns) {
      int s = 0;
      for (int i = 0; i < p.length(); i++) {
        int c = symbol(p.charAt(i));
        if (next[s][c] < 0) {
          next[states] = new int[SIGMA];
          Arrays.fill(next[states], -1);
          next[s][c] = states++;
        }
        s = next[s][c];
      }
      accept[s] = true;
    }
    int[] fail = new int[states];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int c = 0; c < SIGMA; c++) {
      if (next[0][c] < 0) next[0][c] = 0;
      else {
        fail[next[0][c]] = 0;
        queue.add(next[0][c]);
      }
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      accept[s] |= accept[fail[s]];
      for (int c = 0; c < SIGMA; c++) {
        int t = next[s][c];
        if (t < 0) next[s][c] = next[fail[s]][c];
        else {
          fail[t] = next[fail[s]][c];
          queue.add(t);
        }
      }
    }
    next = Arrays.copyOf(next, states);
    accept = Arrays.copyOf(accept, states);
  }

  private static int symbol(char c) {
    if (c >= 'a' && c <= 'z') return c - 'a';
    if (c >= '0' && c <= '9') return 26 + c - '0';
    throw new IllegalArgumentException("pattern character outside [a-z0-9]: '" + c + "'");
  }

  /** Whether {@code text} (only {@code [a-z0-9]}) contains a pattern. */
  boolean matches(String text) {
    if (accept.length == 1) return false;
    int s = 0;
    for (int i = 0; i < text.length(); i++) {
      s = next[s][symbol(text.charAt(i))];
      if (accept[s]) return true;
    }
    return false;
  }
}
