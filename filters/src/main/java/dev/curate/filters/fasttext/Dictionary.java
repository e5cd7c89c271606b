// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.fasttext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The vocabulary of a fastText model and the mapping from a line of text to input-matrix rows,
 * following {@code dictionary.cc} of fastText 0.9.2 byte for byte.
 *
 * <p>A line becomes: for each whitespace-separated token, its word id (if in the vocabulary) and
 * its character n-grams ({@code computeSubwords}); then the end-of-sentence token {@code </s>};
 * then the word n-grams ({@code addWordNgrams}). All work happens on UTF-8 bytes, as in C++, so
 * hashes and n-gram boundaries match exactly; no strings are built per token or n-gram.
 */
final class Dictionary {
  static final String EOS = "</s>";
  private static final byte[] EOS_BYTES = EOS.getBytes(StandardCharsets.US_ASCII);
  private static final byte[] LABEL_PREFIX = "__label__".getBytes(StandardCharsets.US_ASCII);
  static final byte TYPE_WORD = 0;
  static final byte TYPE_LABEL = 1;
  private static final int MAX_WORD_BYTES = 1 << 20;

  final int size;
  final int nwords;
  final int nlabels;
  final long ntokens;
  final long pruneIdxSize; // -1: not pruned; 0: all n-grams pruned; > 0: pruneIdx entries
  private final PruneIndex pruneIdx; // null if unpruned
  private final byte[] words; // all entries' UTF-8 bytes, concatenated
  private final int[] wordStart; // (size + 1) offsets into words
  private final int[] wordHash; // (size) FNV-1a hash of each entry
  private final long[] counts; // (size)
  private final byte[] types; // (size) TYPE_WORD or TYPE_LABEL
  private final int[] table; // open addressing: slot -> entry id or -1; length a power of two
  private final int[] subwordStart; // (size + 1) offsets into subwords
  private final int[] subwords; // per entry: its id, then its char n-gram rows (initNgrams)
  private final int minn;
  private final int maxn;
  private final int bucket;
  private final int wordNgrams;

