import type { Article, LoadWarning } from "./article";

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
}

export interface LoadResult {
  articles: Article[];
  warnings: LoadWarning[];
  skipped: Array<{ file: string; problem: string }>;
}

/**
 * Load a folder or files into articles. Throws CorpusError (file + problem) on the first bad file
 * unless `skipBad`. STUB — implemented by the corpus work.
 */
export function loadCorpus(paths: string | string[], options: LoadOptions = {}): LoadResult {
  void paths;
  void options;
  throw new Error("loadCorpus: not implemented yet");
}
