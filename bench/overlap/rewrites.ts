/**
 * Overlap without a cliff: the candidate filter against the all-pairs pass, in the same run, on
 *  1. the bundled story (every pair, relation and passage compared; differences listed);
 *  2. 255 articles: the bundled story, basil-dev, synonym-swapped and partial copies of 20 of them made
 *     here (corpus255.ts, spin.ts) and WikiRef220 articles to fill: time of the whole overlap analysis
 *     both ways, and recall of the copies the generator made (a copy is found when its pair's relation
 *     is copy, rewrite or shared passage), plus every pair the all-pairs pass relates that the filter
 *     does not; `--sources 40` makes 160 copies and no filler (the heaviest mix: 550 related pairs);
 *  3. the filter alone over the 255 articles with one family at a time (which family finds what).
 * Run: npx tsx bench/overlap/rewrites.ts [--skip-all-pairs] [--sources N]
 */
import * as os from "node:os";
import { loadCorpus } from "../../src/corpus/load";
import { analyseOverlapArticles, LIST_ALL_PAIRS_UP_TO, type OverlapOptions, type OverlapResult } from "../../src/overlap/index";
import { candidatePairs } from "../../src/overlap/fingerprint";
import { SHINGLE_FAMILIES } from "../../src/overlap/shingles";
import type { Article } from "../../src/corpus/article";
import { corpus255, STORY, type TruthPair } from "./corpus255";

const now = () => performance.now();
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const RELATED = new Set(["copy", "rewrite", "shared passage"]);
const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Wall time and this process's CPU time (the machine is shared: CPU time is the steadier figure). */
function run(articles: Article[], options: OverlapOptions): { r: OverlapResult; ms: number; cpu: number } {
  const t0 = now();
  const c0 = process.cpuUsage();
  const r = analyseOverlapArticles(articles, options);
  const c = process.cpuUsage(c0);
  return { r, ms: now() - t0, cpu: (c.user + c.system) / 1000 };
}

function related(r: OverlapResult): Map<string, string> {
  return new Map(r.pairs.filter((p) => RELATED.has(p.relation)).map((p) => [key(p.a, p.b), p.relation]));
}

function recall(truth: TruthPair[], found: Map<string, string>): string {
  const kinds = new Map<string, [number, number]>();
  for (const t of truth) {
    const k = kinds.get(t.kind) ?? [0, 0];
    k[1]++;
    if (found.has(key(t.a, t.b))) k[0]++;
    kinds.set(t.kind, k);
  }
  const hit = [...kinds.values()].reduce((s, [h]) => s + h, 0);
  return `${(hit / truth.length).toFixed(3)} (${hit}/${truth.length}; ${[...kinds].map(([k, [h, n]]) => `${k} ${h}/${n}`).join(", ")})`;
}

function relations(r: OverlapResult): string {
  const c = new Map<string, number>();
  for (const p of r.pairs) c.set(p.relation, (c.get(p.relation) ?? 0) + 1);
  return [...c].sort((x, y) => y[1] - x[1]).map(([k, v]) => `${v} ${k}`).join(", ");
}

const skipAll = process.argv.includes("--skip-all-pairs");
console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")} (shared with other work)`);

{
  const { articles } = loadCorpus(STORY);
  const f = run(articles, {}).r;
  const a = run(articles, { strategy: "all pairs" }).r;
  const diffs: string[] = [];
  for (const p of a.pairs) {
    const q = f.pairs.find((x) => x.a === p.a && x.b === p.b);
    if (!q) { diffs.push(`${p.a} × ${p.b}: not listed`); continue; }
    const pa = a.passages.filter((x) => x.a === p.a && x.b === p.b).length;
    const pf = f.passages.filter((x) => x.a === p.a && x.b === p.b).length;
    const qa = a.quotes.filter((x) => x.a === p.a && x.b === p.b).length;
    const qf = f.quotes.filter((x) => x.a === p.a && x.b === p.b).length;
    if (p.relation !== q.relation || p.shared_a !== q.shared_a || p.shared_b !== q.shared_b || pa !== pf || qa !== qf) {
      diffs.push(`${p.a} × ${p.b}: ${p.relation} → ${q.relation}, shared ${p.shared_a}/${p.shared_b} → ${q.shared_a}/${q.shared_b}, passages ${pa} → ${pf}, quote matches ${qa} → ${qf}`);
    }
  }
  const same = JSON.stringify([a.substitutions, a.directions]) === JSON.stringify([f.substitutions, f.directions]);
  console.log(`bundled story: filter aligns ${f.method.pairs_aligned} of ${f.method.pairs_considered} pairs, lists ${f.method.pairs_listed}; ` +
    `substitutions and directions ${same ? "identical" : "DIFFER"}; ${diffs.length === 0 ? "every pair identical" : `pairs that differ from all pairs:\n  ${diffs.join("\n  ")}`}`);
}

