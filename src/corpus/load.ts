import { resolveOutlets } from "./outlets";
import { assignTopics } from "./topics";
import * as fs from "node:fs";
import * as path from "node:path";
import { CorpusError, type Article, type LoadWarning } from "./article";
import { decodeFile } from "./encoding";
import { listFolder } from "./folder";
import { mergeFields } from "./fields";
import type { LoadOptions, LoadResult, RecordFields } from "./types";
import { MAX_ARTICLE_CHARS } from "./limits";
import { fsProblem, MAX_ARTICLE_FILE_BYTES, MAX_RECORD_FILE_BYTES, readRegularFile } from "./read-file";
import { toArticle, type ArticleSource } from "./to-article";
import { fileStem, formatOf, gunzipBounded } from "./stream/gzip";
import { readCsv } from "./formats/csv";
import { readHtml } from "./formats/html";
import { readJson, readJsonl } from "./formats/json";
import { readMarkdown } from "./formats/markdown";
import { readTxt } from "./formats/txt";
import { isProblem, type FormatReader, type RawArticle, type ReadContext } from "./formats/types";

export type { LoadOptions, LoadResult, RecordFields } from "./types";

/** Readers by lower-case file extension (the streaming reader, src/corpus/stream, uses the same table). */
export const READERS: Record<string, FormatReader> = {
  ".txt": readTxt,
  ".md": readMarkdown,
  ".markdown": readMarkdown,
  ".html": readHtml,
  ".htm": readHtml,
  ".json": readJson,
  ".jsonl": readJsonl,
  ".ndjson": readJsonl,
  ".csv": readCsv,
};

/**
 * Formats that hold many articles (records) per file; the others hold one. These are also read
 * gzip-compressed ("dump.jsonl.gz"): a collection is often shipped that way, an article file never.
 */
export const RECORD_FORMATS = new Set([".json", ".jsonl", ".ndjson", ".csv"]);

/** How many bytes a file of this format may have, and why, for the message that refuses a larger one. */
function byteLimit(ext: string): { max: number; why: string } {
  if (RECORD_FORMATS.has(ext)) return { max: MAX_RECORD_FILE_BYTES, why: "split larger collections into several files" };
  return { max: MAX_ARTICLE_FILE_BYTES, why: `a ${ext} file holds one article, of at most ${count(MAX_ARTICLE_CHARS)} characters` };
}

const count = (n: number) => n.toLocaleString("en-US");

/** The problem of an article over MAX_ARTICLE_CHARS ("line 3: article too long ..."), or null (the streaming reader shares it). */
export function tooLongProblem(item: RawArticle): string | null {
  if (item.raw.length <= MAX_ARTICLE_CHARS) return null;
  const here = item.where ? `${item.where}: ` : "";
  return `${here}article too long (${count(item.raw.length)} characters): the limit is ${count(MAX_ARTICLE_CHARS)} characters`;
}

/** The extensions the loader reads, for messages (the record formats' also gzip-compressed: see isKnownFile). */
export const KNOWN_EXTENSIONS = Object.keys(READERS);

/** A file name the loader reads: a known extension, or a record format's under ".gz". */
export function isKnownFile(name: string): boolean {
  const { ext, gzip } = formatOf(name);
  return Object.prototype.hasOwnProperty.call(READERS, ext) && (!gzip || RECORD_FORMATS.has(ext));
}

/**
 * Run a format reader; whatever it throws becomes a problem with this file (a library's RangeError on
 * a pathological page, say), so one file can never stop a whole corpus or escape `skipBad`.
 */
function readFormat(reader: FormatReader, text: string, ctx: ReadContext): ReturnType<FormatReader> {
  try {
    return reader(text, ctx);
  } catch (err) {
    if (err instanceof CorpusError) throw err;
    const message = String((err as Error)?.message ?? err).split("\n")[0];
    throw new CorpusError(ctx.file, `could not be read: ${(err as Error)?.name ?? "Error"}: ${message}`);
  }
}

