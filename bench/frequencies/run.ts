/**
 * Benchmark: tokenise + sentence split + stem + count + keyness over the AllSides corpus (110 MB
 * JSONL, 17,867 articles), against natural's TfIdf on the same text, in the same run.
 *
 *   npx tsx bench/frequencies/run.ts [--sample-mb N] [--no-full]   (the sample is the first N MB, default 10)
 *
 * Each phase runs in its own child process so its peak memory (RSS, sampled every 200 articles and
 * at the end) is its own. Throughput = MB of article text (UTF-8 bytes of the `text` fields) per
 * second of wall time, reading and JSON parsing excluded (done before the clock starts).
 * Ours: "ours" counts through `counter.addArticle`, which runs the text layer's scanner
 * (`scanWords`, the same scan as `tokenize`, without building Token objects) and interns each word by
 * its characters; "ours+sentences" runs the whole toDocument (tokenizer and sentence splitter, which
 * n-grams need but single words do not) and `counter.add`. Both: Porter stems (once per distinct
 * surface), unigram stem counts per article without stopwords, then log-odds with Dirichlet prior
 * (top 10 per article, every article against the rest). Names (findPhrases) are off: it needs a
 * second pass. Both give the same table (test/frequency/counts.test.ts checks addArticle ≡ add).
 * natural: `new TfIdf()`, addDocument(text) per article (its own tokenizer, lower-casing, no
 * stemming), then listTerms(i) for every article (its scores for every term).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Article } from "../../src/corpus/article";
import { createCounter } from "../../src/frequency/counts";
import { distinctive } from "../../src/frequency/keyness";
import { toDocument } from "../../src/text/document";
import { stem } from "../../src/text/stems";
import { stopwordSet } from "../../src/text/stopwords";

const FILE = path.resolve(__dirname, "../../../shared/corpora/bench/allsides-baly2020/articles_110MB.jsonl");

function readTexts(limitBytes = Infinity): { ids: string[]; texts: string[]; bytes: number } {
  const ids: string[] = [];
  const texts: string[] = [];
  let bytes = 0;
  for (const line of fs.readFileSync(FILE, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const rec = JSON.parse(line) as { ID?: string; text?: string };
    if (typeof rec.text !== "string") continue;
    const b = Buffer.byteLength(rec.text, "utf8");
    if (bytes + b > limitBytes) break;
    ids.push(rec.ID ?? `#${ids.length}`);
    texts.push(rec.text);
    bytes += b;
  }
  return { ids, texts, bytes };
}

function article(id: string, text: string): Article {
  return { id, file: FILE, title: null, outlet: "unknown", published: null, publishedEstimated: false, language: "en", raw: text, text, removed: [], encoding: "utf-8", meta: {} };
}

interface PhaseResult {
  phase: string;
  articles: number;
  mb: number;
  seconds: number;
  /** user + system CPU seconds of the measured part: what one core spent, whatever else the machine ran */
  cpuSeconds: number;
  peakRssMb: number;
  detail: Record<string, number>;
}

