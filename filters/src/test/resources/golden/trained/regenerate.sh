#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Regenerates the golden files for SupervisedTrainerTest: trains the model with OUR trainer (the
# test's GOLDEN_ARGS on ../fasttext/{europarl,udhr}-input.txt), then asks the reference C++ fastText
# 0.9.2 (Debian: apt-get install -y fasttext) for its predictions on that very file.
#   Usage: filters/src/test/resources/golden/trained/regenerate.sh   (from anywhere)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../../../../.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
command -v fasttext >/dev/null || { echo "need the fasttext 0.9.2 CLI (apt-get install -y fasttext)" >&2; exit 1; }
export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
# The test saves the model it trains before comparing (the comparison fails until this script ran).
(cd "$ROOT" && mvn -B -q -Dbuild.dir=target-golden -pl filters -am test -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest='SupervisedTrainerTest#referenceFastTextPredictsOnOurModelWhatWePredict' \
  -Dcurate.keep.trained="$WORK/trained.bin" >/dev/null 2>&1) || true
[[ -s "$WORK/trained.bin" ]] || { echo "the test did not write the model" >&2; exit 1; }
cat "$HERE/../fasttext/europarl-input.txt" "$HERE/../fasttext/udhr-input.txt" > "$WORK/input.txt"
fasttext predict-prob "$WORK/trained.bin" "$WORK/input.txt" 2 > "$HERE/trained.bin.expected.txt"
(cd "$WORK" && sha256sum trained.bin) > "$HERE/trained.bin.sha256"
echo "wrote $HERE/trained.bin.expected.txt and trained.bin.sha256"
