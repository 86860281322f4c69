/**
 * bench/worst-case's child process: times every stage on one pattern at each size given and prints
 * one JSON line per size and stage as soon as it is measured (so a stall loses only what follows).
 *
 *   node --require tsx/cjs bench/worst-case/child.ts PATTERN 50,100,200
 */
import * as v8 from "node:v8";
import * as vm from "node:vm";
import { PATTERNS, plainNews } from "../../test/robustness/patterns";
import { toDocument } from "../../src/text/document";
import { newsText } from "./news";
import { loadText, runStage, STAGES } from "./stages";

/** WORST_CASE_MIN_RUNS=1 for one run per stage (very large sizes) */
const MIN_RUNS = Number(process.env.WORST_CASE_MIN_RUNS ?? 3);

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

function main(pattern: string, sizes: number[]): void {
  const { text: news } = newsText();
  const make = (p: string, chars: number) => (p === "plain" ? plainNews(chars, news) : PATTERNS[p](chars, news));
  // warm-up (JIT) on plain news
  const warm = make("plain", 20_000);
  const warmArticle = loadText(warm);
  const warmDoc = toDocument(warmArticle);
  for (let k = 0; k < 2; k++) for (const s of STAGES) runStage(s, warm, warmArticle, warmDoc);
  for (const kb of sizes) {
    const text = make(pattern, kb * 1000);
    const article = loadText(text);
    const doc = toDocument(article);
    for (const stage of STAGES) {
      let best = Infinity;
      let spent = 0;
      // best of three runs at least (the machine is shared: a single run measures the neighbours too),
      // of up to five within a second
      for (let runs = 0; runs < 5 && (runs < MIN_RUNS || spent < 1000); runs++) {
        gc();
        const t = process.hrtime.bigint();
        runStage(stage, text, article, doc);
        const ms = Number(process.hrtime.bigint() - t) / 1e6;
        best = Math.min(best, ms);
        spent += ms;
      }
      process.stdout.write(`${JSON.stringify({ kb, stage, ms: best })}\n`);
    }
  }
}

main(process.argv[2], process.argv[3].split(",").map(Number));
