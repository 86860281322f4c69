/**
 * bench/worst-case's child process: times every stage on one pattern at each size given and prints
 * one JSON line per size and stage after each round (so a stall loses only what follows).
 *
 * Times are CPU time of this process (user + system, process.cpuUsage), not wall time: the machine
 * is shared, and wall time measured the neighbours as much as the stage. The sizes are measured in
 * interleaved rounds (each round: every size, every stage) and the best round counts, so that a
 * burst of load or a garbage collection hurts one round of every size alike, not one size.
 *
 *   node --require tsx/cjs bench/worst-case/child.ts PATTERN 50,100,200
 */
import * as v8 from "node:v8";
import * as vm from "node:vm";
import { PATTERNS, plainNews } from "../../test/robustness/patterns";
import { toDocument } from "../../src/text/document";
import { newsText } from "./news";
import { loadText, runStage, STAGES, type Stage } from "./stages";

/** rounds (WORST_CASE_ROUNDS=1 for one run per stage, at very large sizes) */
const ROUNDS = Number(process.env.WORST_CASE_ROUNDS ?? 3);

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

function cpuMs(run: () => void): number {
  gc();
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

function main(pattern: string, sizes: number[]): void {
  const { text: news } = newsText();
  const make = (p: string, chars: number) => (p === "plain" ? plainNews(chars, news) : PATTERNS[p](chars, news));
  // warm-up (JIT) on plain news
  const warm = make("plain", 20_000);
  const warmArticle = loadText(warm);
  const warmDoc = toDocument(warmArticle);
  for (let k = 0; k < 2; k++) for (const s of STAGES) runStage(s, warm, warmArticle, warmDoc);
  const inputs = sizes.map((kb) => {
    const text = make(pattern, kb * 1000);
    const article = loadText(text);
    return { kb, text, article, doc: toDocument(article) };
  });
  const best = new Map<string, number>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const { kb, text, article, doc } of inputs) {
      for (const stage of STAGES) {
        const ms = cpuMs(() => runStage(stage as Stage, text, article, doc));
        const key = `${kb} ${stage}`;
        best.set(key, Math.min(best.get(key) ?? Infinity, ms));
        // the best so far, every round (the parent keeps the last line of each): a stall loses only what follows
        process.stdout.write(`${JSON.stringify({ kb, stage, ms: best.get(key) })}\n`);
      }
    }
  }
}

main(process.argv[2], process.argv[3].split(",").map(Number));
