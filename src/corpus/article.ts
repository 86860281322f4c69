/**
 * The article model shared by every analysis.
 *
 * One coordinate system everywhere: every offset (removed spans, tokens, sentences, dates, quotes,
 * passages) is a JavaScript string index into `raw`, the article's text as read — the decoded file
 * (BOM dropped, Unicode NFC) for .txt/.md/.html files, the record's text for .json/.jsonl/.csv.
 * `text` has the same length as `raw`: cleaning blanks what it removes (spaces, newlines kept) rather
 * than cutting it out, so an offset found in `text` is also an offset in `raw` and in the file.
 */

/** A stretch of `raw` that cleaning took out of `text`, and why. */
export interface RemovedSpan {
  start: number;
  end: number;
  /** e.g. "front matter", "loading placeholder", "share prompt", "photo credit", "image caption", "byline", "copyright", "reader comment" */
  reason: string;
}

export interface Article {
  /** front matter `id`, else the file name without its extension (records: their id field, else file#n) */
  id: string;
  /** path of the file it came from, as given or found (relative to the working directory when possible) */
  file: string;
  title: string | null;
  /** outlet name, settled across the corpus (src/corpus/outlets.ts: from the URL when not given, usual names); "unknown" when nobody says */
  outlet: string;
  /** the story the article belongs to when the corpus holds several (src/corpus/topics.ts) */
  topic?: string;
  /** publication date as an ISO string: `YYYY-MM-DD`, or a full timestamp when the source has one; null when unknown */
  published: string | null;
  /** true when `published` was inferred (from the text, or by a person reading it) rather than stated by the source */
  publishedEstimated: boolean;
  /**
   * where `published` came from, when there is one: the source's own metadata, or the date the user
   * gave for articles without one (`--published`, LoadOptions.published)
   */
  publishedFrom?: "source" | "given";
  /** BCP-47 code, "en" when unknown */
  language: string;
  url?: string;
  authors?: string[];
  /** the text as read (see module comment) */
  raw: string;
  /** `raw` with removed spans blanked: same length, same offsets */
  text: string;
  removed: RemovedSpan[];
  /** the encoding the file was decoded with, e.g. "utf-8", "utf-16le", "windows-1252" */
  encoding: string;
  /** any other metadata fields found (front matter, manifest, record), kept verbatim */
  meta: Record<string, unknown>;
}

/** One line for a loader's warnings (e.g. Windows-1252 fallback); never thrown, always reported. */
export interface LoadWarning {
  file: string;
  message: string;
}

/** A problem with one input file: the CLI prints `${file}: ${message}` and exits 1. */
export class CorpusError extends Error {
  constructor(public readonly file: string, public readonly problem: string) {
    super(`${file}: ${problem}`);
    this.name = "CorpusError";
  }
}
