/**
 * The overlap pass over a store: candidate pairs from the signatures join (sql/overlap-candidates.sql),
 * then each pair aligned by the in-memory code (src/overlap, analyseOverlapArticles on the two
 * articles) in worker threads, written as the `pairs` table. Texts are fetched from the store for a
 * chunk of pairs at a time, so memory holds the articles of one chunk, not the collection.
 */
import type { Row } from "./article-rows";
import { DEFAULT_FINGERPRINT } from "../overlap/fingerprint";
import { SHINGLE_FAMILIES } from "../overlap/shingles";
import { tempTableOf } from "./duck";
import type { Store } from "./open";
import { sqlFile } from "./sql";
import { startWorker } from "./worker-thread";
import { alignJob, type PairJob, type PairResult } from "./overlap-worker";
import type { ProgressSink } from "../report/progress";

export interface OverlapPassOptions {
  workers?: number;
  sink?: ProgressSink;
  /** pairs per chunk (texts of one chunk are in memory at once) */
  chunk?: number;
}

/** Candidate pairs (a < b by id) of every family, with the families that proposed each. */
export async function candidateRows(store: Store): Promise<Array<{ a: string; b: string; hits: number; families: string[] }>> {
  const o = DEFAULT_FINGERPRINT;
  const found = new Map<string, { a: string; b: string; hits: number; families: string[] }>();
  for (const f of SHINGLE_FAMILIES) {
    const rows = await store.rows(sqlFile("overlap-candidates", { family: f.name, max_df: f.maxDf, min_shingles: f.minShingles, min_hits: o.minHits, min_share: o.minShare }));
    for (const r of rows) {
      const key = `${r.a}\u0000${r.b}`;
      const seen = found.get(key);
      if (seen) {
        seen.families.push(f.name);
        seen.hits = Math.max(seen.hits, Number(r.hits));
      } else found.set(key, { a: String(r.a), b: String(r.b), hits: Number(r.hits), families: [f.name] });
    }
  }
  return [...found.values()].sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));
}

/** Stored article → the fields analyseOverlapArticles reads, as plain data for a worker. */
const ARTICLE_SQL = `SELECT a.id, a.seq, a.file, a.title, coalesce(o.outlet, a.outlet) AS outlet, a.published, a.published_estimated, a.language, a.encoding,
  t.raw, t.removed FROM articles a JOIN texts t ON t.article = a.id LEFT JOIN outlets o ON o.spelling = a.outlet`;

/** The aligned pairs' rows, a chunk at a time as they are aligned (the caller writes them as they come). */
export async function* overlapPass(store: Store, options: OverlapPassOptions = {}): AsyncGenerator<Row> {
  const pairs = await candidateRows(store);
  const sink = options.sink;
  sink?.stderr(`overlap: ${pairs.length.toLocaleString("en-US")} candidate pairs to align\n`);
  if (pairs.length === 0) return;
  const chunkSize = options.chunk ?? 2000;
  // a worker per core for many pairs; a few pairs (or workers: 0) are aligned in this thread
  const nWorkers = Math.max(0, Math.min(options.workers ?? 1, Math.floor(pairs.length / 50)));
  const workers = Array.from({ length: nWorkers }, () => startWorker("overlap-worker", null));
  try {
    for (let c = 0; c < pairs.length; c += chunkSize) {
      const chunk = pairs.slice(c, c + chunkSize);
      const ids = [...new Set(chunk.flatMap((p) => [p.a, p.b]))];
      await tempTableOf((sql) => store.run(sql), "wanted", "id VARCHAR", ids.map((id) => [id]));
      const articles = await store.rows(`${ARTICLE_SQL} WHERE a.id IN (SELECT id FROM wanted)`);
      const byId = new Map(articles.map((a) => [String(a.id), a]));
      if (nWorkers === 0) {
        const list = alignJob({ pairs: chunk, articles });
        for (const r of list) yield [r.a, r.b, r.shared_a, r.shared_b, r.verbatim_a, r.verbatim_b, r.relation, r.containment, r.detail];
        continue;
      }
      // split the chunk between the workers; each gets the texts its pairs need
      const parts = workers.map((_, w) => chunk.filter((_, i) => i % nWorkers === w));
      const results = await Promise.all(parts.map((part, w) => new Promise<PairResult[]>((resolve, reject) => {
        const worker = workers[w];
        const need = new Set(part.flatMap((p) => [p.a, p.b]));
        const job: PairJob = { pairs: part.map((p) => ({ a: p.a, b: p.b, hits: p.hits, families: p.families })), articles: [...need].map((id) => byId.get(id)!).filter(Boolean) };
        const onMessage = (msg: PairResult[] | { error: string }) => {
          worker.off("error", onError);
          if (Array.isArray(msg)) resolve(msg);
          else reject(new Error(msg.error));
        };
        const onError = (err: Error) => {
          worker.off("message", onMessage);
          reject(err);
        };
        worker.once("message", onMessage);
        worker.once("error", onError);
        worker.postMessage(job);
      })));
      for (const list of results) for (const r of list) yield [r.a, r.b, r.shared_a, r.shared_b, r.verbatim_a, r.verbatim_b, r.relation, r.containment, r.detail];
      sink?.stderr(`overlap: aligned ${Math.min(c + chunkSize, pairs.length).toLocaleString("en-US")} of ${pairs.length.toLocaleString("en-US")} pairs\n`);
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
