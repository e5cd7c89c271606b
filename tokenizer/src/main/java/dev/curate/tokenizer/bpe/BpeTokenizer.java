// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.bpe;

import com.ibm.icu.text.FilteredNormalizer2;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.UnicodeSet;
import dev.curate.tokenizer.DocumentBoundary;
import dev.curate.tokenizer.IntList;
import dev.curate.tokenizer.Tokenizer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Byte-level BPE: optional NFC, split on non-special added tokens, pre-tokenize, UTF-8, merge
 * each piece by rank. One engine for tiktoken encodings and Hugging Face {@code tokenizer.json}
 * byte-level models; built by {@link TiktokenEncodings} and {@link HuggingFaceTokenizerJson}.
 *
 * <p><b>NOTE</b>: text that looks like a special token ({@code <|endoftext|>}) is encoded as
 * ordinary text (tiktoken's {@code encode_ordinary}; Hugging Face with its special tokens taken
 * out of {@code added_tokens}), so a crawled page cannot inject a document boundary. A lone
 * surrogate is encoded as U+FFFD, as tiktoken does.
 */
public final class BpeTokenizer implements Tokenizer {

  /**
   * What defines a BPE tokenizer.
   *
   * @param name stable name for manifests
   * @param fingerprint hex SHA-256 of what decides the ids
   * @param vocabulary ordinary tokens
   * @param merges merge ranks
   * @param preTokenizer the split into pieces
   * @param wholePieceFirst emit a piece that is itself a token without merging (tiktoken;
   *     Hugging Face {@code ignore_merges})
   * @param nfc NFC-normalise text first (Qwen)
   * @param added tokens beside the vocabulary, special or not
   * @param boundary document separator
   */
  record Spec(
      String name,
      String fingerprint,
      Vocabulary vocabulary,
      MergeTable merges,
      PreTokenizer preTokenizer,
      boolean wholePieceFirst,
      boolean nfc,
      List<AddedToken> added,
      DocumentBoundary boundary) {}

  /**
   * NFC as Hugging Face tokenizers computes it: its normalisation tables are Unicode 9.0 (it
   * reorders an Adlam mark, added in 9.0, but not a Masaram Gondi one, 10.0, and does not compose
   * Dives Akuru, 13.0), so characters assigned later pass through untouched, as unassigned
   * characters do in an old normalizer. Tested for every code point of planes 0 to 2.
   */
  static final Normalizer2 NFC =
      new FilteredNormalizer2(Normalizer2.getNFCInstance(), new UnicodeSet("[:age=9.0:]").freeze());

  private final Spec spec;
  private final int vocabSize;
  private final Map<Integer, byte[]> addedBytes = new HashMap<>();
  /** Non-special added tokens, longest first, for leftmost-longest matching. */
  private final String[] matchable;
  private final int[] matchableIds;
  /** Sorted distinct first characters of {@link #matchable}. */
  private final char[] firstChars;
  private final long[] bytePairs;
  private final ThreadLocal<State> state;

  BpeTokenizer(Spec spec) {
    this.spec = spec;
    int size = spec.vocabulary().size();
    List<AddedToken> match = new ArrayList<>();
    for (AddedToken t : spec.added()) {
      size = Math.max(size, t.id() + 1);
      addedBytes.put(t.id(), t.content().getBytes(StandardCharsets.UTF_8));
      if (!t.special()) {
        match.add(t);
      }
    }
    match.sort(Comparator.comparingInt((AddedToken t) -> -t.content().length()));
    matchable = match.stream().map(AddedToken::content).toArray(String[]::new);
    matchableIds = match.stream().mapToInt(AddedToken::id).toArray();
    firstChars =
        match.stream().map(t -> t.content().substring(0, 1)).distinct().sorted()
            .collect(Collectors.joining()).toCharArray();
    this.vocabSize = size;
    this.bytePairs = BytePairMerger.bytePairs(spec.vocabulary(), spec.merges());
    this.state = ThreadLocal.withInitial(() -> new State(newMerger()));
  }

  /** Per-thread scratch: the text as chars, one piece as UTF-8, piece ends, the merger. */
  private static final class State {
    char[] chars = new char[1024];
    byte[] bytes = new byte[1024];
    final IntList ends = new IntList(256);
    final PieceCache cache = new PieceCache();
    final BytePairMerger merger;

    State(BytePairMerger merger) {
      this.merger = merger;
    }
  }

  @Override
  public String name() {
    return spec.name();
  }

  @Override
  public int vocabSize() {
    return vocabSize;
  }

  @Override
  public String fingerprint() {
    return spec.fingerprint();
  }

  @Override
  public DocumentBoundary boundary() {
    return spec.boundary();
  }

  /** A merger over this tokenizer's tables (one per thread). */
  BytePairMerger newMerger() {
    return new BytePairMerger(spec.vocabulary(), spec.merges(), bytePairs);
  }

  /** The pre-tokenizer pattern, as the encoding or file declares it. */
  public String pattern() {
    return spec.preTokenizer().pattern();
  }

