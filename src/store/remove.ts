/**
 * Taking articles out of a store (`newscompare store remove ID...`, and the old version of an article
 * `--replace` re-ingests). Parquet files are never edited: each batch holding one of the ids is written
 * again without it under a new name, store.json switches to the new batches in one rename, and only
 * then are the old files deleted. A run killed at any point leaves either the old store or the new one.
 */
import * as fs from "node:fs";
import type { DuckDBConnection } from "@duckdb/node-api";
import { rowsOf, sqlString, tempTableOf } from "./duck";
import { batchFile, newBatchId, tempFile, writeState, type StoreState } from "./layout";
import { ARTICLE_TABLES, type TableName } from "./schema";

/** The column naming the article in each per-article table. */
const ARTICLE_COLUMN: Record<TableName, string> = { articles: "id", texts: "article", terms: "article", mentions: "article", quotes: "article", signatures: "article" };

let rewriteCount = 0;

/**
 * A new state without `ids`, with the affected batches rewritten (new files already in place), and
 * the files that become garbage once that state is written. `keep` batches are left alone (the ones
 * this run just wrote).
 */
export async function withoutIds(connection: DuckDBConnection, dir: string, state: StoreState, ids: Iterable<string>, keep: Set<string> = new Set()): Promise<{ state: StoreState; removed: number; garbage: string[] }> {
  const list = [...new Set(ids)];
  if (list.length === 0 || state.batches.length === 0) return { state, removed: 0, garbage: [] };
  await tempTableOf((sql) => connection.run(sql), "gone", "id VARCHAR", list.map((id) => [id]));
  const files = state.batches.filter((b) => !keep.has(b.id)).map((b) => batchFile(dir, "articles", b.id));
  if (files.length === 0) return { state, removed: 0, garbage: [] };
  const hits = await rowsOf(connection, `SELECT batch, count(*) AS n FROM read_parquet([${files.map(sqlString).join(", ")}]) WHERE id IN (SELECT id FROM gone) GROUP BY batch`);
  const affected = new Map(hits.map((h) => [String(h.batch), Number(h.n)]));
  const garbage: string[] = [];
  let removed = 0;
  const batches = [];
  for (const b of state.batches) {
    const n = affected.get(b.id);
    if (n === undefined || keep.has(b.id)) {
      batches.push(b);
      continue;
    }
    removed += n;
    for (const t of ARTICLE_TABLES) garbage.push(batchFile(dir, t, b.id));
    if (n >= b.articles) continue; // nothing left in it
    const id = newBatchId(0, rewriteCount++);
    for (const t of ARTICLE_TABLES) {
      const select = t === "articles" ? `SELECT * REPLACE (${sqlString(id)} AS batch)` : "SELECT *";
      await connection.run(
        `COPY (${select} FROM read_parquet(${sqlString(batchFile(dir, t, b.id))}) WHERE ${ARTICLE_COLUMN[t]} NOT IN (SELECT id FROM gone)) TO ${sqlString(tempFile(dir, t, id))} (FORMAT parquet, COMPRESSION zstd)`,
      );
    }
    for (const t of ARTICLE_TABLES) fs.renameSync(tempFile(dir, t, id), batchFile(dir, t, id));
    batches.push({ id, articles: b.articles - n });
  }
  return { state: { ...state, batches }, removed, garbage };
}

/** Remove articles by id: rewrite, switch store.json, delete the old files. Returns how many were stored. */
export async function removeArticles(connection: DuckDBConnection, dir: string, state: StoreState, ids: string[]): Promise<{ state: StoreState; removed: number }> {
  const r = await withoutIds(connection, dir, state, ids);
  if (r.removed === 0) return { state, removed: 0 };
  writeState(dir, r.state);
  for (const f of r.garbage) fs.rmSync(f, { force: true });
  return { state: r.state, removed: r.removed };
}
