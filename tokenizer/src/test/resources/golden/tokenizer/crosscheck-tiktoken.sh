#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Cross-checks the tiktoken golden files (made with jtokkit) against OpenAI's tiktoken itself: npm
# tiktoken 1.0.22, its Rust core as WebAssembly, encode_ordinary. Needs node and npm.
#   Usage: tokenizer/src/test/resources/golden/tokenizer/crosscheck-tiktoken.sh
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../../../../.." && pwd)"
source "$ROOT/bin/env.sh"
BUILD_DIR="${CURATE_BUILD_DIR:-target}"
OUT="$ROOT/tokenizer/$BUILD_DIR"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

(cd "$ROOT" && mvn -B -q -Dbuild.dir="$BUILD_DIR" -pl tokenizer -am -DskipTests test-compile \
  dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/test-classpath.txt")
"$JAVA_HOME/bin/java" -Dcurate.tokenizer.fixtures="$OUT/fixtures" \
  -cp "$OUT/test-classes:$OUT/classes:$(cat "$OUT/test-classpath.txt")" \
  dev.curate.tokenizer.parity.DumpCorpus "$WORK/corpus.jsonl"
(cd "$WORK" && npm pack --silent tiktoken@1.0.22 >/dev/null && mkdir -p node_modules/tiktoken \
  && tar xzf tiktoken-1.0.22.tgz -C node_modules/tiktoken --strip-components=1)
cp "$HERE/crosscheck-tiktoken.js" "$WORK/"
node "$WORK/crosscheck-tiktoken.js" "$WORK/corpus.jsonl" "$HERE"
