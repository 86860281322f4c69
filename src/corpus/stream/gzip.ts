import * as zlib from "node:zlib";
import * as path from "node:path";
import { CorpusError } from "../article";

/**
 * The format of a file from its name: the lower-case extension, looking through a final ".gz"
 * ("dump.jsonl.gz" is ".jsonl", compressed). One rule for the loader and the streaming reader.
 */
export function formatOf(name: string): { ext: string; gzip: boolean } {
  const lower = name.toLowerCase();
  if (lower.endsWith(".gz")) return { ext: path.extname(lower.slice(0, -3)), gzip: true };
  return { ext: path.extname(lower), gzip: false };
}

/** A file's name without its extension, looking through a final ".gz" ("dump.jsonl.gz" → "dump"): the id fallback of its records. */
export function fileStem(name: string): string {
  return path.basename(name).replace(/(\.[^.]+)?(\.gz)?$/i, "");
}

/**
 * Decompress a whole gzip file, refusing output over `maxBytes` (a small file can inflate to gigabytes:
 * zlib stops at the cap instead of filling memory).
 */
export function gunzipBounded(bytes: Buffer, shown: string, maxBytes: number): Buffer {
  try {
    return zlib.gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ERR_BUFFER_TOO_LARGE" || /too large|maxOutputLength/i.test(String((err as Error).message))) {
      throw new CorpusError(shown, `too large once decompressed (over ${Math.round(maxBytes / 1e6)} MB)`);
    }
    throw new CorpusError(shown, `not a valid gzip file: ${String((err as Error).message).split("\n")[0]}`);
  }
}
