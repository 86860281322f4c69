/**
 * When a folder is a collection rather than a story: the in-memory path holds every article's tokens
 * at once (bench/ingest measured about 70 bytes of heap per byte of JSONL on the synthetic allsides
 * collection), so past a size the report would exhaust memory after minutes of work. It says so at
 * once, with the command that handles any size: ingest into a store, report from the store.
 */
import * as path from "node:path";
import { inputBytes } from "../corpus/stream/records";

/** Input bytes (compressed files counted at their usual 3× ratio) above which the in-memory path is refused. */
export const MAX_IN_MEMORY_BYTES = 150_000_000;

export function tooBigForMemory(paths: string[], limit = MAX_IN_MEMORY_BYTES): string | null {
  const bytes = inputBytes(paths, 3);
  if (bytes <= limit) return null;
  const name = path.basename(path.resolve(paths[0])).replace(/(\.[^.]+)?(\.gz)?$/, "") || "collection";
  const store = `${name}.store`;
  const quoted = paths.map((p) => (/^[\w./@:-]+$/.test(p) ? p : `'${p.replace(/'/g, "'\\''")}'`)).join(" ");
  return `about ${Math.round(bytes / 1e6)} MB of articles is more than the in-memory report holds (${Math.round(limit / 1e6)} MB); ingest it into a store, then report from the store:\n  newscompare ingest ${quoted} --store ${store}\n  newscompare report --store ${store}`;
}
