/**
 * The whole timeline analysis for a corpus: mentions of every article (with the publication date
 * used, and whether it was estimated), and the events across articles. The same object feeds the
 * CLI's --json, the report section and the notebook.
 */
import type { Article } from "../corpus/article";
import type { Document } from "../text/types";
import type { Mention, TimelineEvent } from "./types";
import { articleMentions } from "./extract";
import { groupEvents } from "./events";
import { sentenceBounds } from "./sentences";
import { independentSources } from "../overlap/clusters";

export interface TimelineResult {
  articles: Array<{ article: string; file: string; outlet: string; published: string | null; estimated: boolean; mentions: number; earliest: string | null }>;
  mentions: Array<Mention & { file: string; outlet: string }>;
  events: TimelineEvent[];
}

export interface TimelineOptions {
  /** reference date (YYYY-MM-DD) for articles without one (the loader already gives `--published` to those it loads) */
  published?: string;
  /**
   * each article's source (`sourceOf(syndicationClusters(overlap.pairs))`): given it, every event
   * counts its independent sources, since a copy repeating a date is not a second witness to it
   */
  source?: (article: string) => string;
}

/**
 * One article's part of the analysis: its row and its mentions. Takes the article's Document when
 * the caller has one (the report shares them), else only an Article: the timeline needs sentence
 * bounds, not tokens, and `sentenceBounds` then finds them without building a Document.
 */
export function articleTimeline(input: Document | Article, options: TimelineOptions = {}): { row: TimelineResult["articles"][number]; mentions: TimelineResult["mentions"] } {
  const doc = "tokens" in input ? input : undefined;
  const a = doc ? doc.article : (input as Article);
  const { published, estimated, mentions: found } = articleMentions(a, sentenceBounds(a, doc), options.published);
  const days = found.map((m) => m.resolvedStart).filter((d): d is string => !!d).sort();
  // the file and outlet go onto the fresh mentions in place (same keys, same order as a spread copy)
  const mentions = found as TimelineResult["mentions"];
  for (const m of mentions) {
    m.file = a.file;
    m.outlet = a.outlet;
  }
  return { row: { article: a.id, file: a.file, outlet: a.outlet, published, estimated, mentions: found.length, earliest: days[0] ?? null }, mentions };
}

/** The timeline of a corpus, from its Documents (report, notebooks) or just its Articles (CLI). */
export function analyseTimeline(inputs: Array<Document | Article>, options: TimelineOptions = {}): TimelineResult {
  const articles: TimelineResult["articles"] = [];
  const mentions: TimelineResult["mentions"] = [];
  for (const input of inputs) {
    const one = articleTimeline(input, options);
    articles.push(one.row);
    for (const m of one.mentions) mentions.push(m);
  }
  const events = groupEvents(mentions, inputs.map((x) => ("tokens" in x ? x : { article: x })));
  if (options.source) for (const e of events) e.sources = independentSources(e.articles, options.source);
  return { articles, mentions, events };
}
