/**
 * Records read one at a time, for collections too large to load: a .jsonl or .csv file (plain or
 * gzip-compressed) is streamed line by line or row by row, so memory is bounded by one record, not one
 * file; every other format holds one article (or a few) per file and is read whole, as the loader reads
 * it. Each record becomes the same RawArticle + ArticleSource the loader makes (the format readers'
 * own per-record functions), so `toArticle` turns both paths' records into the same Article.
 *
 * Nothing stops at a bad record: it is handed to `onProblem` with the file and its line or row, and
 * reading goes on.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { pipeline } from "node:stream";
import * as zlib from "node:zlib";
import { parse } from "csv-parse";
import { CorpusError, type LoadWarning } from "../article";
import { decodeFile } from "../encoding";
import { listFolder } from "../folder";
import { mergeFields } from "../fields";
import { isKnownFile, KNOWN_EXTENSIONS, READERS, type RecordFields } from "../load";
import type { ArticleSource } from "../to-article";
import { CSV_OPTIONS, csvRecord } from "../formats/csv";
import { jsonlRecord } from "../formats/json";
import { isProblem, type RawArticle, type RecordProblem } from "../formats/types";
import { MAX_ARTICLE_CHARS } from "../limits";
import { fsProblem, MAX_ARTICLE_FILE_BYTES, MAX_RECORD_FILE_BYTES, readRegularFile, statRegularFile } from "../read-file";
import { fileStem, formatOf, gunzipBounded } from "./gzip";
import { readLines } from "./lines";

export interface StreamedRecord {
  raw: RawArticle;
  source: ArticleSource;
}

export interface StreamProblem {
  file: string;
  problem: string;
}

export interface StreamOptions {
  fields?: Partial<RecordFields>;
  /**
   * largest record (a line, a CSV row, a file of one article), in bytes; default the loader's
   * MAX_ARTICLE_FILE_BYTES (the most an article under MAX_ARTICLE_CHARS can take)
   */
  maxRecordBytes?: number;
  onWarning?: (w: LoadWarning) => void;
  /** a record or file that cannot be read; the rest goes on */
  onProblem?: (p: StreamProblem) => void;
  /** bytes read from the files as stored (compressed for .gz), for progress */
  onBytes?: (n: number) => void;
}

/** Formats streamed record by record; the rest are read whole, one file at a time. */
const STREAMED = new Set([".jsonl", ".ndjson", ".csv"]);

/** The file names the streaming reader takes: the loader's (record formats also gzip-compressed). */
export const STREAM_EXTENSIONS = KNOWN_EXTENSIONS;

/** Bytes of the files under `paths` that the reader would read (for a progress bar's total); gzip files count `gzipFactor` times. */
export function inputBytes(paths: string[], gzipFactor = 1): number {
  let total = 0;
  const visit = (p: string) => {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      for (const e of fs.readdirSync(p)) if (!e.startsWith(".") && !e.startsWith("_")) visit(path.join(p, e));
    } else if (st.isFile() && isKnownFile(p)) total += formatOf(p).gzip ? st.size * gzipFactor : st.size;
  };
  paths.forEach(visit);
  return total;
}