/**
 * Load folders (recursively) and files into articles, in a stable order: paths in the order given,
 * files inside a folder sorted by path. Throws CorpusError (file + problem) on the first bad file or
 * record unless `skipBad`, in which case the rest loads and each problem is listed in `skipped`.
 * Warnings (Windows-1252 fallback, unknown files in a folder, stale manifest rows, a bad metadata field
 * loaded without that field) never stop loading; `strict` makes a bad metadata field a problem instead.
 */
export function loadCorpus(paths: string | string[], options: LoadOptions = {}): LoadResult {
  const list = typeof paths === "string" ? [paths] : paths;
  const fields = mergeFields(options.fields);
  if (options.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.published)) {
    throw new Error(`loadCorpus: options.published must be YYYY-MM-DD, got '${options.published}'`);
  }
  const result: LoadResult = { articles: [], warnings: [], skipped: [] };
  const idSeen = new Map<string, string>();
  const filesSeen = new Set<string>();
  const fail = (file: string, problem: string) => {
    if (!options.skipBad) throw new CorpusError(file, problem);
    result.skipped.push({ file, problem });
  };
  const guard = (file: string, work: () => void) => {
    try {
      work();
    } catch (err) {
      if (!(err instanceof CorpusError)) throw err;
      fail(err.file, err.problem);
    }
  };

  for (const given of list) {
    guard(given, () => {
      let stat: fs.Stats;
      try {
        stat = fs.statSync(given);
      } catch (err) {
        throw new CorpusError(given, fsProblem(err));
      }
      if (stat.isDirectory()) {
        const files = listFolder(given, given, (_ext, name) => isKnownFile(name), result.warnings);
        if (files.length === 0) {
          throw new CorpusError(given, `no articles found (looked for ${KNOWN_EXTENSIONS.join(", ")} files)`);
        }
        for (const f of files) {
          guard(f.shown, () => {
            if (f.problem) throw new CorpusError(f.shown, f.problem);
            loadFile(f.full, f.shown, f.manifest);
          });
        }
      } else {
        if (!isKnownFile(given)) {
          const ext = path.extname(given).toLowerCase();
          throw new CorpusError(given, `unknown format '${ext || "(no extension)"}' (known: ${KNOWN_EXTENSIONS.join(", ")})`);
        }
        loadFile(given, given, undefined);
      }
    });
  }
  resolveOutlets(result.articles);
  assignTopics(result.articles, list);
  return result;

  function loadFile(full: string, shown: string, manifest: Record<string, string> | undefined): void {
    const { ext, gzip } = formatOf(full);
    const limit = byteLimit(ext);
    // The same file named twice (or a file and its folder, or a link to it) is read once, not a duplicate id.
    let bytes = readRegularFile(full, shown, limit.max, limit.why, (identity) => {
      if (!filesSeen.has(identity)) {
        filesSeen.add(identity);
        return false;
      }
      result.warnings.push({ file: shown, message: "given more than once; read once" });
      return true;
    });
    if (bytes === null) return;
    // the cap holds once decompressed too: a small .gz can inflate to gigabytes
    if (gzip) bytes = gunzipBounded(bytes, shown, limit.max);
    if (bytes.length === 0) throw new CorpusError(shown, "empty file");
    const decoded = decodeFile(bytes, shown);
    if (decoded.warning) result.warnings.push({ file: shown, message: decoded.warning });
    if (decoded.text.trim() === "") throw new CorpusError(shown, "empty file (only whitespace)");
    const raws = readFormat(READERS[ext], decoded.text, { file: shown, fields });
    const several = raws.length > 1;
    const stem = fileStem(full);
    for (const item of raws) {
      if (isProblem(item)) {
        fail(shown, item.problem);
        continue;
      }
      const tooLong = tooLongProblem(item);
      if (tooLong) {
        fail(shown, tooLong);
        continue;
      }
      const source: ArticleSource = { file: shown, stem, encoding: decoded.encoding, manifest, several };
      guard(shown, () => {
        const article = toArticle(item, source, fields, options, result.warnings);
        const other = idSeen.get(article.id);
        if (other !== undefined) {
          const here = item.where ? ` (${item.where})` : "";
          throw new CorpusError(shown, `duplicate id '${article.id}'${here}, also used by ${other}`);
        }
        idSeen.set(article.id, item.where ? `${shown} (${item.where})` : shown);
        result.articles.push(article);
      });
    }
  }
}