  @Override
  public int[] encode(String text) {
    IntList out = new IntList(text.length() / 3 + 4);
    encodeTo(text, out);
    return out.toArray();
  }

  @Override
  public void encodeTo(String text, IntList out) {
    State st = state.get();
    if (matchable.length == 0) {
      encodeSegment(text, 0, text.length(), st, out);
      return;
    }
    int from = 0;
    int i = nextCandidate(text, 0);
    while (i >= 0) {
      int k = matchAddedAt(text, i);
      if (k < 0) {
        i = nextCandidate(text, i + 1);
        continue;
      }
      encodeSegment(text, from, i, st, out);
      out.add(matchableIds[k]);
      from = i + matchable[k].length();
      i = nextCandidate(text, from);
    }
    encodeSegment(text, from, text.length(), st, out);
  }

  /**
   * The next index from {@code i} whose character starts some added token, or -1: {@code indexOf}
   * (vectorised) when they all start with one character (Qwen's all start with {@code <}).
   */
  private int nextCandidate(String text, int i) {
    if (firstChars.length == 1) {
      return text.indexOf(firstChars[0], i);
    }
    for (; i < text.length(); i++) {
      if (Arrays.binarySearch(firstChars, text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private int matchAddedAt(String text, int i) {
    for (int k = 0; k < matchable.length; k++) {
      if (text.startsWith(matchable[k], i)) {
        return k;
      }
    }
    return -1;
  }

  private void encodeSegment(String text, int from, int to, State st, IntList out) {
    if (from == to) {
      return;
    }
    if (spec.nfc()) {
      String segment = text.substring(from, to);
      if (!isNfc(segment)) {
        segment = NFC.normalize(withoutLoneSurrogates(segment));
      }
      text = segment;
      from = 0;
      to = segment.length();
    }
    int n = to - from;
    if (st.chars.length < n) {
      st.chars = new char[Math.max(n, st.chars.length * 2)];
    }
    char[] chars = st.chars;
    text.getChars(from, to, chars, 0);
    replaceLoneSurrogates(chars, n);
    IntList ends = st.ends;
    ends.clear();
    spec.preTokenizer().split(chars, n, ends);
    int[] e = ends.buffer();
    int start = 0;
    for (int p = 0, pieces = ends.size(); p < pieces; p++) {
      int end = e[p];
      encodePiece(chars, start, end, st, out);
      start = end;
    }
  }

  private void encodePiece(char[] chars, int start, int end, State st, IntList out) {
    int maxBytes = (end - start) * 3;
    if (st.bytes.length < maxBytes) {
      st.bytes = new byte[Math.max(maxBytes, st.bytes.length * 2)];
    }
    byte[] b = st.bytes;
    int len = Utf8.encode(chars, start, end, b);
    if (len == 1) {
      out.add(spec.vocabulary().byteId(b[0]));
      return;
    }
    int hash = Vocabulary.hash(b, 0, len);
    if (spec.wholePieceFirst()) {
      int id = spec.vocabulary().find(b, 0, len, hash);
      if (id >= 0) {
        out.add(id);
        return;
      }
    }
    if (len > PieceCache.MAX_BYTES) {
      st.merger.merge(b, len, out);
    } else if (!st.cache.appendTo(b, len, hash, out)) {
      int from = out.size();
      st.merger.merge(b, len, out);
      st.cache.put(b, len, hash, out.buffer(), from, out.size());
    }
  }

  /** NFC quick check: below U+0300 every character is already NFC. */
  private static boolean isNfc(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x300) {
        return NFC.isNormalized(s);
      }
    }
    return true;
  }

  private static String withoutLoneSurrogates(String s) {
    char[] c = s.toCharArray();
    return replaceLoneSurrogates(c, c.length) ? new String(c) : s;
  }

  /** Replaces each unpaired surrogate with U+FFFD, in place; whether any was. */
  static boolean replaceLoneSurrogates(char[] c, int n) {
    boolean any = false;
    for (int i = 0; i < n; i++) {
      char ch = c[i];
      if (ch >= 0xD800 && ch <= 0xDFFF) {
        if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(c[i + 1])) {
          i++;
        } else {
          c[i] = '\uFFFD';
          any = true;
        }
      }
    }
    return any;
  }

  @Override
  public String decode(int[] ids) {
    return new String(decodeBytes(ids), StandardCharsets.UTF_8);
  }

  /** The bytes of {@code ids}, concatenated. */
  public byte[] decodeBytes(int[] ids) {
    Vocabulary v = spec.vocabulary();
    int total = 0;
    for (int id : ids) {
      byte[] added = addedBytes.get(id);
      if (added != null) {
        total += added.length;
      } else if (v.contains(id)) {
        total += v.length(id);
      } else {
        throw new IllegalArgumentException(name() + ": no token with id " + id);
      }
    }
    byte[] out = new byte[total];
    int at = 0;
    for (int id : ids) {
      byte[] added = addedBytes.get(id);
      if (added != null) {
        System.arraycopy(added, 0, out, at, added.length);
        at += added.length;
      } else {
        at = v.copyBytes(id, out, at);
      }
    }
    return out;
  }
}
