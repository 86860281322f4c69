import * as path from "node:path";
import { Worker } from "node:worker_threads";

/**
 * A worker thread running one of this folder's modules. The CLI runs TypeScript through tsx
 * (bin/newscompare.js requires tsx/cjs), and a worker starts with no hooks: it registers tsx the same
 * way before requiring a .ts module; compiled to .js it requires the module directly.
 */
export function startWorker(moduleBase: string, workerData: unknown): Worker {
  const ext = path.extname(__filename);
  const file = path.join(__dirname, `${moduleBase}${ext}`);
  const code = `${ext === ".ts" ? 'require("tsx/cjs");' : ""}require(${JSON.stringify(file)});`;
  return new Worker(code, { eval: true, workerData });
}
