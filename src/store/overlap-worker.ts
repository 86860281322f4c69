/**
 * Aligns candidate pairs for the overlap pass: each pair through the in-memory overlap code
 * (analyseOverlapArticles on the two articles, every pair aligned), after the filter's exact
 * containment gate on the full shingle sets.
 */
import { parentPort } from "node:worker_threads";
import type { Article, RemovedSpan } from "../corpus/article";
import { blankSpans } from "../corpus/clean";
import { analyseOverlapArticles } from "../overlap/index";
import { containment } from "../overlap/fingerprint";
import { articleShingles, SHINGLE_FAMILIES } from "../overlap/shingles";

export interface PairJob {
  pairs: Array<{ a: string; b: string; hits: number; families: string[] }>;
  articles: Array<Record<string, unknown>>;
}

export interface PairResult {
  a: string;
  b: string;
  shared_a: number;
  shared_b: number;
  verbatim_a: number;
  verbatim_b: number;
  relation: string;
  containment: number;
  /** the pair's score, passages, quotes, substitutions and direction as JSON */
  detail: string;
}

/** A stored article back as an Article: `text` is `raw` with the removed spans blanked, as the loader made it. */
export function storedArticle(r: Record<string, unknown>): Article {
  const raw = String(r.raw);
  const removed = JSON.parse(String(r.removed)) as RemovedSpan[];
  return {
    id: String(r.id), file: String(r.file), title: r.title === null ? null : String(r.title), outlet: String(r.outlet),
    published: r.published === null ? null : String(r.published), publishedEstimated: Boolean(r.published_estimated),
    language: String(r.language), raw, text: blankSpans(raw, removed), removed, encoding: String(r.encoding), meta: {},
  };
}

/**
 * One candidate pair: kept when a family that proposed it finds the exact containment it needs in the
 * two full shingle sets (the filter's last step), then aligned by the in-memory overlap code.
 */
export function alignPair(a: Article, b: Article, families: string[]): PairResult | null {
  const sa = articleShingles(a.text, SHINGLE_FAMILIES);
  const sb = articleShingles(b.text, SHINGLE_FAMILIES);
  let share = -1;
  SHINGLE_FAMILIES.forEach((f, k) => {
    if (!families.includes(f.name)) return;
    const c = containment(sa[k], sb[k]);
    if (c >= f.minContainment) share = Math.max(share, c);
  });
  if (share < 0) return null;
  const r = analyseOverlapArticles([a, b], { strategy: "all pairs" });
  const p = r.pairs[0];
  return {
    a: p.a, b: p.b, shared_a: p.shared_a, shared_b: p.shared_b, verbatim_a: p.verbatim_a, verbatim_b: p.verbatim_b, relation: p.relation, containment: share,
    detail: JSON.stringify({ pair: p, passages: r.passages, quotes: r.quotes, substitutions: r.substitutions, directions: r.directions }),
  };
}

/** Align a job's pairs (kept when they pass the containment gate). */
export function alignJob(job: PairJob): PairResult[] {
  const byId = new Map(job.articles.map((r) => [String(r.id), storedArticle(r)]));
  const seq = new Map(job.articles.map((r) => [String(r.id), Number(r.seq)]));
  const out: PairResult[] = [];
  for (const p of job.pairs) {
    const a = byId.get(p.a);
    const b = byId.get(p.b);
    if (!a || !b) continue;
    // in ingest order, as the in-memory path pairs articles in load order
    const r = seq.get(p.a)! <= seq.get(p.b)! ? alignPair(a, b, p.families) : alignPair(b, a, p.families);
    if (r) out.push(r);
  }
  return out;
}

parentPort?.on("message", (job: PairJob) => {
  try {
    parentPort!.postMessage(alignJob(job));
  } catch (err) {
    parentPort!.postMessage({ error: (err as Error)?.message ?? String(err) });
  }
});
