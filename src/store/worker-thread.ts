import * as path from "node:path";
import { Worker } from "node:worker_threads";

/**
 * The old-generation heap a worker may grow to. V8 otherwise lets each thread's heap grow far past
 * what it keeps alive before collecting (a fraction of this machine's 24 GB), and with a worker per
 * core the process's peak memory is the sum; at this cap it collects sooner. An article is at most
 * MAX_ARTICLE_CHARS (10 million characters), whose Document fits well within it.
 */
export const WORKER_HEAP_MB = Number(process.env.NEWSCOMPARE_WORKER_HEAP_MB) || 768;

/**
 * A worker thread running one of this folder's modules. The CLI runs TypeScript through tsx
 * (bin/newscompare.js requires tsx/cjs), and a worker starts with no hooks: it registers tsx the same
 * way before requiring a .ts module; compiled to .js it requires the module directly. tsx is named by
 * its resolved path: code evaluated in a worker resolves modules from the current folder, which is the
 * user's (their data), not this project's.
 */
export function startWorker(moduleBase: string, workerData: unknown): Worker {
  const ext = path.extname(__filename);
  const file = path.join(__dirname, `${moduleBase}${ext}`);
  const code = `${ext === ".ts" ? `require(${JSON.stringify(require.resolve("tsx/cjs"))});` : ""}require(${JSON.stringify(file)});`;
  return new Worker(code, { eval: true, workerData, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
}
