/**
 * Results more than one report section needs, computed once per report through `ctx.once`: the
 * corpus's quotations (the overlap matches them across articles, the quotes section counts them) and
 * the overlap (the timeline counts independent sources from its syndication clusters). Each key and
 * the way to compute it live here only, so whichever section asks first computes the same thing.
 * A report on a store (src/report/store) puts the same results, read from the store, under the same
 * keys before the sections run.
 */
import type { ReportContext } from "./section";
import { quoteCorpus, isAttributable } from "../quotes/corpus";
import type { QuoteResult } from "../quotes/types";
import { analyseOverlap, type OverlapResult } from "../overlap/index";
import { sourceOf, syndicationClusters } from "../overlap/clusters";
import { analyseTimeline, type TimelineResult } from "../timeline/analyse";
import type { Article } from "../corpus/article";

/** The report's articles (metadata and text), in corpus order. */
export function reportArticles(ctx: ReportContext): Array<Pick<Article, "id" | "title" | "outlet" | "published">> {
  return ctx.once("articles", () => ctx.docs.map((d) => d.article));
}

/** The timeline of the report's articles, events counting independent sources (copies found by `corpusOverlap`). */
export function corpusTimeline(ctx: ReportContext): TimelineResult {
  return ctx.once("timeline", () => {
    const clusters = syndicationClusters(corpusOverlap(ctx).pairs);
    ctx.progress("timeline: extracting and resolving dates");
    return analyseTimeline(ctx.docs, { source: sourceOf(clusters) });
  });
}

/** Every quotation of the report's articles, speakers merged across the corpus. */
export function corpusQuotes(ctx: ReportContext): QuoteResult {
  return ctx.once("quotes", () => quoteCorpus(ctx.docs));
}

/**
 * The overlap of the report's articles, its quotes taken from `corpusQuotes` (speech and partial
 * quotes: titles and scare quotes are nobody's statement, as the overlap's own default).
 */
export function corpusOverlap(ctx: ReportContext): OverlapResult {
  return ctx.once("overlap", () => {
    const quotes = corpusQuotes(ctx).quotes.filter(isAttributable);
    ctx.progress("overlap: aligning articles");
    return analyseOverlap(ctx.docs, { quotes, progress: ctx.progress });
  });
}