/** Every record under `paths` (folders recursively, in the loader's order), one at a time. */
export async function* streamRecords(paths: string[], options: StreamOptions = {}): AsyncGenerator<StreamedRecord> {
  const fields = mergeFields(options.fields);
  const maxRecord = options.maxRecordBytes ?? MAX_ARTICLE_FILE_BYTES;
  const warn = options.onWarning ?? (() => {});
  const problem = options.onProblem ?? (() => {});
  const seen = new Set<string>();
  for (const given of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(given);
    } catch {
      problem({ file: given, problem: "no such file or folder" });
      continue;
    }
    let files: Array<{ full: string; shown: string; manifest?: Record<string, string> }>;
    if (stat.isDirectory()) {
      const warnings: LoadWarning[] = [];
      files = listFolder(given, given, (_ext, name) => isKnownFile(name), warnings);
      warnings.forEach(warn);
      if (files.length === 0) problem({ file: given, problem: `no articles found (looked for ${STREAM_EXTENSIONS.join(", ")} files)` });
    } else files = [{ full: given, shown: given }];
    for (const f of files) {
      const { ext, gzip } = formatOf(f.full);
      if (!isKnownFile(f.full)) {
        problem({ file: f.shown, problem: `unknown format '${path.extname(f.full) || "(no extension)"}' (known: ${STREAM_EXTENSIONS.join(", ")})` });
        continue;
      }
      let real: string;
      try {
        // the loader's rule: only a regular file is read (a named pipe would block, a device never end)
        statRegularFile(f.full, f.shown);
        real = fs.realpathSync(f.full);
      } catch (err) {
        problem(err instanceof CorpusError ? { file: err.file, problem: err.problem } : { file: f.shown, problem: fsProblem(err) });
        continue;
      }
      if (seen.has(real)) {
        warn({ file: f.shown, message: "given more than once; read once" });
        continue;
      }
      seen.add(real);
      const stem = fileStem(f.full);
      const ctx: FileContext = { full: f.full, shown: f.shown, stem, manifest: f.manifest, gzip, fields, maxRecord, warn, problem, bytes: options.onBytes ?? (() => {}) };
      try {
        if (ext === ".csv") yield* severalRecords(csvRecords(ctx), ctx, "utf-8");
        else if (STREAMED.has(ext)) yield* severalRecords(jsonlRecords(ctx), ctx, "utf-8");
        else yield* wholeFile(ctx, ext);
      } catch (err) {
        if (!(err instanceof CorpusError)) throw err;
        problem({ file: err.file, problem: err.problem });
      }
    }
  }
}

interface FileContext {
  full: string;
  shown: string;
  stem: string;
  manifest?: Record<string, string>;
  gzip: boolean;
  fields: RecordFields;
  maxRecord: number;
  warn: (w: LoadWarning) => void;
  problem: (p: StreamProblem) => void;
  bytes: (n: number) => void;
}

/**
 * Records of a file of several, with their source. As in the loader, a file that turns out to hold a
 * single record takes the file's name as the id fallback, so the first record is held until a second
 * one shows whether the file holds several.
 */
async function* severalRecords(items: AsyncGenerator<RawArticle | RecordProblem>, ctx: FileContext, encoding: string): AsyncGenerator<StreamedRecord> {
  let held: RawArticle | null = null;
  let count = 0;
  const source = (several: boolean): ArticleSource => ({ file: ctx.shown, stem: ctx.stem, encoding, manifest: ctx.manifest, several });
  for await (const item of items) {
    count++;
    if (isProblem(item)) {
      ctx.problem({ file: ctx.shown, problem: item.problem });
      continue;
    }
    if (count === 1) {
      held = item;
      continue;
    }
    if (held) {
      yield { raw: held, source: source(true) };
      held = null;
    }
    yield { raw: item, source: source(true) };
  }
  if (held) yield { raw: held, source: source(count > 1) };
}

/** The byte stream of a file, decompressed when it is gzip. */
function byteStream(ctx: FileContext): NodeJS.ReadableStream {
  const file = fs.createReadStream(ctx.full, { highWaterMark: 256 * 1024 });
  file.on("data", (chunk) => ctx.bytes(chunk.length));
  if (!ctx.gzip) return file;
  return pipeline(file, zlib.createGunzip(), () => {});
}