function phaseOurs(limitBytes: number, full: boolean): PhaseResult {
  const { ids, texts, bytes } = readTexts(limitBytes);
  let peak = process.memoryUsage().rss;
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const counter = createCounter({ unit: "stem", stem, numbers: false, stopwords: stopwordSet(), phrases: null, ngram: 1, by: "article" });
  let tokens = 0;
  for (let i = 0; i < texts.length; i++) {
    // Single-word counts need no sentences nor tokens: `addArticle` scans the text; `full` builds the Document.
    const a = article(ids[i], texts[i]);
    if (full) {
      const doc = toDocument(a);
      tokens += doc.tokens.length;
      counter.add(doc);
    } else counter.addArticle(a);
    if (i % 200 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  const t1 = process.hrtime.bigint();
  const table = counter.finish();
  const rows = distinctive(table, { method: "logodds", top: 10, minCount: 3 });
  const t2 = process.hrtime.bigint();
  const cpu = process.cpuUsage(c0);
  peak = Math.max(peak, process.memoryUsage().rss);
  const seconds = Number(t2 - t0) / 1e9;
  return {
    phase: full ? "ours+sentences" : "ours",
    articles: texts.length,
    mb: bytes / 1e6,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakRssMb: peak / 1e6,
    detail: { ...(full ? { tokens } : {}), words: table.words, terms: table.terms.length, distinctiveRows: rows.length, countSeconds: Number(t1 - t0) / 1e9, keynessSeconds: Number(t2 - t1) / 1e9 },
  };
}

function phaseNatural(limitBytes: number): PhaseResult {
  process.env.DOTENV_CONFIG_QUIET = "true";
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const natural = require("natural") as { TfIdf: new () => { addDocument(t: string): void; listTerms(i: number): Array<{ term: string; tfidf: number }> } };
  const { texts, bytes } = readTexts(limitBytes);
  let peak = process.memoryUsage().rss;
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const tfidf = new natural.TfIdf();
  for (let i = 0; i < texts.length; i++) {
    tfidf.addDocument(texts[i]);
    if (i % 200 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  const t1 = process.hrtime.bigint();
  let listed = 0;
  for (let i = 0; i < texts.length; i++) {
    listed += tfidf.listTerms(i).slice(0, 10).length;
    if (i % 200 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  const t2 = process.hrtime.bigint();
  const cpu = process.cpuUsage(c0);
  peak = Math.max(peak, process.memoryUsage().rss);
  return {
    phase: "natural TfIdf",
    articles: texts.length,
    mb: bytes / 1e6,
    seconds: Number(t2 - t0) / 1e9,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakRssMb: peak / 1e6,
    detail: { addSeconds: Number(t1 - t0) / 1e9, listSeconds: Number(t2 - t1) / 1e9, addMBps: bytes / 1e6 / (Number(t1 - t0) / 1e9), listed },
  };
}

function child(phase: string, limitBytes: number): PhaseResult {
  const r = spawnSync(process.execPath, [...process.execArgv, __filename, "--phase", phase, "--limit", String(limitBytes)], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) throw new Error(`${phase} failed: ${r.stderr.trim().split("\n").slice(-3).join(" | ")}`);
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as PhaseResult;
}

function line(r: PhaseResult): string {
  return `${r.phase.padEnd(14)} ${r.articles.toString().padStart(6)} articles  ${r.mb.toFixed(1).padStart(6)} MB  ${r.seconds.toFixed(2).padStart(7)} s  ${(r.mb / r.seconds).toFixed(2).padStart(6)} MB/s wall, ${(r.mb / r.cpuSeconds).toFixed(2).padStart(6)} MB/s per CPU second  peak RSS ${r.peakRssMb.toFixed(0)} MB  ${JSON.stringify(r.detail)}`;
}

function main(): void {
  const args = process.argv.slice(2);
  const phaseAt = args.indexOf("--phase");
  if (phaseAt >= 0) {
    const limit = Number(args[args.indexOf("--limit") + 1]);
    const phase = args[phaseAt + 1];
    stem("warm"); // load natural's stemmer before the clock starts
    const r = phase === "natural" ? phaseNatural(limit) : phaseOurs(limit, phase === "ours+sentences");
    process.stdout.write(`${JSON.stringify(r)}\n`);
    return;
  }
  if (!fs.existsSync(FILE)) {
    console.log(`bench/frequencies: ${path.relative(process.cwd(), FILE)} not found, skipping`);
    return;
  }
  const sampleAt = args.indexOf("--sample-mb");
  const sample = (sampleAt >= 0 ? Number(args[sampleAt + 1]) : 10) * 1e6;
  console.log(`bench/frequencies: ${FILE}`);
  console.log(`load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")} on ${os.cpus().length} cores (other work on the machine slows every line alike)`);
  const nat = child("natural", sample);
  console.log(line(nat));
  for (const phase of ["ours", "ours+sentences"]) {
    const r = child(phase, sample);
    console.log(line(r));
    console.log(`  ratio on the same ${nat.mb.toFixed(1)} MB sample: ${phase} = ${(r.mb / r.seconds / (nat.mb / nat.seconds)).toFixed(2)}× natural's TfIdf throughput (wall), ${(r.mb / r.cpuSeconds / (nat.mb / nat.cpuSeconds)).toFixed(2)}× (CPU)`);
  }
  if (args.includes("--no-full")) return;
  for (const phase of ["ours", "ours+sentences"]) {
    const full = child(phase, Infinity);
    console.log(line(full));
    console.log(`  full file, ${phase}: ${(full.mb / full.seconds).toFixed(2)} MB/s wall, ${(full.mb / full.cpuSeconds).toFixed(2)} MB/s per CPU second (target ≥ 20 on one core), peak RSS ${full.peakRssMb.toFixed(0)} MB (target < 2000)`);
  }
}

main();
