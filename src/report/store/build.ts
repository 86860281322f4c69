/**
 * `newscompare report --store DIR`: the report of a collection, read from its store. The same page,
 * sections, charts and publishing as a folder's report (src/report/build.ts), the articles selected
 * with the same filters and compared per outlet unless asked otherwise; each section's inputs are read
 * from the store (sections.ts), so the report's memory grows with the units and the aggregates, not
 * with the collection's text.
 */
import * as path from "node:path";
import { CorpusError } from "../../corpus/article";
import type { ArticleFilter } from "../../corpus/filter";
import type { LabelStyle } from "../../grouping/labels";
import type { Unit } from "../../grouping/unit";
import { openStore } from "../../store/open";
import { StoreError } from "../../store/layout";
import { selectStore } from "../../store/selection";
import { buildSections, madeBy, publishSections, type BuildReportResult } from "../build";
import type { ChartFormat } from "../page";
import { CHART_FORMATS } from "../page";
import { silentProgress, type Progress } from "../progress";
import type { PublishStep } from "../write";
import { MAX_DETAIL_ARTICLES, type StoreReportContext } from "./context";
import { STORE_SECTIONS } from "./sections";

export interface BuildStoreReportOptions {
  /** the store's folder */
  store: string;
  /** how much memory DuckDB may use (openStore's memoryLimit) */
  memoryLimit?: string;
  /** output folder; default reports/<store folder name> */
  out?: string;
  formats?: ChartFormat[];
  /** default: the store folder's name */
  corpusName?: string;
  filter?: ArticleFilter;
  /** the unit of comparison; default per outlet (a collection's report), else src/grouping's choice */
  by?: Unit;
  label?: LabelStyle;
  progress?: Progress;
  now?: Date;
  command?: string[];
  publishHook?: (step: PublishStep) => void;
  /** past this many articles the timeline and quotes sections draw from aggregates; default MAX_DETAIL_ARTICLES */
  maxDetailArticles?: number;
}

export async function buildStoreReport(options: BuildStoreReportOptions): Promise<BuildReportResult> {
  const progress = options.progress ?? silentProgress;
  const corpus = options.corpusName ?? path.basename(path.resolve(options.store));
  const out = options.out ?? path.join("reports", corpus);
  const formats = options.formats ?? CHART_FORMATS;
  progress.setTotal(2 + STORE_SECTIONS.length + 2);
  progress.step(`opening the store ${options.store}`);
  let store;
  try {
    store = await openStore(options.store, { memoryLimit: options.memoryLimit });
  } catch (err) {
    if (err instanceof StoreError) throw new CorpusError(err.dir, err.problem);
    throw err;
  }
  try {
    const state = store.state;
    const warnings: string[] = [];
    if (state.batches.length > 0 && JSON.stringify(state.derivedFrom ?? null) !== JSON.stringify(state.batches.map((b) => b.id))) {
      const why = `the corpus passes (outlets, speakers, events, overlap pairs) are ${state.derivedFrom ? "out of date" : "not run"}: run 'newscompare store finish --store ${options.store}'`;
      warnings.push(why);
      progress.note(`${options.store}: warning: ${why}`);
    }
    progress.step("selecting articles");
    const selection = await selectStore(store, { filter: options.filter, by: options.by, label: options.label, defaultUnit: "outlet" });
    if (selection.note) progress.note(selection.note);
    if (selection.articles.length === 0) {
      throw new CorpusError(options.store, selection.stored === 0 ? "the store holds no article, so no report was written" : `no article to report: ${selection.note}`);
    }
    const memo = new Map<string, Promise<unknown>>();
    const ctx: StoreReportContext = {
      corpus,
      store,
      selection,
      detail: selection.articles.length <= (options.maxDetailArticles ?? MAX_DETAIL_ARTICLES),
      progress: (message) => progress.note(message),
      once: <T>(key: string, read: () => Promise<T>): Promise<T> => {
        if (!memo.has(key)) memo.set(key, read());
        return memo.get(key) as Promise<T>;
      },
    };
    const built = await buildSections(STORE_SECTIONS, ctx, progress);
    return await publishSections(built, {
      out,
      formats,
      progress,
      firstStep: 2 + STORE_SECTIONS.length,
      publishHook: options.publishHook,
      meta: {
        ...madeBy(corpus, options, { store: options.store, formats, ...(options.filter ?? {}) }),
        inputs: [{ path: options.store, articles: selection.articles.length }],
        articles: selection.articles.length,
        skipped: [],
        comparison: selection.grouping.reason + (selection.note ? ` ${selection.note}.` : ""),
        warnings,
      },
    });
  } finally {
    store.close();
  }
}
