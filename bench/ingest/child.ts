/**
 * One measured step of bench/ingest in its own process, so its peak RSS is its own (worker threads
 * are in the process, so they count): prints one JSON line.
 *   child.ts ingest DIR STORE WORKERS   the store path (no passes)
 *   child.ts passes STORE WORKERS       the corpus passes (outlets, speakers, events, overlap pairs)
 *   child.ts memory DIR                 the in-memory path: everything loaded, analysed in one thread
 */
import { ingest } from "../../src/store/ingest";
import { runPasses } from "../../src/store/passes";
import { streamArticles } from "../../src/corpus/stream/articles";
import { unifyOutletNames } from "../../src/corpus/outlets";
import type { Article } from "../../src/corpus/article";
import { toDocument } from "../../src/text/document";
import { analyseFrequencies } from "../../src/frequency/analyse";
import { analyseTimeline } from "../../src/timeline/analyse";
import { quoteCorpus } from "../../src/quotes/corpus";
import { analyseOverlapArticles } from "../../src/overlap/index";

async function main(): Promise<void> {
  const [step, a, b, c] = process.argv.slice(2);
  const t = performance.now();
  const out: Record<string, unknown> = { step };
  if (step === "ingest") {
    const s = await ingest([a], b, { workers: Number(c), passes: false, dateOrder: "mdy" });
    Object.assign(out, s);
  } else if (step === "passes") {
    await runPasses(a, { workers: Number(b) });
  } else if (step === "memory") {
    const articles: Article[] = [];
    for await (const x of streamArticles([a], { dateOrder: "mdy" })) articles.push(x);
    unifyOutletNames(articles);
    out.load = (performance.now() - t) / 1000;
    const docs = articles.map(toDocument);
    out.tokenise = (performance.now() - t) / 1000;
    analyseFrequencies(docs, { by: "outlet", phrases: false });
    out.frequencies = (performance.now() - t) / 1000;
    analyseTimeline(docs);
    out.timeline = (performance.now() - t) / 1000;
    quoteCorpus(docs);
    out.quotes = (performance.now() - t) / 1000;
    const docOf = new Map(articles.map((x, i) => [x, docs[i]]));
    analyseOverlapArticles(articles, {}, (x) => docOf.get(x) ?? toDocument(x));
    out.overlap = (performance.now() - t) / 1000;
    out.read = articles.length;
  }
  out.seconds = (performance.now() - t) / 1000;
  out.maxRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  // CPU seconds of the whole process (worker threads included): on a machine shared with other work,
  // wall time says how long it took here, CPU time what it costs
  const cpu = process.cpuUsage();
  out.cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(JSON.stringify(out));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
