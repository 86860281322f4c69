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
import { groupEvents } from "../timeline/events";
import type { TimelineEvent } from "../timeline/types";
import type { Store } from "./open";
import { MAX_EVENT_MENTIONS, toMention } from "./passes";

const DATED = `m.resolved_start IS NOT NULL AND (m.type = 'DATE' OR m.type = 'TIME' OR (m.type = 'DURATION' AND m.anchor IS NOT NULL))`;

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
    : await passEvents(store, mentions);
  if (options.source) for (const e of events) e.sources = independentSources(e.articles, options.source);
  return { articles, mentions, events };
}

/** The corpus pass's events, their mentions those of the selection. */
async function passEvents(store: Store, mentions: TimelineResult["mentions"]): Promise<TimelineEvent[]> {
  const byKey = new Map(mentions.map((m) => [`${m.article}\u0000${m.start}`, m]));
  const rows = await store.rows(`SELECT e.* FROM events e JOIN unit_articles u ON u.article = e.article JOIN mentions m ON m.article = e.article AND m.start = e.start
    WHERE ${DATED} ORDER BY e.event, u.seq, e.start`);
  const events = new Map<string, TimelineEvent>();
  for (const r of rows) {
    const m = byKey.get(`${r.article}\u0000${r.start}`);
    if (!m) continue;
    const id = String(r.event);
    let e = events.get(id);
    if (!e) {
      e = { id, value: String(r.value), label: String(r.label), clause: String(r.clause), keywords: JSON.parse(String(r.keywords)), mentions: [], outlets: [], articles: [] };
      events.set(id, e);
    }
    const outlet = m.outlet === "unknown" ? m.article : m.outlet;
    e.mentions.push({ article: m.article, outlet, start: m.start, end: m.end, text: m.text, value: String(r.mention_value), sentence: m.sentence });
    if (r.conflict) ((e.conflict ??= { values: {} }).values[String(r.mention_value)] ??= []).push(m.article);
  }
  for (const e of events.values()) {
    e.outlets = [...new Set(e.mentions.map((m) => m.outlet))].sort();
    e.articles = [...new Set(e.mentions.map((m) => m.article))].sort();
  }
  return [...events.values()].sort((a, b) => (a.mentions[0].value < b.mentions[0].value ? -1 : a.mentions[0].value > b.mentions[0].value ? 1 : 0));
}