const at = process.argv.indexOf("--sources");
const c = corpus255(at > 0 ? Number(process.argv[at + 1]) : 20);
if (!c) {
  console.log("255 articles: basil-dev not found under ../shared/corpora, skipped");
} else {
  const { articles, truth, swapRates, filler } = c;
  const copies = articles.length - 95 - filler;
  console.log(`255 articles: ${articles.length} (5 bundled, 90 basil-dev, ${copies} copies of ${copies / 4} of them, ${filler} WikiRef220); words actually swapped: ` +
    Object.entries(swapRates).map(([k, v]) => `${k} ${(v * 100).toFixed(1)}%`).join(", "));
  for (const family of SHINGLE_FAMILIES) {
    const t0 = now();
    const cands = candidatePairs(articles.map((a) => a.text), { families: [family] });
    const found = new Map(cands.map((p) => [key(articles[p.a].id, articles[p.b].id), "candidate"]));
    console.log(`  filter, ${family.name} family alone: ${cands.length} candidates in ${secs(now() - t0)}; candidate recall ${recall(truth, found)}`);
  }
  const lean = run(articles, {});
  const dRel = related(lean.r);
  console.log(`filter (default at 255 articles: aligned pairs listed): overlap analysis ${secs(lean.ms)} (CPU ${secs(lean.cpu)}); ` +
    `${lean.r.method.pairs_aligned} pairs aligned; ${lean.r.articles.filter((a) => a.words !== null).length} articles tokenised; recall ${recall(truth, dRel)}; ${relations(lean.r)}`);
  const f = run(articles, { listAllPairsUpTo: articles.length });
  const fRel = related(f.r);
  console.log(`filter, every pair listed (the default up to ${LIST_ALL_PAIRS_UP_TO} articles): overlap analysis ${secs(f.ms)} (CPU ${secs(f.cpu)}); ${f.r.method.pairs_aligned} pairs aligned of ${f.r.method.pairs_considered}; recall ${recall(truth, fRel)}; ${relations(f.r)}`);
  if (skipAll) {
    console.log("all pairs: skipped (--skip-all-pairs)");
  } else {
    const a = run(articles, { strategy: "all pairs" });
    const aRel = related(a.r);
    console.log(`all pairs: overlap analysis ${secs(a.ms)} (CPU ${secs(a.cpu)}); ${a.r.method.pairs_aligned} pairs aligned; recall ${recall(truth, aRel)}; ${relations(a.r)}`);
    const missed = [...aRel].filter(([k]) => !dRel.has(k));
    const extra = [...dRel].filter(([k]) => !aRel.has(k));
    const missedListing = [...aRel].filter(([k]) => !fRel.has(k)).length;
    console.log(`filter vs all pairs: ${aRel.size - missed.length} of ${aRel.size} pairs all pairs calls copy, rewrite or shared passage are so called behind the filter ` +
      `(${aRel.size - missedListing} with every pair listed)` +
      `${missed.length ? `; missed: ${missed.map(([k, v]) => `${k} (${v})`).join(", ")}` : ""}${extra.length ? `; only behind the filter: ${extra.length}` : ""}; ` +
      `time ratio all pairs / filter ${(a.ms / lean.ms).toFixed(1)}× (CPU ${(a.cpu / lean.cpu).toFixed(1)}×)`);
  }
}
console.log(`peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB; load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")}`);
