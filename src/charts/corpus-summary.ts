import type { Document } from "../text/types";
import { countWords } from "../text/words";

/** What the corpus charts need to know about one article: plain data, so tests can write it by hand. */
export interface ArticleSummary {
  id: string;
  file: string;
  title: string | null;
  outlet: string;
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

/** A short label for an article on a chart axis: its id (unique), which the hover text expands. */
export function articleLabel(article: { id: string }): string {
  return article.id;
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

const LONG_ID = 18;

/** "2b95d2cf-e979-4f9c-ae27-9a5370934f23_1" -> "2b95d2cf…934f23_1": long ids (uuids) would eat the plot. */
export function shortLabel(id: string): string {
  return id.length > LONG_ID ? `${id.slice(0, 8)}…${id.slice(-8)}` : id;
}

/**
 * Category-axis settings that keep the given order and, when some id is long, show shortened tick
 * labels (the hover text still names the article in full).
 */
export function articleAxis(ids: string[]): Record<string, unknown> {
  const axis: Record<string, unknown> = { type: "category", categoryorder: "array", categoryarray: ids };
  if (ids.some((id) => id.length > LONG_ID)) Object.assign(axis, { tickmode: "array", tickvals: ids, ticktext: ids.map(shortLabel) });
  return axis;
}

/** Height for a chart with one row per article: grows past the default once rows would crowd. */
export function rowsHeight(rows: number): number | undefined {
  return rows > 14 ? 22 * rows + 160 : undefined;
}
