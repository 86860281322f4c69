/**
 * `newscompare ingest`: records streamed from files (src/corpus/stream), each turned into an Article
 * here (the loader's `toArticle`) so the store decides at once what to skip, then analysed in worker
 * threads that write Parquet batches, which this thread commits (rename, then store.json).
 *
 * Memory stays bounded: at most `workers × inFlight` articles wait for a worker, and each worker holds
 * at most one batch of rows. Ids decide what is stored: an id already in the store is skipped (with
 * `replace`, re-ingested when its content changed), and a second record with an id seen in this run
 * is a warning, not a second row.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import type { Worker } from "node:worker_threads";
import { warningDigest } from "./warning-digest";
import type { LoadOptions } from "../corpus/load";
import type { ProgressSink } from "../report/progress";
import { streamArticles } from "../corpus/stream/articles";
import { inputBytes } from "../corpus/stream/records";
import { articleDigest } from "./article-rows";
import { closeDuck, openDuck, rowsOf, sqlString, type Duck } from "./duck";
import { createBatchWriter, type FromWriter as FromWorker, type ToWriter as ToWorker, type WriterSetup as WorkerSetup } from "./batch-writer";
import { batchFile, openForWrite, tempFile, writeState, type StoreState } from "./layout";
import { createRateProgress } from "./progress";
import { withoutIds } from "./remove";
import { ARTICLE_TABLES } from "./schema";
import { startWorker } from "./worker-thread";
import { runPasses, type PassOptions } from "./passes";

export interface IngestOptions extends LoadOptions {
  /** worker threads; default one per core; 0 analyses in this thread (tests, a handful of files) */
  workers?: number;
  /** articles per batch file; default 1,000 (a worker holds one batch's rows: memory) */
  batchSize?: number;
  /** re-ingest articles whose content changed since they were stored */
  replace?: boolean;
  /** run the corpus-level passes (outlets, speakers, events, overlap pairs) at the end; default true */
  passes?: boolean;
  passOptions?: PassOptions;
  /** where warnings and progress go; default silent */
  sink?: ProgressSink;
}

export interface IngestSummary {
  /** articles read from the inputs (including skipped ones) */
  read: number;
  stored: number;
  /** already in the store (unchanged) */
  skipped: number;
  replaced: number;
  /** a second record with an id already read in this run */
  duplicates: number;
  /** records or files that could not be read or analysed */
  problems: number;
  batches: number;
  seconds: number;
  bytes: number;
}

const IN_FLIGHT = 24;

