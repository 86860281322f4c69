import type { RemovedSpan } from "../article";
import type { RecordFields } from "../types";

/**
 * What a format reader makes of one article before metadata is interpreted and boilerplate is found:
 * the text in the article's coordinate system plus the metadata found next to it, verbatim.
 */
export interface RawArticle {
  /** the article's text as read (see article.ts) */
  raw: string;
  /** where the body starts in `raw` (after front matter); cleaning looks only from here */
  bodyStart: number;
  /** spans already known not to be article text (front matter) */
  removed: RemovedSpan[];
  /** metadata found with the text: front matter, record fields, HTML meta tags */
  meta: Record<string, unknown>;
  /** the body may open with a headline line (plain text and Markdown files) */
  headlineInText: boolean;
  /** 1-based record number when the file holds several articles */
  record?: number;
  /** how to point the user at this record, e.g. "line 12" or "record 3" */
  where?: string;
}

/** A record that could not be read; the rest of its file still loads. */
export interface RecordProblem {
  record: number;
  problem: string;
}

export interface ReadContext {
  file: string;
  fields: RecordFields;
}

/** A format reader: one file's decoded text → its articles (throws CorpusError for a bad file). */
export type FormatReader = (text: string, ctx: ReadContext) => Array<RawArticle | RecordProblem>;

export function isProblem(x: RawArticle | RecordProblem): x is RecordProblem {
  return (x as RecordProblem).problem !== undefined;
}
