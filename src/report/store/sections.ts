/**
 * The sections of a store's report. Each draws with the in-memory report's own charts, captions and
 * prose: the corpus and words sections from their input functions (corpusOutput, frequenciesOutput)
 * fed from the store; the overlap, timeline and quotes sections are the in-memory sections themselves,
 * given the store's results (shared-results keys), up to MAX_DETAIL_ARTICLES articles; past it the
 * timeline and quotes sections are the store's own (timeline.ts, quotes.ts), drawn from aggregates.
 */
import type { ArticleSummary } from "../../charts/corpus-summary";
import { GRAPH_LINKS } from "../../overlap/clusters";
import { overlapByUnit } from "../../overlap/by-unit";
import type { OverlapResult } from "../../overlap/index";
import type { PairScore } from "../../overlap/relation";
import { storeCountTable, storePeriodTable } from "../../store/frequency-table";
import { storeOverlapResult } from "../../store/overlap-result";
import { storedArticle } from "../../store/overlap-worker";
import { storeQuoteResult } from "../../store/quote-result";
import { storeTimelineResult } from "../../store/timeline-result";
import { sourceOf, syndicationClusters } from "../../overlap/clusters";
import { toDocument } from "../../text/document";
import { corpusOutput } from "../sections/corpus";
import { frequenciesOutput } from "../sections/frequencies";
import { overlapSection } from "../sections/overlap";
import { quotesSection } from "../sections/quotes";
import { timelineSection } from "../sections/timeline";
import type { SectionOutput } from "../section";
import { sharedContext, type StoreReportContext } from "./context";
import { storeQuotesOutput } from "./quotes";
import { storeTimelineOutput } from "./timeline";

export interface StoreSection {
  id: string;
  title: string;
  build(ctx: StoreReportContext): Promise<SectionOutput>;
}

/** Articles listed one by one in the corpus section's table (the store lists them all). */
export const MAX_ARTICLE_ROWS = 10_000;

const count = (n: number) => n.toLocaleString("en-US");

/** The corpus section: the in-memory section's charts and tables from the stored articles' rows. */
const corpusSection: StoreSection = {
  id: "corpus",
  title: "The articles",
  async build(ctx) {
    const { selection } = ctx;
    // what cleaning removed, per reason, summed from the stored spans (only the small `removed` column is read)
    const removed = new Map<string, Map<string, number>>();
    await ctx.store.forEachRow("SELECT t.article, t.removed FROM texts t JOIN unit_articles u ON u.article = t.article WHERE t.removed <> '[]'", ([article, spans]) => {
      const byReason = new Map<string, number>();
      for (const span of JSON.parse(String(spans)) as Array<{ start: number; end: number; reason: string }>) {
        byReason.set(span.reason, (byReason.get(span.reason) ?? 0) + (span.end - span.start));
      }
      removed.set(String(article), byReason);
    });
    const articles: ArticleSummary[] = selection.articles.map((a) => ({
      id: a.id, file: a.file, title: a.title, outlet: a.outlet, ...(a.topic !== undefined ? { topic: a.topic } : {}), published: a.published,
      publishedEstimated: a.publishedEstimated, words: a.words, sentences: a.sentences, characters: a.characters,
      removed: [...(removed.get(a.id) ?? [])].map(([reason, characters]) => ({ reason, characters })),
    }));
    const g = selection.grouping;
    return corpusOutput(articles, g, {
      maxArticleRows: MAX_ARTICLE_ROWS,
      articleRowsNote: `The first ${count(MAX_ARTICLE_ROWS)} of the ${count(articles.length)} articles, in the order they were ingested; the store's articles table holds every one (openStore(dir).query("SELECT * FROM articles")).`,
      results: {
        unit: g.unit,
        articles: articles.length,
        groups: g.groups.map((x) => ({ key: x.key, label: x.label, articles: x.articles.length })),
      },
    });
  },
};

/** The words section: the in-memory scoring and charts, over counts read from the store. */
const frequenciesSection: StoreSection = {
  id: "frequencies",
  title: "Words: what sets each apart",
  async build(ctx) {
    ctx.progress("word frequencies: counts from the store");
    const { store, selection } = ctx;
    return frequenciesOutput({
      unit: selection.grouping.unit,
      table: await storeCountTable(store, selection),
      labels: selection.grouping.groupLabel,
      phrases: [],
      ngram: 1,
      counting: "A store counts single words (multi-word names are found over a whole corpus before counting, which a stream of articles cannot do).",
      days: selection.articles.map((a) => (a.published ? a.published.slice(0, 10) : null)),
      periodTable: (keyOf, order) => storePeriodTable(store, selection, keyOf, order),
    });
  },
};

