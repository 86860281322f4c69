/** The ingest worker thread: a batch writer (batch-writer.ts) fed by the main thread's messages. */
import { parentPort, workerData } from "node:worker_threads";
import { createBatchWriter, type ToWriter, type WriterSetup } from "./batch-writer";

// only as a worker thread: required anywhere else (the import checks require every module) it does nothing
const port = parentPort;
if (port && workerData) {
  const handle = createBatchWriter(workerData as WriterSetup, (msg) => port.postMessage(msg));
  port.on("message", (msg: ToWriter) => handle(msg));
}
