// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.bpe;

/**
 * The pre-tokenizer for a pattern: a hand-written scanner when the pattern is one we know
 * (character for character), else {@link RegexPreTokenizer}.
 */
final class PreTokenizers {
  /** GPT-2, r50k_base, and Hugging Face {@code ByteLevel} with {@code use_regex: true}. */
  static final String GPT2 =
      "'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+";
  /** Llama 3's tokenizer.json (and cl100k_base before tiktoken 0.7 rewrote it). */
  static final String LLAMA3 =
      "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+";
  /** Qwen 2 and 3: Llama 3's with single digits. */
  static final String QWEN =
      "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+";
  /** cl100k_base as tiktoken (0.7 and later) declares it. */
  static final String CL100K =
      "'(?i:[sdmt]|ll|ve|re)|[^\\r\\n\\p{L}\\p{N}]?+\\p{L}++|\\p{N}{1,3}+| ?[^\\s\\p{L}\\p{N}]++[\\r\\n]*+|\\s++$|\\s*[\\r\\n]|\\s+(?!\\S)|\\s";
  /** o200k_base, as tiktoken declares it (its alternatives joined with {@code |}). */
  static final String O200K =
      "[^\\r\\n\\p{L}\\p{N}]?[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]*[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?"
          + "|[^\\r\\n\\p{L}\\p{N}]?[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]+[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?"
          + "|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n/]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+";

  private PreTokenizers() {}

  /**
   * @param unicodeCase {@code (?i)} folds beyond ASCII (tiktoken's Rust regex) rather than ASCII
   *     only (Oniguruma in Hugging Face tokenizers)
   */
  static PreTokenizer forPattern(String pattern, boolean unicodeCase) {
    return switch (pattern) {
      case GPT2 -> new Gpt2Scanner(pattern);
      case LLAMA3 -> new Cl100kScanner(pattern, 3, unicodeCase, false);
      case QWEN -> new Cl100kScanner(pattern, 1, unicodeCase, false);
      case CL100K -> new Cl100kScanner(pattern, 3, unicodeCase, true);
      case O200K -> unicodeCase ? new O200kScanner(pattern) : regex(pattern, false);
      default -> regex(pattern, unicodeCase);
    };
  }

  static PreTokenizer regex(String pattern, boolean unicodeCase) {
    return new RegexPreTokenizer(pattern, unicodeCase);
  }
}