export async function ingest(paths: string[], dir: string, options: IngestOptions = {}): Promise<IngestSummary> {
  const started = Date.now();
  const sink = options.sink ?? { stderr: () => {}, isTTY: false };
  let state = openForWrite(dir);
  const duck = await openDuck();
  const summary: IngestSummary = { read: 0, stored: 0, skipped: 0, replaced: 0, duplicates: 0, problems: 0, batches: 0, seconds: 0, bytes: 0 };
  const line = (s: string) => sink.stderr(`${s}\n`);
  try {
    const known = await storedDigests(duck, dir, state);
    const totalBytes = inputBytes(paths);
    const progress = createRateProgress(sink, "ingest", totalBytes);
    const nWorkers = Math.max(0, options.workers ?? os.availableParallelism?.() ?? os.cpus().length);
    const batchSize = Math.max(1, options.batchSize ?? 1000);
    const claimed = new Set<string>();
    const replacing = new Set<string>();
    const written = new Set<string>();
    let seq = await nextSeq(duck, dir, state);
    let commits: Promise<void> = Promise.resolve();
    let failure: Error | null = null;

    const commit = async (msg: Extract<FromWorker, { type: "batch" }>) => {
      // a batch name is never reused (layout.ts); were it, a rename would silently replace committed rows
      if (fs.existsSync(batchFile(dir, "articles", msg.batch))) throw new Error(`batch ${msg.batch} exists already; nothing was replaced`);
      for (const t of ARTICLE_TABLES) fs.renameSync(tempFile(dir, t, msg.batch), batchFile(dir, t, msg.batch));
      written.add(msg.batch);
      let next: StoreState = { ...state, batches: [...state.batches, { id: msg.batch, articles: msg.ids.length }] };
      let garbage: string[] = [];
      const old = msg.ids.filter((id) => replacing.has(id));
      if (old.length > 0) {
        const r = await withoutIds(duck.connection, dir, next, old, written);
        next = r.state;
        garbage = r.garbage;
        summary.replaced += r.removed;
      }
      writeState(dir, next);
      state = next;
      for (const f of garbage) fs.rmSync(f, { force: true });
      summary.stored += msg.ids.length;
      summary.batches++;
    };

    const workers: Array<{ worker: Pick<Worker, "postMessage" | "terminate">; load: number; finished: Promise<void> }> = [];
    let wake: (() => void) | null = null;
    for (let i = 0; i < Math.max(1, nWorkers); i++) {
      const setup: WorkerSetup = { dir, index: i, batchSize, roots: paths };
      let resolveFinished!: () => void;
      const onMessage = (msg: FromWorker) => {
        if (msg.type === "done" || msg.type === "failed") {
          entry.load--;
          if (msg.type === "failed") {
            summary.problems++;
            progress.note(`${msg.file}: ${msg.id}: ${msg.problem}`);
          }
          wake?.();
        } else if (msg.type === "batch") {
          commits = commits.then(() => commit(msg)).catch((err) => {
            failure ??= err as Error;
          });
        } else if (msg.type === "finished") resolveFinished();
        else if (msg.type === "error") {
          failure ??= new Error(`writing a batch failed: ${msg.message}`);
          resolveFinished();
          wake?.();
        }
      };
      let worker: Pick<Worker, "postMessage" | "terminate">;
      if (nWorkers === 0) {
        // in this thread: the same writer, its messages delivered as a worker's would be (asynchronously)
        const handle = createBatchWriter(setup, (msg) => setImmediate(() => onMessage(msg)));
        worker = { postMessage: (msg: ToWorker) => handle(msg), terminate: async () => 0 };
      } else {
        const thread = startWorker("ingest-worker", setup);
        thread.on("message", onMessage);
        thread.on("error", (err) => {
          failure ??= err;
          resolveFinished();
          wake?.();
        });
        worker = thread;
      }
      const entry = { worker, load: 0, finished: new Promise<void>((r) => (resolveFinished = r)) };
      workers.push(entry);
    }

    let bytes = 0;
    // the first few warnings of each kind, then one line per kind: a big file's repeated warning is not a flood
    const warnings = warningDigest((line) => progress.note(line));
    const articles = streamArticles(paths, {
      ...options,
      onProblem: (p) => {
        summary.problems++;
        progress.note(`${p.file}: ${p.problem}`);
      },
      onWarning: (w) => warnings.warn(w.file, w.message),
      onBytes: (n) => (bytes += n),
    });
    for await (const article of articles) {
      if (failure) break;
      summary.read++;
      progress.update({ bytes, articles: summary.read });
      const id = article.id;
      if (claimed.has(id)) {
        summary.duplicates++;
        warnings.warn(article.file, `duplicate id '${id}'; the first record with it is kept`);
        continue;
      }
      claimed.add(id);
      const stored = known.get(id);
      if (stored !== undefined) {
        if (!options.replace || stored === articleDigest(article)) {
          summary.skipped++;
          continue;
        }
        replacing.add(id);
      }
      // wait for a worker with room: bounded memory whatever the input's size
      let target = workers.reduce((a, b) => (b.load < a.load ? b : a));
      while (target.load >= IN_FLIGHT && !failure) {
        await new Promise<void>((r) => (wake = r));
        wake = null;
        target = workers.reduce((a, b) => (b.load < a.load ? b : a));
      }
      if (failure) break;
      target.load++;
      target.worker.postMessage({ type: "article", article, seq: seq++ } satisfies ToWorker);
    }
    warnings.finish();
    for (const w of workers) w.worker.postMessage({ type: "finish" } satisfies ToWorker);
    await Promise.all(workers.map((w) => w.finished));
    await commits;
    await Promise.all(workers.map((w) => w.worker.terminate()));
    progress.done();
    summary.bytes = bytes;
    if (failure) throw failure;
    if (options.passes !== false && summary.stored + summary.replaced > 0) {
      line(`ingest: corpus passes (outlets, speakers, events, overlap pairs) over ${state.batches.reduce((n, b) => n + b.articles, 0).toLocaleString("en-US")} articles`);
      await runPasses(dir, { ...options.passOptions, sink, workers: nWorkers });
    }
  } finally {
    closeDuck(duck);
  }
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}

/** id → digest of every stored article. */
async function storedDigests(duck: Duck, dir: string, state: StoreState): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (state.batches.length === 0) return out;
  const files = state.batches.map((b) => sqlString(batchFile(dir, "articles", b.id))).join(", ");
  for (const r of await rowsOf(duck.connection, `SELECT id, digest FROM read_parquet([${files}])`)) out.set(String(r.id), String(r.digest));
  return out;
}

async function nextSeq(duck: Duck, dir: string, state: StoreState): Promise<number> {
  if (state.batches.length === 0) return 0;
  const files = state.batches.map((b) => sqlString(batchFile(dir, "articles", b.id))).join(", ");
  const [r] = await rowsOf(duck.connection, `SELECT coalesce(max(seq) + 1, 0) AS n FROM read_parquet([${files}])`);
  return Number(r.n);
}
