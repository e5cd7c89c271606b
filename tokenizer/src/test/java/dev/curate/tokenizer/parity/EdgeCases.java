// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.parity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Hand-written inputs where tokenizers tend to differ, plus seeded random mixes of the character
 * classes the pre-tokenizer patterns test. Append only: golden files refer to cases by index.
 */
public final class EdgeCases {
  private EdgeCases() {}

  private static final List<String> HAND =
      List.of(
          "",
          " ",
          "  ",
          "\n",
          "\n\n\n",
          "\r\n",
          "\t\t  \n \t",
          "a  b",
          "a \n b",
          "x\n  ",
          "x \n",
          "abc   ",
          "   abc",
          "\u00A0\u00A0x",
          "\u3000x y\u3000",
          "\u0085x",
          "\u001Cx\u001F",
          "hello world",
          "Hello, World! How are you?",
          "1234567890",
          "12 345.678,90 and 3.14159",
          "\u0663\u0664\u0665\u0666",
          "\u2460\u2461\u2462 \u216B \u00BC\u00BD",
          "\u0967\u0968\u0969\u096A\u096B",
          "don't I'm we'll they've you're he'd it's",
          "DON'T I'M WE'LL THEY'VE YOU'RE HE'D IT'S",
          "'S 'T 'Re 'vE 'lL 'D 'M",
          "'\u017F x \u017F",
          "''s",
          "'",
          "'''",
          "rock'n'roll",
          "it\u2019s",
          "\uD83D\uDC4D",
          "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66",
          "\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08",
          "\uD83D\uDC4D\uD83C\uDFFD",
          "\uD83C\uDDE9\uD83C\uDDEA\uD83C\uDDEB\uD83C\uDDF7",
          "\u2764\uFE0F",
          "a\uD83D\uDC4Db",
          " \uD83D\uDC4D",
          "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD",
          "\u65E5\u672C\u8A9E\u306E\u30C6\u30AD\u30B9\u30C8\u3001\u30AB\u30BF\u30AB\u30CA\u3002",
          "\uD55C\uAD6D\uC5B4 \uD14D\uC2A4\uD2B8",
          "\uD840\uDC00\uD840\uDC01",
          "\u0E20\u0E32\u0E29\u0E32\u0E44\u0E17\u0E22\u0E44\u0E21\u0E48\u0E21\u0E35\u0E0A\u0E48\u0E2D\u0E07\u0E27\u0E48\u0E32\u0E07",
          "\u0645\u0631\u062D\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645",
          "\u0928\u092E\u0938\u094D\u0924\u0947 \u0926\u0941\u0928\u093F\u092F\u093E",
          "\u05E9\u05C1\u05B8\u05DC\u05D5\u05B9\u05DD",
          "e\u0301",
          "a\u0308\u0304",
          "\u0301abc",
          " \u0301",
          "\u00C5 A\u030A \u212B",
          "\u01C5 \u01C4\u01C5\u01C6",
          "\u02B0ello",
          "\uFB01 \uFB05",
          "\u0000",
          "\u0001\u0002",
          "\u007F",
          "a\u0000b",
          "\u200B\u200D\uFEFF",
          "\uD800",
          "a\uDC00b",
          "\uD83D",
          "x\uD83D\uD83D\uDE00",
          "<|endoftext|>",
          "<|begin_of_text|>hello<|end_of_text|>",
          "<|im_start|>user\nhi<|im_end|>",
          "<|fim_prefix|>a<|fim_suffix|>b<|fim_middle|>",
          "<think>reason</think>",
          "<tool_call>{\"a\": 1}</tool_call>",
          "<|endoftext",
          "<<|endoftext|>>",
          " ".repeat(1000),
          "\n".repeat(500),
          "a".repeat(5000),
          "ab".repeat(3000),
          "\t".repeat(300) + "x",
          "1".repeat(1000),
          "  \n\t \r\n  ".repeat(50),
          "\uD83D\uDE42".repeat(500),
          "HelloWorld HELLOworld helloWORLD",
          "\u00C0\u00C9\u00CE\u00F5\u00FC",
          "McDonald's iPhone XMLHttpRequest HTTPServer's camelCaseIdentifierName",
          "\u0391\u0392\u0393\u03B1\u03B2\u03B3 \u0414\u0416\u0415\u043C",
          "def f(x):\n    return x**2  # comment\n",
          "for (int i = 0; i < n; i++) {\n\ti++;\n}\n",
          "https://example.com/path?q=1&r=2#frag",
          "a/b//c\n/d\r\n//",
          "C:\\Windows\\System32",
          "{\"key\": [1, 2.5, \"v\"], \"n\": null}",
          "abc123def 3rd 1st 22nd",
          "x\u00B2 H\u2082O",
          "\u017F",
          "  leading and trailing  \n",
          "line one\nline two\n\nline four\n",
          "tab\tseparated\tvalues\n1\t2\t3");

  private static final String[] ALPHABET = {
    "a", "Z", "e", "\u00E9", "\u00C9", "\u017F", "'", "'s", "'LL", " ", "  ", "\t", "\n", "\r", "\r\n",
    "\u00A0", "\u3000", "0", "7", "\u0663", "\u00BD", ".", ",", "!", "/", "-", "_", "\u0301", "\u0308",
    "\u02B0", "\u01C5", "\u4E2D", "\u3042", "\u0E01", "\u0E48", "\u0645", "\u0928", "\u094D", "\u05B8",
    "\uD83D\uDC4D", "\u200D", "\uFE0F", "\uD83C\uDFFD", "\u0000", "\u0085", "\uFFFD", "<", "|", ">",
    "\u2019", "\u00B2", "\u0391", "\u03B2", "\u0416", "\u043C", "\uD840\uDC00"
  };

  /**
   * Normalisation (Qwen's NFC) across Unicode versions: marks to reorder, pairs to compose, Hangul
   * jamo, singletons and composition exclusions.
   */
  private static final List<String> UNICODE_VERSIONS =
      List.of(
          "a\uD83A\uDD44\u0316 Adlam 9.0",
          "a\uD807\uDD42\u0316 Masaram Gondi 10.0",
          "a\u0316\uD807\uDD42",
          "\uD806\uDD35\uD806\uDD30 Dives Akuru 13.0",
          "\uD81B\uDD67\uD81B\uDD67 Kirat Rai 16.0",
          "\uD804\uDF47\uD804\uDF3E Grantha 7.0",
          "a\u0301\u0316 e\u0316\u0301",
          "\u1100\u1161 \u1100\u1161\u11A8 \uAC00\u11A8",
          "\u0041\u030A\u0301 \u1E0B\u0323 q\u0307\u0323 \u00C7\u0301\u0327",
          "\u0F73 \u0344 \u2126 \u212B \u2000 \uFB2C");

  /** The hand-written cases, 300 seeded random mixes of up to 60 pieces, then later additions. */
  public static List<String> all() {
    List<String> out = new ArrayList<>(HAND);
    Random random = new Random(20261122L);
    for (int k = 0; k < 300; k++) {
      StringBuilder sb = new StringBuilder();
      int pieces = 1 + random.nextInt(60);
      for (int p = 0; p < pieces; p++) {
        sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
      }
      out.add(sb.toString());
    }
    out.addAll(UNICODE_VERSIONS);
    return Collections.unmodifiableList(out);
  }
}
