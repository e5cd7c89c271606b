#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Writes C++ fastText 0.9.2 vectors for the committed europarl-sup.bin (run by regenerate.sh):
#   ngrams.txt            "# WORD" then `fasttext print-ngrams` (each subword and its input row)
#   sentence-vectors.txt  `fasttext print-sentence-vectors` (the hidden vector) per input line
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
MODEL="$HERE/europarl-sup.bin"
: > "$HERE/ngrams.txt"
for w in été Kommission Parlament über Ωμέγα 日本語 zzqx 😀 a ab Präsident "C'est" ñandú; do
  echo "# $w" >> "$HERE/ngrams.txt"
  fasttext print-ngrams "$MODEL" "$w" >> "$HERE/ngrams.txt"
done
awk 'NR <= 100' "$HERE/europarl-input.txt" | fasttext print-sentence-vectors "$MODEL" > "$HERE/sentence-vectors.txt"
