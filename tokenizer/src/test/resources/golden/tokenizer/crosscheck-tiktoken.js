// SPDX-License-Identifier: Apache-2.0
// Compares the golden ids of r50k_base, cl100k_base and o200k_base (made with jtokkit) with
// OpenAI's tiktoken (npm "tiktoken": its Rust core compiled to WebAssembly), encode_ordinary, over
// the corpus DumpCorpus wrote. Usage: node crosscheck-tiktoken.js CORPUS.jsonl GOLDEN_DIR
const fs = require("fs");
const path = require("path");
const { get_encoding } = require("tiktoken");

const [corpusFile, goldenDir] = process.argv.slice(2);
const lines = fs.readFileSync(corpusFile, "utf8").split("\n").filter((l) => l).map((l) => JSON.parse(l));

// FNV-1a 64 over the ids as little-endian 32-bit values, as GoldenParityTest.hash.
function hash(ids) {
  let h = 0xcbf29ce484222325n;
  for (const id of ids) {
    for (let shift = 0; shift < 32; shift += 8) {
      h = ((h ^ BigInt((id >>> shift) & 0xff)) * 0x100000001b3n) & 0xffffffffffffffffn;
    }
  }
  return h.toString(16).padStart(16, "0");
}

let failures = 0;
for (const name of ["r50k_base", "cl100k_base", "o200k_base"]) {
  const enc = get_encoding(name);
  const udhr = new Map(fs.readFileSync(path.join(goldenDir, name, "udhr.tsv"), "utf8").split("\n").filter((l) => l)
    .map((l) => l.split("\t")).map(([id, count, h]) => [id, count + "\t" + h]));
  const codepoints = new Map(fs.readFileSync(path.join(goldenDir, name, "codepoints.tsv"), "utf8").split("\n").filter((l) => l)
    .map((l) => l.split("\t")).map(([id, count, h]) => [id, count + "\t" + h]));
  const edge = new Map(fs.readFileSync(path.join(goldenDir, name, "edge.tsv"), "utf8").split("\n").filter((l) => l)
    .map((l) => { const tab = l.indexOf("\t"); return [l.slice(0, tab), l.slice(tab + 1)]; }));
  let same = 0, differ = 0;
  for (const { set, id, text } of lines) {
    const ids = Array.from(enc.encode_ordinary(text));
    const got = set === "edge" ? ids.join(" ") : ids.length + "\t" + hash(ids);
    const want = (set === "udhr" ? udhr : set === "edge" ? edge : codepoints).get(id);
    if (got === want) {
      same++;
    } else {
      differ++;
      if (differ <= 5) console.log(`${name} ${set} ${id}: ${JSON.stringify(text).slice(0, 80)}\n  tiktoken ${got.slice(0, 200)}\n  golden   ${want.slice(0, 200)}`);
    }
  }
  console.log(`${name}: ${same} equal, ${differ} differ`);
  failures += differ;
  enc.free();
}
process.exit(failures ? 1 : 0);
