/**
 * What an ingest worker does, as a plain object so it can also run in the main thread (`--workers 0`,
 * tests): analyse each article it is handed (article-rows.ts), keep the rows as text, and every
 * `batchSize` articles (or when told to finish) write one Parquet file per table under a temporary
 * name and report the batch, which the main thread commits (rename, then store.json).
 */
import type { Article } from "../corpus/article";
import { articleRows, type ArticleRows } from "./article-rows";
import { closeDuck, openDuck, type Duck } from "./duck";
import { newBatchId, tempFile } from "./layout";
import { CsvBuffer } from "./parquet-batch";
import { ARTICLE_TABLES, TABLES } from "./schema";
import * as path from "node:path";

export interface WriterSetup {
  dir: string;
  index: number;
  batchSize: number;
  /** the paths the ingest was given, for the story a sub-folder names */
  roots: string[];
}

export type ToWriter = { type: "article"; article: Article; seq: number } | { type: "finish" };
export type FromWriter =
  | { type: "done"; id: string; seq: number }
  | { type: "failed"; id: string; file: string; problem: string }
  | { type: "batch"; batch: string; ids: string[]; rows: Record<string, number> }
  | { type: "finished" }
  | { type: "error"; message: string };

export function createBatchWriter(setup: WriterSetup, post: (msg: FromWriter) => void): (msg: ToWriter) => void {
  let duck: Duck | null = null;
  let batchNo = 0;
  let batch = newBatchId(setup.index, batchNo);
  let ids: string[] = [];
  // tables of words and numbers as CSV, tables holding text as JSON lines (see parquet-batch.ts)
  const buffers = Object.fromEntries(ARTICLE_TABLES.map((t) => [t, new CsvBuffer(TABLES[t], t !== "terms" && t !== "signatures")])) as Record<keyof ArticleRows, CsvBuffer>;
  let queue: Promise<void> = Promise.resolve();

  const flush = async (): Promise<void> => {
    if (ids.length === 0) return;
    duck ??= await openDuck({ threads: 1, memoryLimit: "256MB" });
    const rows: Record<string, number> = {};
    for (const t of ARTICLE_TABLES) {
      rows[t] = buffers[t].rows;
      await buffers[t].toParquet(duck.connection, path.join(setup.dir, t, `.tmp-${batch}.txt`), tempFile(setup.dir, t, batch));
    }
    post({ type: "batch", batch, ids, rows });
    ids = [];
    batch = newBatchId(setup.index, ++batchNo);
  };

  const analyse = (article: Article, seq: number): void => {
    let rows: ArticleRows;
    try {
      rows = articleRows(article, seq, batch, setup.roots);
    } catch (err) {
      // one article's failure is that article's problem, named, never the run's
      post({ type: "failed", id: article.id, file: article.file, problem: `analysis failed: ${(err as Error)?.message ?? String(err)}` });
      return;
    }
    buffers.articles.add(rows.articles);
    buffers.texts.add(rows.texts);
    for (const r of rows.terms) buffers.terms.add(r);
    for (const r of rows.mentions) buffers.mentions.add(r);
    for (const r of rows.quotes) buffers.quotes.add(r);
    for (const r of rows.signatures) buffers.signatures.add(r);
    ids.push(article.id);
    post({ type: "done", id: article.id, seq });
  };

  return (msg) => {
    // in order: a flush (async, DuckDB) must finish before the next article joins the next batch
    queue = queue
      .then(async () => {
        if (msg.type === "article") {
          analyse(msg.article, msg.seq);
          if (ids.length >= setup.batchSize) await flush();
        } else {
          await flush();
          if (duck) closeDuck(duck);
          duck = null;
          post({ type: "finished" });
        }
      })
      .catch((err: unknown) => {
        // a batch that cannot be written (disk full, DuckDB error) stops the run: the main thread says why
        post({ type: "error", message: (err as Error)?.message ?? String(err) });
      });
  };
}