/** The strongest linked pair (else the strongest pair): the one the overlap section shows side by side. */
function sideBySidePair(r: OverlapResult): PairScore | null {
  const strongest = (p: PairScore) => Math.max(p.shared_a, p.shared_b);
  const best = (pairs: PairScore[]) => pairs.reduce<PairScore | null>((b, p) => (strongest(p) > (b ? strongest(b) : 0) ? p : b), null);
  return best(r.pairs.filter((p) => GRAPH_LINKS.has(p.relation))) ?? best(r.pairs);
}

/** The overlap section itself, given the pairs the store's overlap pass aligned (and the two texts it shows side by side). */
const overlapSectionFromStore: StoreSection = {
  id: "overlap",
  title: overlapSection.title,
  async build(ctx) {
    const r = await ctx.once("overlap", () => storeOverlapResult(ctx.store, ctx.selection, { detail: ctx.detail ? "all" : "links" }));
    const shared = sharedContext(ctx.corpus, ctx.selection, ctx.progress, { overlap: r, quotes: null });
    const top = sideBySidePair(r);
    if (top) {
      const ids = [top.a, top.b].map((id) => `'${id.replace(/'/g, "''")}'`).join(", ");
      const rows = await ctx.store.rows(`SELECT a.id, a.seq, a.file, a.title, u.outlet, a.published, a.published_estimated, a.language, a.encoding, t.raw, t.removed
        FROM articles a JOIN texts t ON t.article = a.id JOIN unit_articles u ON u.article = a.id WHERE a.id IN (${ids})`);
      shared.docs = rows.map((row) => toDocument(storedArticle(row)));
    }
    const out = await overlapSection.build(shared);
    // the per-pair detail is in the store; results.json keeps the unit results and the linked pairs
    return ctx.detail ? out : { ...out, results: collectionOverlapJson(overlapByUnit(r, ctx.selection.grouping)) };
  },
};

/**
 * The overlap's JSON for a collection: every unit result, and the pairs that link articles (copy,
 * rewrite, shared passage) with their scores and evidence. What grows with the collection is left to
 * the tables and the store: the per-article rows (the store's articles table), the substitutions
 * (tables/overlap-substitutions.csv) and the text of each pair's longest passage (its offsets stay).
 * On a million articles these made results.json 794 MB.
 */
function collectionOverlapJson(r: ReturnType<typeof overlapByUnit>): unknown {
  const { articles, substitutions, ...rest } = r;
  const linked = r.pairs.filter((p) => GRAPH_LINKS.has(p.relation)).map((p) => {
    const longest = p.evidence?.longest;
    if (!longest) return p;
    const { text_a: _a, text_b: _b, ...offsets } = longest;
    return { ...p, evidence: { ...p.evidence, longest: offsets } };
  });
  return {
    ...rest,
    pairs: linked,
    pairs_note: `${count(r.pairs.length)} pairs were aligned; the ${count(linked.length)} linked ones are listed here with the offsets of their longest passage, every one in tables/overlap-pairs.csv and in the store's pairs table`,
    left_out: `${count(articles.length)} article rows (the store's articles table) and ${count(substitutions.length)} substitutions (tables/overlap-substitutions.csv)`,
  };
}

/** The timeline: the in-memory section on every mention when the selection is story-sized, else aggregates. */
const timelineSectionFromStore: StoreSection = {
  id: "timeline",
  title: timelineSection.title,
  async build(ctx) {
    const overlap = await ctx.once("overlap", () => storeOverlapResult(ctx.store, ctx.selection, { detail: ctx.detail ? "all" : "links" }));
    if (!ctx.detail) return storeTimelineOutput(ctx, overlap.pairs);
    const source = sourceOf(syndicationClusters(overlap.pairs));
    ctx.progress("timeline: mentions from the store");
    const timeline = await storeTimelineResult(ctx.store, { source });
    return timelineSection.build(sharedContext(ctx.corpus, ctx.selection, ctx.progress, { overlap, timeline }));
  },
};

/** Quotes: the in-memory section on every quotation when the selection is story-sized, else aggregates. */
const quotesSectionFromStore: StoreSection = {
  id: "quotes",
  title: quotesSection.title,
  async build(ctx) {
    if (!ctx.detail) return storeQuotesOutput(ctx);
    ctx.progress("quotes: quotations from the store");
    const quotes = await storeQuoteResult(ctx.store);
    return quotesSection.build(sharedContext(ctx.corpus, ctx.selection, ctx.progress, { quotes, articles: ctx.selection.articles }));
  },
};

export const STORE_SECTIONS: StoreSection[] = [corpusSection, frequenciesSection, overlapSectionFromStore, timelineSectionFromStore, quotesSectionFromStore];
