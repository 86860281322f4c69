import type { Document } from "../text/types";
import { chooseUnit, type Unit } from "../grouping/unit";
import { groupArticles } from "../grouping/groups";
import type { LabelStyle } from "../grouping/labels";
import type { ReportContext } from "./section";

/**
 * The context every report section gets: the documents, their grouping by the unit of comparison
 * (chosen from the corpus unless `by` is given) and a per-report memo for shared results. The report
 * builder, the notebooks and the tests all make it here.
 */
export function reportContext(options: { corpus: string; docs: Document[]; by?: Unit; label?: LabelStyle; progress?: (message: string) => void }): ReportContext {
  const articles = options.docs.map((d) => d.article);
  const memo = new Map<string, unknown>();
  return {
    corpus: options.corpus,
    docs: options.docs,
    grouping: groupArticles(articles, chooseUnit(articles, options.by), options.label),
    progress: options.progress ?? (() => {}),
    once: <T>(key: string, compute: () => T): T => {
      if (!memo.has(key)) memo.set(key, compute());
      return memo.get(key) as T;
    },
  };
}
