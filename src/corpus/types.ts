/**
 * The loader's options and result: plain data that the loader, the record readers and the article
 * builder all name, kept below them so that none of them imports the loader for a type.
 */
import type { Article, LoadWarning } from "./article";
import type { DateOrder } from "./dates";

/** Field names for .json/.jsonl/.csv records; each entry lists the names tried in order. */
export interface RecordFields {
  id: string[];
  text: string[];
  title: string[];
  date: string[];
  outlet: string[];
  url: string[];
  authors: string[];
}

export interface LoadOptions {
  /** keep boilerplate in `text` (cleaning still reports nothing removed) */
  keepBoilerplate?: boolean;
  /** load what can be loaded, report the rest in `skipped` instead of throwing */
  skipBad?: boolean;
  /** reference date (YYYY-MM-DD) for articles whose metadata has none; marked as given, not estimated */
  published?: string;
  /** record field names, merged over the defaults */
  fields?: Partial<RecordFields>;
  /** how to read numeric metadata dates ("2/3/25"): day first or month first; unset, they are ambiguous (a bad field) */
  dateOrder?: DateOrder;
  /**
   * refuse an article with a bad metadata field (an unreadable date, a list where a title belongs);
   * by default it loads without that field, with one warning naming the file, record and field
   */
  strict?: boolean;
}

export interface LoadResult {
  articles: Article[];
  warnings: LoadWarning[];
  skipped: Array<{ file: string; problem: string }>;
}
