/**
 * How fast loadCorpus reads a large JSONL dump, against the least any loader must do in the same run:
 * read the file, split lines, JSON.parse each (the anchor). Runs on
 * ../shared/corpora/bench/allsides-baly2020/articles_110MB.jsonl (17,867 records, 13 with malformed
 * dates, so loadCorpus runs with skipBad). Three variants: loadCorpus with cleaning, with
 * keepBoilerplate (decode + records + metadata only), and the anchor. Each runs --rounds times
 * (default 2), interleaved; the best round counts, since other processes share the machine.
 *
 *   npx tsx bench/load/run.ts [--rounds 2]
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { loadCorpus } from "../../src/corpus/load";

const FILE = path.resolve(__dirname, "../../..", "shared/corpora/bench/allsides-baly2020/articles_110MB.jsonl");

function anchor(): number {
  const text = fs.readFileSync(FILE, "utf8");
  let n = 0;
  for (const line of text.split("\n")) if (line.trim() !== "") n += JSON.parse(line) ? 1 : 0;
  return n;
}

function main(): void {
  if (!fs.existsSync(FILE)) {
    console.log(`bench/load: ${FILE} is not here (shared research data); nothing to measure`);
    return;
  }
  const i = process.argv.indexOf("--rounds");
  const rounds = i >= 0 ? Math.max(1, Number(process.argv[i + 1]) || 1) : 2;
  const mb = fs.statSync(FILE).size / 1e6;
  const best: Record<string, number> = { anchor: Infinity, "load (keepBoilerplate)": Infinity, "load (cleaned)": Infinity };
  let summary = "";
  for (let r = 0; r < rounds; r++) {
    let t = performance.now();
    const records = anchor();
    best.anchor = Math.min(best.anchor, performance.now() - t);
    t = performance.now();
    loadCorpus(FILE, { skipBad: true, keepBoilerplate: true });
    best["load (keepBoilerplate)"] = Math.min(best["load (keepBoilerplate)"], performance.now() - t);
    t = performance.now();
    const res = loadCorpus(FILE, { skipBad: true });
    best["load (cleaned)"] = Math.min(best["load (cleaned)"], performance.now() - t);
    const removed = res.articles.reduce((s, a) => s + a.removed.length, 0);
    summary = `${records} records: ${res.articles.length} articles, ${res.skipped.length} skipped, ${removed} removed spans`;
  }
  console.log(`bench/load on ${path.basename(FILE)} (${mb.toFixed(1)} MB), best of ${rounds}; ${summary}`);
  for (const [name, ms] of Object.entries(best)) {
    const ratio = ms / best.anchor;
    console.log(`  ${name.padEnd(24)} ${(ms / 1000).toFixed(2).padStart(6)} s  ${(mb / (ms / 1000)).toFixed(1).padStart(6)} MB/s  ${ratio.toFixed(2)}x the anchor's time`);
  }
}

main();
