/**
 * The timeline per unit of comparison (article, outlet, publication day or story): how much each
 * unit dates, how far back and forward, and in how many events reported by several sources it takes
 * part. The CLI's --json and the report's results.json add it beside the articles, mentions and
 * events, keyed by the unit's group key (article ids stay ids).
 */
import type { Grouping } from "../grouping/groups";
import type { TimelineResult } from "./analyse";

export interface TimelineUnit {
  key: string;
  label: string;
  /** article ids */
  articles: string[];
  mentions: number;
  /** mentions resolved to calendar days */
  dated: number;
  /** first and last day mentioned */
  earliest: string | null;
  latest: string | null;
  /** median days from publication to the dates mentioned (negative = before) */
  median_days: number | null;
  /** events reported by several (independent sources where counted, else articles) that it reports */
  shared_events: number;
}

const DAY_MS = 86_400_000;

export function timelineUnits(result: TimelineResult, grouping: Grouping): TimelineUnit[] {
  const keyOf = (article: string) => grouping.groupOf.get(article) ?? article;
  const published = new Map(result.articles.map((a) => [a.article, a.published]));
  const acc = new Map(grouping.groups.map((g) => [g.key, { mentions: 0, dated: 0, days: [] as string[], reach: [] as number[], events: 0 }]));
  for (const m of result.mentions) {
    const u = acc.get(keyOf(m.article));
    if (!u) continue;
    u.mentions++;
    if (!m.resolvedStart) continue;
    u.dated++;
    u.days.push(m.resolvedStart);
    const pub = published.get(m.article);
    if (pub) u.reach.push(Math.round((Date.parse(m.resolvedStart) - Date.parse(pub)) / DAY_MS));
  }
  for (const e of result.events) {
    if ((e.sources ?? e.articles.length) < 2) continue;
    for (const key of new Set(e.articles.map(keyOf))) {
      const u = acc.get(key);
      if (u) u.events++;
    }
  }
  return grouping.groups.map((g) => {
    const u = acc.get(g.key)!;
    const days = u.days.sort();
    const reach = u.reach.sort((a, b) => a - b);
    return {
      key: g.key, label: g.label, articles: g.articles, mentions: u.mentions, dated: u.dated,
      earliest: days[0] ?? null, latest: days[days.length - 1] ?? null,
      median_days: reach.length ? reach[Math.floor((reach.length - 1) / 2)] : null,
      shared_events: u.events,
    };
  });
}
