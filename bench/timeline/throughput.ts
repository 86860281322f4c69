/**
 * Extraction throughput on news text (allsides-baly2020), beside raw chrono-node (`chrono.parse`,
 * whole article per call) on the same text in the same run. A sample: the first ~6 MB of article
 * text (set TIMELINE_BENCH_MB to change). Both runs use each article's own date as reference. The
 * two sides run interleaved for TIMELINE_BENCH_ROUNDS rounds (default 5) and the medians are reported,
 * since the machine is shared.
 *
 *   npx tsx bench/timeline/throughput.ts
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as chrono from "chrono-node";
import type { Article } from "../../src/corpus/article";
import { extractMentions } from "../../src/timeline/extract";
import { toDocument } from "../../src/text/document";

const FILE = path.resolve(__dirname, "../../..", "shared/corpora/bench/allsides-baly2020/articles_110MB.jsonl");
const MB = Number(process.env.TIMELINE_BENCH_MB ?? 6);
const ROUNDS = Number(process.env.TIMELINE_BENCH_ROUNDS ?? 5);

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
  // tokens and sentences are timed with ours: the timeline command builds them with toDocument, as here
  const docOf = (a: Article) => toDocument(a);
  const runRaw = () => {
    const t = process.hrtime.bigint();
    let n = 0;
    for (const a of articles) n += chrono.parse(a.text, ref(a)).length;
    return { s: Number(process.hrtime.bigint() - t) / 1e9, n };
  };
  const runOurs = () => {
    const t = process.hrtime.bigint();
    let n = 0;
    for (const a of articles) n += extractMentions(a, { reference: a.published ?? "2020-01-01", doc: docOf(a) }).length;
    return { s: Number(process.hrtime.bigint() - t) / 1e9, n };
  };
  // the machine is shared: interleave the two sides (alternating which goes first) and take medians
  const raws: number[] = [];
  const ourss: number[] = [];
  const ratios: number[] = [];
  let rawCount = 0;
  let ours = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const [r, o] = round % 2 === 0 ? [runRaw(), runOurs()] : (() => { const o = runOurs(); return [runRaw(), o]; })();
    raws.push(r.s);
    ourss.push(o.s);
    ratios.push(r.s / o.s);
    rawCount = r.n;
    ours = o.n;
  }
  const rawS = median(raws);
  const oursS = median(ourss);

  console.log(`sample: ${articles.length} articles, ${mb.toFixed(1)} MB of text (first ${MB} MB of ${path.basename(FILE)}); ${ROUNDS} interleaved rounds, medians; load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} on ${os.cpus().length} cores`);
  console.log(`raw chrono-node (chrono.parse per article): ${(mb / rawS).toFixed(2)} MB/s, ${rawCount} results, ${rawS.toFixed(2)} s`);
  console.log(`newscompare extractMentions (toDocument + extraction): ${(mb / oursS).toFixed(2)} MB/s, ${ours} mentions, ${oursS.toFixed(2)} s`);
  console.log(`ratio newscompare / raw chrono: median ${median(ratios).toFixed(2)}× (rounds ${ratios.map((r) => r.toFixed(2)).join(" ")})`);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

main();
