/**
 * A mutation fuzzer for time: mutated news (test/robustness/mutate.ts) run through every stage, each
 * stage timed beside its time per KB on plain news and on the first half of the same text. An input
 * is reported when a stage takes over 100 ms and either more than FACTOR × plain news's time per KB
 * for its size, or more than 3× plain's and more than 3× its time on the half (linear is 2×; best of two). Reported texts
 * are written to FUZZ_OUT (default the system's temporary folder).
 *
 *   npx tsx bench/worst-case/fuzz.ts [--count 300] [--seed 1] [--kb 40] [--factor 20]
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { mutant } from "../../test/robustness/mutate";
import { plainNews } from "../../test/robustness/patterns";
import { CorpusError } from "../../src/corpus/article";
import { toDocument } from "../../src/text/document";
import { newsText } from "./news";
import { loadText, runStage, STAGES, type Stage } from "./stages";

function numberArg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function timeStage(stage: Stage, text: string, article: ReturnType<typeof loadText>, doc: ReturnType<typeof toDocument>): number {
  const t = process.hrtime.bigint();
  runStage(stage, text, article, doc);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

function main(): void {
  const count = numberArg("--count", 300);
  const seed0 = numberArg("--seed", 1);
  const kb = numberArg("--kb", 40);
  const factor = numberArg("--factor", 20);
  const out = process.env.FUZZ_OUT ?? os.tmpdir();
  const { text: news } = newsText();
  // plain news's time per KB, each stage (best of three, after a warm-up)
  const plain = plainNews(kb * 1000, news);
  const plainArticle = loadText(plain);
  const plainDoc = toDocument(plainArticle);
  const perKb = new Map<Stage, number>();
  for (const stage of STAGES) {
    timeStage(stage, plain, plainArticle, plainDoc);
    perKb.set(stage, Math.min(...[0, 1, 2].map(() => timeStage(stage, plain, plainArticle, plainDoc))) / kb);
  }
  console.log(`plain news ms/KB: ${STAGES.map((s) => `${s} ${perKb.get(s)!.toFixed(2)}`).join(", ")}`);
  let flagged = 0;
  const started = Date.now();
  for (let k = 0; k < count; k++) {
    const seed = seed0 + k;
    const start = (seed * 7919) % Math.max(1, news.length - kb * 1000);
    const { text, name } = mutant(news.slice(start, start + kb * 1000), seed, kb * 2000);
    const size = Math.max(1, text.length / 1000);
    const slow: string[] = [];
    try {
      const article = loadText(text);
      const doc = toDocument(article);
      const half = text.slice(0, text.length >> 1);
      const halfArticle = half.trim() ? loadText(half) : null;
      const halfDoc = halfArticle ? toDocument(halfArticle) : null;
      for (const stage of STAGES) {
        let ms = timeStage(stage, text, article, doc);
        if (ms <= 100) continue;
        ms = Math.min(ms, timeStage(stage, text, article, doc));
        const halfMs = halfArticle && halfDoc ? Math.min(timeStage(stage, half, halfArticle, halfDoc), timeStage(stage, half, halfArticle, halfDoc)) : 0;
        // growing faster than the text counts once a stage is also slow for its size (GC and content make small times noisy)
        const grows = halfMs > 0 && ms / halfMs > 3 && ms > 3 * perKb.get(stage)! * size;
        if (ms > 100 && (grows || ms > factor * perKb.get(stage)! * size)) slow.push(`${stage} ${ms.toFixed(0)} ms (${(ms / size / perKb.get(stage)!).toFixed(0)}× plain/KB, ${halfMs > 0 ? (ms / halfMs).toFixed(1) : "—"}× its half)`);
      }
    } catch (err) {
      if (err instanceof CorpusError) continue; // refused with a clear message (an empty file): not a failure
      slow.push(`crash: ${(err as Error).stack?.split("\n").slice(0, 3).join(" | ")}`);
    }
    if (slow.length > 0) {
      flagged++;
      const file = path.join(out, `fuzz-${seed}.txt`);
      fs.writeFileSync(file, text);
      console.log(`seed ${seed} ${name} ${size.toFixed(0)} KB: ${slow.join("; ")} → ${file}`);
    }
  }
  console.log(`${count} inputs, ${flagged} flagged, ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main();