  private Dictionary(
      ModelArgs args,
      byte[][] entries,
      long[] counts,
      byte[] types,
      int nwords,
      int nlabels,
      long ntokens,
      long pruneIdxSize,
      PruneIndex pruneIdx) {
    this.minn = args.minn();
    this.maxn = args.maxn();
    this.bucket = args.bucket();
    this.wordNgrams = args.wordNgrams();
    this.size = entries.length;
    this.nwords = nwords;
    this.nlabels = nlabels;
    this.ntokens = ntokens;
    this.pruneIdxSize = pruneIdxSize;
    this.pruneIdx = pruneIdx;
    this.counts = counts;
    this.types = types;
    long total = 0;
    for (byte[] e : entries) {
      total += e.length;
    }
    if (total > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "dictionary holds " + total + " bytes of words, more than 2 GiB");
    }
    wordStart = new int[size + 1];
    wordHash = new int[size];
    words = new byte[(int) total];
    for (int i = 0, p = 0; i < size; i++) {
      System.arraycopy(entries[i], 0, words, p, entries[i].length);
      wordStart[i] = p;
      p += entries[i].length;
      wordStart[i + 1] = p;
      wordHash[i] = hash(words, wordStart[i], entries[i].length);
    }
    table = new int[Math.max(2, Integer.highestOneBit(Math.max(1, 2 * size)) * 2)];
    Arrays.fill(table, -1);
    for (int i = 0; i < size; i++) {
      // Later duplicates win, as in dictionary.cc load(): word2int_[find(w)] = i.
      table[slot(words, wordStart[i], wordStart[i + 1] - wordStart[i], wordHash[i])] = i;
    }
    // initNgrams(): each entry's id, then the n-grams of "<" + word + ">" (none for EOS).
    subwordStart = new int[size + 1];
    Scratch tmp = new Scratch(1, 1);
    for (int i = 0; i < size; i++) {
      tmp.addId(i);
      if (!isEos(words, wordStart[i], wordStart[i + 1] - wordStart[i])) {
        computeSubwords(words, wordStart[i], wordStart[i + 1] - wordStart[i], tmp);
      }
      subwordStart[i + 1] = tmp.idCount;
    }
    subwords = Arrays.copyOf(tmp.ids, tmp.idCount);
  }

  static Dictionary read(LittleEndianInput in, ModelArgs args) throws IOException {
    int size = in.readInt("dictionary size");
    int nwords = in.readInt("dictionary nwords");
    int nlabels = in.readInt("dictionary nlabels");
    long ntokens = in.readLong("dictionary ntokens");
    long pruneIdxSize = in.readLong("dictionary pruneidx_size");
    if (size < 0 || nwords < 0 || nlabels < 0 || (long) nwords + nlabels != size) {
      throw in.error(
          "dictionary has size="
              + size
              + " nwords="
              + nwords
              + " nlabels="
              + nlabels
              + ", expected size == nwords + nlabels >= 0");
    }
    int bucket = args.bucket();
    if (pruneIdxSize < -1 || pruneIdxSize > bucket) {
      throw in.error("dictionary pruneidx_size " + pruneIdxSize + ", expected -1.." + bucket);
    }
    // 13 bytes per entry at least: NUL + int64 count + int8 type.
    in.requireRemaining(13L * size, "dictionary entries");
    long[] counts = new long[size];
    byte[] types = new byte[size];
    byte[][] entries = new byte[size][];
    long total = 0;
    for (int i = 0; i < size; i++) {
      entries[i] = in.readCString("dictionary entry " + i, MAX_WORD_BYTES);
      counts[i] = in.readLong("count of dictionary entry " + i);
      types[i] = in.readByte("type of dictionary entry " + i);
      if (types[i] != TYPE_WORD && types[i] != TYPE_LABEL) {
        throw in.error("dictionary entry " + i + " has type " + types[i] + ", expected 0 or 1");
      }
      if (i < nwords && types[i] != TYPE_WORD) {
        throw in.error("dictionary entry " + i + " is a label among the first nwords=" + nwords);
      }
      total += entries[i].length;
    }
    if (total > Integer.MAX_VALUE - 8) {
      throw in.error("dictionary holds " + total + " bytes of words, more than 2 GiB");
    }
    PruneIndex pruneIdx = null;
    if (pruneIdxSize > 0) {
      in.requireRemaining(8 * pruneIdxSize, "dictionary pruneidx");
      pruneIdx = new PruneIndex((int) pruneIdxSize);
      for (long i = 0; i < pruneIdxSize; i++) {
        int from = in.readInt("pruneidx key " + i);
        int to = in.readInt("pruneidx value " + i);
        if (from < 0 || from >= bucket || to < 0 || to >= pruneIdxSize) {
          throw in.error(
              "pruneidx entry "
                  + i
                  + " maps "
                  + from
                  + " -> "
                  + to
                  + ", expected a bucket in [0, "
                  + bucket
                  + ") and a row in [0, "
                  + pruneIdxSize
                  + ")");
        }
        pruneIdx.put(from, to);
      }
    }
    return new Dictionary(
        args, entries, counts, types, nwords, nlabels, ntokens, pruneIdxSize, pruneIdx);
  }

  /**
   * An unpruned dictionary from a vocabulary built in memory (training): words first, then labels,
   * each entry's UTF-8 bytes with its count and type.
   */
  static Dictionary of(
      ModelArgs args, byte[][] entries, long[] counts, byte[] types, long ntokens) {
    int nwords = 0;
    while (nwords < types.length && types[nwords] == TYPE_WORD) {
      nwords++;
    }
    for (int i = nwords; i < types.length; i++) {
      if (types[i] != TYPE_LABEL) {
        throw new IllegalArgumentException("entry " + i + ": words must come before labels");
      }
    }
    return new Dictionary(
        args, entries, counts, types, nwords, types.length - nwords, ntokens, -1, null);
  }

  /** {@code Dictionary::save}: the counts, then each entry as a C string, count and type. */
  void write(LittleEndianOutput out) throws IOException {
    if (pruneIdxSize >= 0) {
      throw new IllegalStateException("writing pruned dictionaries is not supported");
    }
    out.writeInt(size);
    out.writeInt(nwords);
    out.writeInt(nlabels);
    out.writeLong(ntokens);
    out.writeLong(pruneIdxSize);
    for (int i = 0; i < size; i++) {
      out.writeBytes(words, wordStart[i], wordStart[i + 1] - wordStart[i]);
      out.writeByte((byte) 0);
      out.writeLong(counts[i]);
      out.writeByte(types[i]);
    }
  }

  /** The UTF-8 bytes of the label with index {@code label} (0-based among labels). */
  String label(int label) {
    return word(nwords + label);
  }

  /** Index among labels of a label string such as {@code __label__hq}, or -1. */
  int labelIndex(String label) {
    byte[] b = label.getBytes(StandardCharsets.UTF_8);
    int id = find(b, 0, b.length, hash(b, 0, b.length));
    return id >= nwords ? id - nwords : -1;
  }

  /**
   * FNV-1a over the bytes taken as <em>signed</em> chars: {@code h ^= uint32_t(int8_t(c)); h *=
   * 16777619}. Bytes >= 0x80 are sign-extended, which all released models were trained with.
   */
  static int hash(byte[] b, int off, int len) {
    int h = 0x811C9DC5; // 2166136261
    for (int i = off, end = off + len; i < end; i++) {
      h = (h ^ b[i]) * 16777619;
    }
    return h;
  }

  /** Entry id of a word, or -1. */
  int find(byte[] b, int off, int len, int h) {
    return table[slot(b, off, len, h)];
  }

  private int slot(byte[] b, int off, int len, int h) {
    int mask = table.length - 1;
    int s = h & mask;
    while (true) {
      int id = table[s];
      if (id < 0 || (wordHash[id] == h && equalsEntry(id, b, off, len))) {
        return s;
      }
      s = (s + 1) & mask;
    }
  }

  private boolean equalsEntry(int id, byte[] b, int off, int len) {
    int start = wordStart[id];
    return wordStart[id + 1] - start == len
        && Arrays.equals(words, start, start + len, b, off, off + len);
  }

  String word(int id) {
    return new String(
        words, wordStart[id], wordStart[id + 1] - wordStart[id], StandardCharsets.UTF_8);
  }

  long count(int id) {
    return counts[id];
  }

  /** Label counts in label order, for the hierarchical-softmax tree. */
  long[] labelCounts() {
    return Arrays.copyOfRange(counts, nwords, size);
  }

  /** Number of input-matrix rows this dictionary addresses: {@code nwords + n-gram rows}. */
  long inputRows() {
    return nwords + (pruneIdxSize >= 0 ? pruneIdxSize : bucket);
  }

  private static boolean isEos(byte[] b, int off, int len) {
    return len == 4 && b[off] == '<' && b[off + 1] == '/' && b[off + 2] == 's' && b[off + 3] == '>';
  }

  private static boolean isLabel(byte[] b, int off, int len) {
    return len >= LABEL_PREFIX.length
        && Arrays.equals(b, off, off + LABEL_PREFIX.length, LABEL_PREFIX, 0, LABEL_PREFIX.length);
  }

  /** {@code pushHash}: maps an n-gram bucket through the prune index and appends its row. */
  private void pushHash(Scratch s, int id) {
    if (pruneIdxSize == 0 || id < 0) {
      return;
    }
    if (pruneIdxSize > 0) {
      id = pruneIdx.get(id);
      if (id < 0) {
        return;
      }
    }
    s.addId(nwords + id);
  }

  /**
   * {@code computeSubwords("<" + word + ">")}: character n-grams of {@code minn..maxn} UTF-8 code
   * points, skipping the lone {@code "<"} and {@code ">"}. The hash is extended one byte at a time.
   */
  private void computeSubwords(byte[] b, int off, int len, Scratch s) {
    int wlen = len + 2;
    byte[] w = s.word(wlen);
    w[0] = '<';
    System.arraycopy(b, off, w, 1, len);
    w[wlen - 1] = '>';
    for (int i = 0; i < wlen; i++) {
      if ((w[i] & 0xC0) == 0x80) {
        continue;
      }
      int h = 0x811C9DC5;
      for (int j = i, n = 1; j < wlen && n <= maxn; n++) {
        h = (h ^ w[j++]) * 16777619;
        while (j < wlen && (w[j] & 0xC0) == 0x80) {
          h = (h ^ w[j++]) * 16777619;
        }
        if (n >= minn && !(n == 1 && (i == 0 || j == wlen))) {
          pushHash(s, Integer.remainderUnsigned(h, bucket));
        }
      }
    }
  }

  /**
   * {@code getSubwords(word, ngrams, substrings)}, as {@code fasttext print-ngrams} lists them: the
   * word's own row if it is in the vocabulary, then its char n-gram rows.
   */
  int[] subwordRows(String word) {
    byte[] b = word.getBytes(StandardCharsets.UTF_8);
    Scratch s = new Scratch(1, 1);
    int wid = find(b, 0, b.length, hash(b, 0, b.length));
    if (wid >= 0) {
      s.addId(wid);
    }
    if (!isEos(b, 0, b.length)) {
      computeSubwords(b, 0, b.length, s);
    }
    return Arrays.copyOf(s.ids, s.idCount);
  }

  /** {@code addSubwords}: the rows one word token contributes. */
  private void addSubwords(byte[] b, int off, int len, int wid, Scratch s) {
    if (wid < 0) {
      if (!isEos(b, off, len)) {
        computeSubwords(b, off, len, s);
      }
    } else if (maxn <= 0) {
      s.addId(wid);
    } else {
      for (int p = subwordStart[wid], end = subwordStart[wid + 1]; p < end; p++) {
        s.addId(subwords[p]);
      }
    }
  }

  static boolean isSpace(byte c) {
    // readWord(): exactly these seven bytes separate tokens; other Unicode spaces do not.
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0x0B || c == '\f' || c == 0;
  }

  /**
   * {@code getLine(in, words, labels)} for one line held in {@code s.utf8[0, len)} followed by a
   * newline: fills {@code s.ids} with input rows. Newlines inside the buffer count as spaces; a
   * literal {@code </s>} token ends the line early, as it does in C++.
   */
  void lineToIds(int len, Scratch s) {
    s.idCount = 0;
    s.hashCount = 0;
    byte[] b = s.utf8;
    int i = 0;
    boolean ended = false;
    while (!ended) {
      while (i < len && isSpace(b[i])) {
        i++;
      }
      int start = i;
      while (i < len && !isSpace(b[i])) {
        i++;
      }
      int tokenLen = i - start;
      if (tokenLen == 0) {
        // The newline after the line yields EOS.
        addToken(EOS_BYTES, 0, EOS_BYTES.length, s);
        break;
      }
      ended = addToken(b, start, tokenLen, s);
    }
    addWordNgrams(s);
  }

  /** Adds one token; returns true if it was EOS, which ends the line. */
  private boolean addToken(byte[] b, int off, int len, Scratch s) {
    int h = hash(b, off, len);
    int wid = find(b, off, len, h);
    byte type = wid < 0 ? (isLabel(b, off, len) ? TYPE_LABEL : TYPE_WORD) : types[wid];
    if (type == TYPE_WORD) {
      addSubwords(b, off, len, wid, s);
      s.addWordHash(h);
    }
    return isEos(b, off, len);
  }

  /**
   * {@code addWordNgrams}: {@code h = h * 116049371 + hashes[j]} in uint64, where each int32 hash
   * is <em>sign-extended</em> to 64 bits, then {@code h % bucket} unsigned.
   */
  private void addWordNgrams(Scratch s) {
    int[] hashes = s.wordHashes;
    int count = s.hashCount;
    for (int i = 0; i < count; i++) {
      long h = hashes[i];
      for (int j = i + 1; j < count && j < i + wordNgrams; j++) {
        h = h * 116049371L + hashes[j];
        pushHash(s, (int) Long.remainderUnsigned(h, bucket));
      }
    }
  }
}
