/**
 * Extraction throughput on news text (allsides-baly2020), beside raw chrono-node (`chrono.parse`,
 * whole article per call) on the same text in the same run. A sample: the first ~6 MB of article
 * text (set TIMELINE_BENCH_MB to change). Both runs use each article's own date as reference.
 *
 *   npx tsx bench/timeline/throughput.ts
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as chrono from "chrono-node";
import type { Article } from "../../src/corpus/article";
import { extractMentions } from "../../src/timeline/extract";
import { splitSentences } from "../../src/timeline/sentences";

const FILE = path.resolve(__dirname, "../../..", "shared/corpora/bench/allsides-baly2020/articles_110MB.jsonl");
const MB = Number(process.env.TIMELINE_BENCH_MB ?? 6);

function sample(): Article[] {
  const out: Article[] = [];
  let bytes = 0;
  const fd = fs.openSync(FILE, "r");
  const buf = Buffer.alloc(MB * 1.6 * 1024 * 1024);
  const n = fs.readSync(fd, buf, 0, buf.length, 0);
  fs.closeSync(fd);
  for (const line of buf.subarray(0, n).toString("utf8").split("\n")) {
    if (bytes >= MB * 1024 * 1024) break;
    let rec: { ID?: string; text?: string; date?: string };
    try {
      rec = JSON.parse(line);
    } catch {
      continue; // the last, cut line
    }
    if (!rec.text) continue;
    const published = /^\d{4}-\d{2}-\d{2}$/.test(rec.date ?? "") ? rec.date! : null;
    out.push({ id: rec.ID ?? String(out.length), file: FILE, title: null, outlet: "unknown", published, publishedEstimated: false, language: "en", raw: rec.text, text: rec.text, removed: [], encoding: "utf-8", meta: {} });
    bytes += Buffer.byteLength(rec.text);
  }
  return out;
}

function main() {
  if (!fs.existsSync(FILE)) {
    console.log(`allsides-baly2020 not found at ${FILE}: skipped`);
    return;
  }
  const articles = sample();
  const mb = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1024 / 1024;
  const ref = (a: Article) => new Date(`${a.published ?? "2020-01-01"}T12:00:00`);
  // warm both up (JIT) on the first 30 articles before timing
  for (const a of articles.slice(0, 30)) {
    extractMentions(a, { reference: a.published ?? "2020-01-01" });
    chrono.parse(a.text, ref(a));
  }

  let t = process.hrtime.bigint();
  let rawCount = 0;
  for (const a of articles) rawCount += chrono.parse(a.text, ref(a)).length;
  const rawS = Number(process.hrtime.bigint() - t) / 1e9;

  t = process.hrtime.bigint();
  let ours = 0;
  for (const a of articles) ours += extractMentions(a, { reference: a.published ?? "2020-01-01", doc: { article: a, tokens: [], sentences: splitSentences(a.text).map((s) => ({ ...s, tokenStart: 0, tokenEnd: 0, paragraph: 0 })) } }).length;
  const oursS = Number(process.hrtime.bigint() - t) / 1e9;

  console.log(`sample: ${articles.length} articles, ${mb.toFixed(1)} MB of text (first ${MB} MB of ${path.basename(FILE)})`);
  console.log(`raw chrono-node (chrono.parse per article): ${(mb / rawS).toFixed(2)} MB/s, ${rawCount} results, ${rawS.toFixed(1)} s`);
  console.log(`newscompare extractMentions (own sentence split): ${(mb / oursS).toFixed(2)} MB/s, ${ours} mentions, ${oursS.toFixed(1)} s`);
  console.log(`ratio newscompare / raw chrono: ${(rawS / oursS).toFixed(2)}×`);
}

main();
