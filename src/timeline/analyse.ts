/**
 * The whole timeline analysis for a corpus: mentions of every article (with the publication date
 * used, and whether it was estimated), and the events across articles. The same object feeds the
 * CLI's --json, the report section and the notebook.
 */
import type { Document } from "../text/types";
import type { Mention, TimelineEvent } from "./types";
import { extractMentions, estimatePublished } from "./extract";
import { groupEvents } from "./events";
import { parseDay, formatDay } from "./timex";

export interface TimelineResult {
  articles: Array<{ article: string; file: string; outlet: string; published: string | null; estimated: boolean; mentions: number; earliest: string | null }>;
  mentions: Array<Mention & { file: string; outlet: string }>;
  events: TimelineEvent[];
}

export function analyseTimeline(docs: Document[], options: { published?: string } = {}): TimelineResult {
  const articles: TimelineResult["articles"] = [];
  const mentions: TimelineResult["mentions"] = [];
  for (const doc of docs) {
    const a = doc.article;
    let published = parseDay(a.published) ? a.published!.slice(0, 10) : options.published ?? null;
    let estimated = a.publishedEstimated;
    if (!published) {
      const guess = estimatePublished(a, doc);
      if (guess) {
        published = formatDay(guess);
        estimated = true;
      }
    }
    const found = extractMentions(a, { reference: published, doc });
    const days = found.map((m) => m.resolvedStart).filter((d): d is string => !!d).sort();
    articles.push({ article: a.id, file: a.file, outlet: a.outlet, published, estimated, mentions: found.length, earliest: days[0] ?? null });
    for (const m of found) mentions.push({ ...m, file: a.file, outlet: a.outlet });
  }
  return { articles, mentions, events: groupEvents(mentions, docs) };
}
