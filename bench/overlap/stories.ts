/**
 * Acceptance checks of the overlap analysis on real stories, to rerun whenever the sentence-similarity
 * model changes (bench/overlap/train-similarity.ts --write):
 *  - the bundled story: shared both ways of every pair and its relation (the rewritten pair must stay
 *    ≥ 0.8 both ways and `rewrite`, every other pair ≤ 0.3);
 *  - basil-dev (30 events × 3 outlets, independent reporting): relation counts, cross-outlet pairs called
 *    copy or rewrite (must be none unless the note shows the passage), and the highest cross-outlet shares.
 * Run: npx tsx bench/overlap/stories.ts
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { loadCorpus } from "../../src/corpus/load";
import { analyseOverlapArticles, type OverlapResult } from "../../src/overlap/index";

const STORY = path.resolve(__dirname, "../../data/trump-putin-call");
const BASIL = path.resolve(__dirname, "../../..", "shared/corpora/stories/basil-dev");
const now = () => performance.now();

function run(folder: string): { r: OverlapResult; outlet: Map<string, string>; ms: number } {
  const t0 = now();
  const { articles } = loadCorpus(folder);
  const r = analyseOverlapArticles(articles);
  return { r, outlet: new Map(articles.map((a) => [a.id, a.outlet.toLowerCase()])), ms: now() - t0 };
}

function counts(r: OverlapResult): string {
  const c = new Map<string, number>();
  for (const p of r.pairs) c.set(p.relation, (c.get(p.relation) ?? 0) + 1);
  return [...c].sort((x, y) => y[1] - x[1]).map(([k, v]) => `${k} ${v}`).join(", ");
}

{
  const { r, ms } = run(STORY);
  console.log(`bundled story: ${r.pairs.length} pairs in ${(ms / 1000).toFixed(2)} s`);
  let ok = true;
  for (const p of r.pairs) {
    const rewritten = p.a.startsWith("abc-") && p.b.startsWith("abc-");
    const pass = rewritten
      ? p.shared_a >= 0.8 && p.shared_b >= 0.8 && p.relation === "rewrite"
      : p.shared_a <= 0.3 && p.shared_b <= 0.3 && p.relation !== "copy" && p.relation !== "rewrite";
    ok &&= pass;
    console.log(`  ${pass ? "ok  " : "FAIL"} ${p.a} × ${p.b}: shared ${p.shared_a.toFixed(3)} / ${p.shared_b.toFixed(3)}, ${p.relation}`);
  }
  console.log(`bundled story acceptance: ${ok ? "holds" : "BROKEN"}`);
}

if (!fs.existsSync(BASIL)) {
  console.log(`basil-dev not found at ${BASIL}: skipped`);
} else {
  const { r, outlet, ms } = run(BASIL);
  const cross = r.pairs.filter((p) => outlet.get(p.a) !== outlet.get(p.b));
  const flagged = cross.filter((p) => p.relation === "copy" || p.relation === "rewrite");
  console.log(`basil-dev: ${r.pairs.length} pairs in ${(ms / 1000).toFixed(2)} s; relations: ${counts(r)}`);
  console.log(`basil-dev: ${flagged.length} cross-outlet pairs called copy or rewrite`);
  for (const p of flagged) console.log(`  ${p.a} × ${p.b}: ${p.relation} — ${p.evidence.note}`);
  const top = cross.map((p) => ({ p, s: Math.max(p.shared_a, p.shared_b) })).sort((x, y) => y.s - x.s).slice(0, 5);
  console.log(`basil-dev: highest cross-outlet shared: ${top.map(({ p, s }) => `${s.toFixed(3)} (${p.relation})`).join(", ")}`);
  const passages = r.passages.filter((q) => outlet.get(q.a) !== outlet.get(q.b)).length;
  console.log(`basil-dev: ${passages} cross-outlet passages aligned`);
}
