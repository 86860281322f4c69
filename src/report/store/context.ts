/**
 * What every section of a store's report gets: the store, the selected articles and their grouping,
 * and the in-memory report's context (ReportContext) for the sections both reports share, its shared
 * results (shared-results.ts) put in from the store.
 */
import type { Store } from "../../store/open";
import type { StoreSelection } from "../../store/selection";
import type { ReportContext } from "../section";

export { MAX_DETAIL_ARTICLES } from "../../store/selection";

export interface StoreReportContext {
  corpus: string;
  store: Store;
  selection: StoreSelection;
  /** every quotation, mention and pair is read (the selection has at most MAX_DETAIL_ARTICLES articles) */
  detail: boolean;
  progress: (message: string) => void;
  /** a result read once per report and shared by the sections that need it (the overlap: the timeline counts sources from it) */
  once<T>(key: string, read: () => Promise<T>): Promise<T>;
}

/**
 * A ReportContext for the in-memory sections, with no documents: the shared results they ask for
 * (`once`: quotes, overlap, timeline, articles) are the ones given, read from the store. A section
 * asking for one not given is a bug here, never a silent empty result.
 */
export function sharedContext(corpus: string, selection: StoreSelection, progress: (message: string) => void, results: Record<string, unknown>): ReportContext {
  return {
    corpus,
    docs: [],
    grouping: selection.grouping,
    progress,
    once: <T>(key: string): T => {
      if (!(key in results)) throw new Error(`the store's report has no '${key}' for the sections`);
      return results[key] as T;
    },
  };
}
