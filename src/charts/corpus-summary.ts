import type { Document } from "../text/types";
import { countWords } from "../text/words";
import type { Unit } from "../grouping/unit";
import { defaultGrouping, unitKey, type Grouping, type UnitGroup } from "../grouping/groups";
import { shortTitle } from "../grouping/labels";
import { MAX_ROWS } from "./layout";
import { rankedColors } from "./theme";
import { escapeLabel } from "./hover";
import { unitNoun } from "../grouping/unit";

/** What the corpus charts need to know about one article: plain data, so tests can write it by hand. */
export interface ArticleSummary {
  id: string;
  file: string;
  title: string | null;
  outlet: string;
  /** the story it belongs to, when the corpus names several */
  topic?: string;
  /** ISO date or timestamp, null when unknown */
  published: string | null;
  publishedEstimated: boolean;
  /** words and numbers in the cleaned text, counted as `newscompare corpus` counts them */
  words: number;
  sentences: number;
  /** characters of the text as read */
  characters: number;
  /** characters removed by cleaning, per reason, in first-seen order */
  removed: Array<{ reason: string; characters: number }>;
}

/** The key an article is coloured by: its outlet, or its id when nobody says which outlet it is. */
export function colorKey(article: { id: string; outlet: string }): string {
  return article.outlet && article.outlet !== "unknown" ? article.outlet : article.id;
}

export function summarizeDocument(doc: Document): ArticleSummary {
  const { article } = doc;
  const removed = new Map<string, number>();
  for (const span of article.removed) removed.set(span.reason, (removed.get(span.reason) ?? 0) + (span.end - span.start));
  const words = countWords(doc.tokens);
  return {
    id: article.id,
    file: article.file,
    title: article.title,
    outlet: article.outlet,
    ...(article.topic !== undefined ? { topic: article.topic } : {}),
    published: article.published,
    publishedEstimated: article.publishedEstimated,
    words,
    sentences: doc.sentences.length,
    characters: article.raw.length,
    removed: [...removed].map(([reason, characters]) => ({ reason, characters })),
  };
}

export function summarizeCorpus(docs: Document[]): ArticleSummary[] {
  return docs.map(summarizeDocument);
}

/** What every corpus chart accepts: the report's grouping (default: the corpus's own unit) and a title. */
export interface CorpusChartOptions {
  grouping?: Grouping;
  title?: string;
}

/** Options from the old `(articles, title)` form or the options object. */
export function corpusChartOptions(articles: ArticleSummary[], options: string | CorpusChartOptions | undefined, title: string): { grouping: Grouping; title: string } {
  const o = typeof options === "string" ? { title: options } : options ?? {};
  return { grouping: defaultGrouping(articles, o.grouping), title: o.title ?? title };
}

/** One row per article when the unit is the article and every article fits on the chart. */
export function perArticle(grouping: Grouping, articles: number): boolean {
  return grouping.unit === "article" && articles <= MAX_ROWS;
}

/** A row of a per-group corpus chart: a group of the unit, or the remainder pooled as "N other …". */
export interface ChartRow {
  key: string;
  label: string;
  articles: ArticleSummary[];
}

/** The key of the pooled remainder row. */
export const OTHER_ROW = "\u0000other";

/**
 * The rows of a per-group chart: the unit's groups, largest first, up to MAX_ROWS; past it the
 * smallest groups share one last row ("69 other outlets"), so every article still counts. With the
 * article as unit and too many articles for one row each, a single row holds them all.
 */
export function chartRows(articles: ArticleSummary[], grouping: Grouping, max = MAX_ROWS): ChartRow[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const of = (g: UnitGroup) => g.articles.map((id) => byId.get(id)).filter((a): a is ArticleSummary => a !== undefined);
  if (grouping.unit === "article") return [{ key: "all", label: `all ${articles.length.toLocaleString("en-US")} articles`, articles }];
  const groups = grouping.groups.filter((g) => of(g).length > 0);
  if (groups.length <= max) return groups.map((g) => ({ key: g.key, label: g.label, articles: of(g) }));
  const shown = groups.slice(0, max - 1);
  const rest = groups.slice(max - 1);
  return [
    ...shown.map((g) => ({ key: g.key, label: g.label, articles: of(g) })),
    { key: OTHER_ROW, label: `${rest.length.toLocaleString("en-US")} other ${unitNoun(grouping.unit, rest.length !== 1)}`, articles: rest.flatMap(of) },
  ];
}

/** What a row stands for on an axis title: "Outlet", "Story". */
export function rowTitle(unit: Unit): string {
  const noun = unit === "article" ? "articles" : unitNoun(unit);
  return noun[0].toUpperCase() + noun.slice(1);
}

/**
 * Colours by outlet, the same on every chart of a corpus: the nine outlets with the most articles
 * get a colour each, the rest a shared grey "other" (legends stay short).
 */
export function outletColors(articles: Array<{ outlet: string; id: string; title: string | null; published: string | null }>) {
  const n = new Map<string, number>();
  for (const a of articles) n.set(outletKey(a), (n.get(outletKey(a)) ?? 0) + 1);
  return rankedColors([...n].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([k]) => k));
}

/** The outlet an article is counted under ("outlet not known" when nobody says). */
export function outletKey(a: { outlet: string; id: string; title: string | null; published: string | null }): string {
  return unitKey(a, "outlet");
}

/** Longest title in a hover line. */
const HOVER_TITLE = 120;

/** An article in a hover: its label, its full (but bounded) title, its id. */
export function articleHover(a: ArticleSummary, label: string): string {
  const title = a.title && !label.includes(a.title) ? `<br>${escapeLabel(shortTitle(a.title, HOVER_TITLE))}` : "";
  return `${escapeLabel(label)}${title}<br>id: ${escapeLabel(a.id)}`;
}