async function* jsonlRecords(ctx: FileContext): AsyncGenerator<RawArticle | RecordProblem> {
  let record = 0;
  let latin = 0;
  try {
    for await (const line of readLines(byteStream(ctx) as AsyncIterable<Buffer>, ctx.maxRecord)) {
      if (line.tooLong !== undefined) {
        record++;
        yield { record, problem: `line ${line.number}: record too large (${line.tooLong} bytes; the limit is ${ctx.maxRecord})` };
        continue;
      }
      if (isBlank(line.bytes)) continue;
      record++;
      let text: string;
      try {
        // the loader's decoding rule, per line: UTF-8, else Windows-1252 (counted, one warning per file)
        const decoded = decodeFile(line.bytes, `${ctx.shown}: line ${line.number}`);
        if (decoded.warning) latin++;
        text = decoded.text;
      } catch (err) {
        if (!(err instanceof CorpusError)) throw err;
        yield { record, problem: `line ${line.number}: ${err.problem}` };
        continue;
      }
      yield jsonlRecord(text, line.number, record, ctx.fields);
    }
  } catch (err) {
    throw new CorpusError(ctx.shown, readProblem(err, ctx));
  }
  if (latin > 0) ctx.warn({ file: ctx.shown, message: `${latin} ${latin === 1 ? "line was" : "lines were"} not valid UTF-8 and ${latin === 1 ? "was" : "were"} read as Windows-1252` });
  if (record === 0) throw new CorpusError(ctx.shown, "empty file (no records)");
}

async function* csvRecords(ctx: FileContext): AsyncGenerator<RawArticle | RecordProblem> {
  const skippedRows: RecordProblem[] = [];
  let row = 0;
  const parser = parse({
    ...CSV_OPTIONS,
    // bounded: csv-parse refuses a field growing past this instead of buffering the rest of the file
    max_record_size: ctx.maxRecord,
    skip_records_with_error: true,
  });
  parser.on("skip", (err: Error & { lines?: number }) => {
    row++;
    skippedRows.push({ record: row, problem: `line ${err.lines ?? "?"}: malformed CSV: ${err.message.split("\n")[0]}` });
  });
  const source = byteStream(ctx) as NodeJS.ReadableStream & { setEncoding?: (e: string) => void };
  const rows = pipeline(source, parser, () => {});
  try {
    for await (const value of rows as AsyncIterable<Record<string, string>>) {
      while (skippedRows.length) yield skippedRows.shift()!;
      row++;
      yield csvRecord(value, row, ctx.fields);
    }
  } catch (err) {
    throw new CorpusError(ctx.shown, readProblem(err, ctx));
  }
  while (skippedRows.length) yield skippedRows.shift()!;
  if (row === 0) throw new CorpusError(ctx.shown, "empty file (a header but no rows)");
}

/** A file of one article (or a .json array of a few), read whole as the loader reads it, with its byte cap. */
function* wholeFile(ctx: FileContext, ext: string): Generator<StreamedRecord> {
  const limit = ext === ".json" ? MAX_RECORD_FILE_BYTES : ctx.maxRecord;
  const why = ext === ".json" ? "split larger collections into several files" : `a ${ext} file holds one article`;
  const size = statRegularFile(ctx.full, ctx.shown).size;
  ctx.bytes(size);
  let bytes: Buffer = readRegularFile(ctx.full, ctx.shown, limit, why) ?? Buffer.alloc(0);
  if (ctx.gzip) bytes = gunzipBounded(bytes, ctx.shown, limit);
  if (bytes.length === 0) throw new CorpusError(ctx.shown, "empty file");
  const decoded = decodeFile(bytes, ctx.shown);
  if (decoded.warning) ctx.warn({ file: ctx.shown, message: decoded.warning });
  if (decoded.text.trim() === "") throw new CorpusError(ctx.shown, "empty file (only whitespace)");
  const raws = READERS[ext](decoded.text, { file: ctx.shown, fields: ctx.fields });
  const several = raws.length > 1;
  for (const item of raws) {
    if (isProblem(item)) ctx.problem({ file: ctx.shown, problem: item.problem });
    else yield { raw: item, source: { file: ctx.shown, stem: ctx.stem, encoding: decoded.encoding, manifest: ctx.manifest, several } };
  }
}

function isBlank(bytes: Buffer): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false;
  return true;
}

function readProblem(err: unknown, ctx: FileContext): string {
  if (err instanceof CorpusError) return err.problem;
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === "Z_DATA_ERROR" || code === "Z_BUF_ERROR") return "not a valid gzip file (or cut short)";
  if (code === "EACCES" || code === "EPERM") return "cannot read: permission denied";
  return `cannot read${ctx.gzip ? " (gzip)" : ""}: ${String((err as Error)?.message ?? err).split("\n")[0]}`;
}
