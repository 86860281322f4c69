/**
 * The timeline analysis's result (TimelineResult: each article's reference date, every mention, the
 * events across articles) for the selected articles of a store. Mentions are the stored ones, in ingest
 * order; events are grouped by src/timeline's own `groupEvents` over the selection's mentions — the
 * same events a folder of these articles gives — unless the selection has more dated mentions than the
 * corpus pass groups at once, when the pass's events (grouped month by month over the store) are read.
 * Given each article's source (copies of one another are one), every event counts its independent
 * sources, as the in-memory analysis does.
 */
import { independentSources } from "../overlap/clusters";
import type { TimelineResult } from "../timeline/analyse";
import { groupEvents, reportingOutlet } from "../timeline/events";
import type { TimelineEvent } from "../timeline/types";
import type { Store } from "./open";
import { MAX_EVENT_MENTIONS, toMention } from "./passes";

/** The timeline of the articles in unit_articles (selectStore). */
export async function storeTimelineResult(store: Store, options: { source?: (article: string) => string } = {}): Promise<TimelineResult> {
  const arts = await store.rows(`SELECT a.id, a.file, u.outlet, a.reference, a.reference_estimated FROM unit_articles u JOIN articles a ON a.id = u.article ORDER BY u.seq`);
  const rows = await store.rows(`SELECT m.*, a.file, u.outlet FROM mentions m JOIN unit_articles u ON u.article = m.article JOIN articles a ON a.id = m.article ORDER BY u.seq, m.ord`);
  const mentions: TimelineResult["mentions"] = rows.map((r) => Object.assign(toMention(r), { file: String(r.file), outlet: String(r.outlet) }));
  const perArticle = new Map<string, { n: number; earliest: string | null }>();
  for (const m of mentions) {
    const p = perArticle.get(m.article) ?? { n: 0, earliest: null };
    p.n++;
    if (m.resolvedStart && (p.earliest === null || m.resolvedStart < p.earliest)) p.earliest = m.resolvedStart;
    perArticle.set(m.article, p);
  }
  const articles: TimelineResult["articles"] = arts.map((r) => ({
    article: String(r.id), file: String(r.file), outlet: String(r.outlet), published: r.reference === null ? null : String(r.reference),
    estimated: Boolean(r.reference_estimated), mentions: perArticle.get(String(r.id))?.n ?? 0, earliest: perArticle.get(String(r.id))?.earliest ?? null,
  }));
  const dated = mentions.filter((m) => m.resolvedStart && (m.type === "DATE" || m.type === "TIME" || (m.type === "DURATION" && m.anchor))).length;
  const events = dated <= MAX_EVENT_MENTIONS
    ? groupEvents(mentions, articles.map((a) => ({ article: { id: a.article, outlet: a.outlet } })))
    : (await storeEventTimeline(store, { minArticles: 1 })).events;
  if (options.source) for (const e of events) e.sources = independentSources(e.articles, options.source);
  return { articles, mentions, events };
}

/**
 * The events at least `minArticles` of the selected articles report, as the corpus pass grouped them
 * over the store, with their mentions and articles: a TimelineResult holding only what the events
 * chart and table need, for a selection too large to read every mention.
 * `maxEvents`, `maxMembers`: for a collection too large to hold even every event's mentions (a million
 * articles give events reported by tens of thousands), only the events the most outlets report, and of
 * each its first mentions in ingest order.
 */
export async function storeEventTimeline(
  store: Store,
  options: { source?: (article: string) => string; minArticles?: number; maxEvents?: number; maxMembers?: number } = {},
): Promise<TimelineResult> {
  const top = options.maxEvents ? ` ORDER BY count(DISTINCT u.outlet) DESC, count(DISTINCT e.article) DESC, e.event LIMIT ${Math.floor(options.maxEvents)}` : "";
  const members = options.maxMembers ? `WHERE x.member <= ${Math.floor(options.maxMembers)}` : "";
  await store.run(`CREATE OR REPLACE TEMP TABLE kept_events AS
    SELECT e.event FROM events e JOIN unit_articles u ON u.article = e.article GROUP BY e.event HAVING count(DISTINCT e.article) >= ${options.minArticles ?? 2}${top}`);
  const rows = await store.rows(`WITH chosen AS (
      SELECT * FROM (
        SELECT e.*, u.outlet, u.seq, row_number() OVER (PARTITION BY e.event ORDER BY u.seq, e.start) AS member
        FROM events e JOIN kept_events k ON k.event = e.event JOIN unit_articles u ON u.article = e.article) x ${members})
    SELECT e.event, e.value AS event_value, e.label, e.clause, e.keywords, e.mention_value, e.conflict, m.*, a.file, e.outlet, a.reference, a.reference_estimated
    FROM chosen e JOIN articles a ON a.id = e.article
    JOIN mentions m ON m.article = e.article AND m.start = e.start
    ORDER BY e.event, e.seq, e.start`);
  const events = new Map<string, TimelineEvent>();
  const mentions: TimelineResult["mentions"] = [];
  const articles = new Map<string, TimelineResult["articles"][number]>();
  for (const r of rows) {
    const m = Object.assign(toMention(r), { file: String(r.file), outlet: String(r.outlet) });
    mentions.push(m);
    if (!articles.has(m.article)) {
      articles.set(m.article, { article: m.article, file: m.file, outlet: m.outlet, published: r.reference === null ? null : String(r.reference), estimated: Boolean(r.reference_estimated), mentions: 0, earliest: null });
    }
    const id = String(r.event);
    let e = events.get(id);
    if (!e) {
      e = { id, value: String(r.event_value), label: String(r.label), clause: String(r.clause), keywords: JSON.parse(String(r.keywords)), mentions: [], outlets: [], articles: [] };
      events.set(id, e);
    }
    const outlet = reportingOutlet(m.article, m.outlet);
    e.mentions.push({ article: m.article, outlet, start: m.start, end: m.end, text: m.text, value: String(r.mention_value), sentence: m.sentence });
    if (r.conflict) ((e.conflict ??= { values: {} }).values[String(r.mention_value)] ??= []).push(m.article);
  }
  // with the members capped, an event's articles and outlets are still all of them (ids only: the
  // mentions, sentences and all, are what does not fit), so its counts are true
  const everyMember = options.maxMembers ? await eventMembers(store) : null;
  for (const e of events.values()) {
    const members = everyMember?.get(e.id) ?? e.mentions;
    e.outlets = [...new Set(members.map((x) => x.outlet))].sort();
    e.articles = [...new Set(members.map((x) => x.article))].sort();
    if (options.source) e.sources = independentSources(e.articles, options.source);
  }
  const list = [...events.values()].sort((a, b) => (a.mentions[0].value < b.mentions[0].value ? -1 : a.mentions[0].value > b.mentions[0].value ? 1 : 0));
  return { articles: [...articles.values()], mentions, events: list };
}

/** event → each (article, outlet) reporting it, for the events in kept_events (an article of no known outlet is its own outlet). */
async function eventMembers(store: Store): Promise<Map<string, Array<{ article: string; outlet: string }>>> {
  const out = new Map<string, Array<{ article: string; outlet: string }>>();
  await store.forEachRow(`SELECT DISTINCT e.event, e.article, u.outlet FROM events e JOIN kept_events k ON k.event = e.event
    JOIN unit_articles u ON u.article = e.article`, ([event, article, outlet]) => {
    const list = out.get(String(event)) ?? [];
    if (list.length === 0) out.set(String(event), list);
    list.push({ article: String(article), outlet: reportingOutlet(String(article), String(outlet)) });
  });
  return out;
}
