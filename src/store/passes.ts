/**
 * The corpus-level steps that are not per article, run over the store after ingest or removal:
 * outlet spellings unified (corpus/outlets.ts), speakers' spellings merged (quotes/names.ts
 * mergeNames), events grouped across articles (timeline/events.ts groupEvents) and the overlap
 * candidate pairs aligned (overlap-pass.ts). Each reads what it needs with SQL and calls the same
 * function the in-memory path calls; each result is a derived table, switched in with store.json.
 */
import * as fs from "node:fs";
import type { Article } from "../corpus/article";
import { unifyOutletNames } from "../corpus/outlets";
import { sortsIntoStories, TOPIC_SOURCES, type TopicSource } from "../corpus/topics";
import type { ProgressSink } from "../report/progress";
import { mergeNames } from "../quotes/names";
import { groupEvents } from "../timeline/events";
import type { Mention, TimexType } from "../timeline/types";
import type { Row } from "./article-rows";
import { writeDerived, writeDerivedQuery } from "./derived";
import { readState, writeState, type StoreState } from "./layout";
import { defineViews, openStore, type Store } from "./open";
import { sqlFile, unitKeyParams } from "./sql";
import { overlapPass, type OverlapPassOptions } from "./overlap-pass";

export interface PassOptions extends OverlapPassOptions {
  sink?: ProgressSink;
  /** skip the overlap pass (alignment is the costly one) */
  overlap?: boolean;
  /** how much memory DuckDB may use (openStore's memoryLimit) */
  memoryLimit?: string;
}

/** Above this many distinct speaker names, only the most quoted are merged: mergeNames compares names pairwise (5,000 names took a minute here); the rest keep their own spelling. */
export const MAX_MERGED_SPEAKERS = 5_000;
/** Above this many dated mentions, events are grouped month by month instead of all at once (memory). */
export const MAX_EVENT_MENTIONS = 300_000;

export async function runPasses(dir: string, options: PassOptions = {}): Promise<void> {
  const store = await openStore(dir, { memoryLimit: options.memoryLimit });
  let state = store.state;
  const garbage: string[] = [];
  const apply = (r: { state: StoreState; old: string | null }) => {
    state = r.state;
    if (r.old) garbage.push(r.old);
  };
  try {
    apply(await writeDerived(store.connection, dir, state, "outlets", await outletRows(store)));
    apply(await writeDerived(store.connection, dir, state, "speakers", await speakerRows(store)));
    apply(await writeDerived(store.connection, dir, state, "events", eventRows(store)));
    state = { ...state, topicSource: await topicSource(store) };
    // outlet_terms reads the outlets table just written (and queries the topic): the views are redefined over the new state
    await defineViews(store.connection, dir, state);
    apply(await writeDerivedQuery(store.connection, dir, state, "outlet_terms", sqlFile("outlet-terms", unitKeyParams())));
    if (options.overlap !== false) apply(await writeDerived(store.connection, dir, state, "pairs", overlapPass(store, options)));
    state = { ...state, derivedFrom: state.batches.map((b) => b.id) };
    // the batches may not have changed since this pass opened the store (one writer at a time)
    if (JSON.stringify(readState(dir).batches) !== JSON.stringify(store.state.batches)) throw new Error("the store changed while its passes ran");
    writeState(dir, state);
    for (const f of garbage) fs.rmSync(f, { force: true });
  } finally {
    store.close();
  }
}

/** Which source names the stories of the whole store (topics.ts's rule on counts from SQL), or null. */
export async function topicSource(store: Store): Promise<TopicSource | null> {
  for (const source of TOPIC_SOURCES) {
    const [r] = await store.rows(`SELECT count(*) AS stories, coalesce(max(n), 0) AS largest FROM (
      SELECT count(*) AS n FROM articles WHERE topic_${source} IS NOT NULL GROUP BY topic_${source}) s`);
    if (sortsIntoStories(Number(r.stories), Number(r.largest))) return source;
  }
  return null;
}

/** spelling → outlet: the loader's rule (the spelling most articles use) over the whole store. */
export async function outletRows(store: Store): Promise<Row[]> {
  const counts = await store.rows("SELECT outlet, count(*) AS n FROM articles GROUP BY outlet ORDER BY outlet");
  // unifyOutletNames counts articles: one object per spelling, listed once per article using it
  const items: Article[] = [];
  const bySpelling = new Map<string, Article>();
  for (const c of counts) {
    const a = { outlet: String(c.outlet), meta: {} } as Article;
    bySpelling.set(String(c.outlet), a);
    for (let i = 0; i < Number(c.n); i++) items.push(a);
  }
  unifyOutletNames(items);
  return [...bySpelling].map(([spelling, a]) => [spelling, a.outlet]);
}

/** name as the article gives it → canonical speaker (quotes/corpus.ts's merge, over the store). */
export async function speakerRows(store: Store): Promise<Row[]> {
  const counts = await store.rows("SELECT speaker, count(*) AS n FROM quotes WHERE speaker IS NOT NULL GROUP BY speaker ORDER BY n DESC, speaker");
  const merged = new Map<string, number>();
  for (const c of counts.slice(0, MAX_MERGED_SPEAKERS)) merged.set(String(c.speaker), Number(c.n));
  const canonical = mergeNames(merged);
  return counts.map((c) => [String(c.speaker), canonical.get(String(c.speaker)) ?? String(c.speaker)]);
}

/** The dated mentions of the store as the timeline's Mention objects, in ingest order. */
const MENTION_SQL = `SELECT m.*, a.seq, coalesce(o.outlet, a.outlet) AS outlet FROM mentions m JOIN articles a ON a.id = m.article
  LEFT JOIN outlets o ON o.spelling = a.outlet`;

/** A stored mention row as the timeline's Mention. */
export function toMention(r: Record<string, unknown>): Mention {
  const m: Mention = {
    article: String(r.article), start: Number(r.start), end: Number(r.end), text: String(r.text), type: r.type as TimexType, value: String(r.value),
    sentence: String(r.sentence), sentenceStart: Number(r.sentence_start), sentenceEnd: Number(r.sentence_end),
  };
  if (r.mod !== null) m.mod = String(r.mod);
  if (r.anchor !== null) m.anchor = String(r.anchor);
  if (r.resolved_start !== null) m.resolvedStart = String(r.resolved_start);
  if (r.resolved_end !== null) m.resolvedEnd = String(r.resolved_end);
  if (r.direction !== null) m.direction = r.direction as "past" | "future";
  return m;
}

/** Events: groupEvents over the dated mentions (month by month for a very large store), each month's rows as they are grouped. */
export async function* eventRows(store: Store): AsyncGenerator<Row> {
  const dated = `resolved_start IS NOT NULL AND (type = 'DATE' OR type = 'TIME' OR (type = 'DURATION' AND anchor IS NOT NULL))`;
  const [{ n }] = await store.rows(`SELECT count(*) AS n FROM mentions WHERE ${dated}`);
  const months = Number(n) > MAX_EVENT_MENTIONS
    ? (await store.rows(`SELECT DISTINCT substr(resolved_start, 1, 7) AS m FROM mentions WHERE ${dated} ORDER BY m`)).map((r) => String(r.m))
    : [null];
  let k = 0;
  for (const month of months) {
    const where = `WHERE ${dated.replace(/\b(resolved_start|type|anchor)\b/g, "m.$1")}${month ? ` AND substr(m.resolved_start, 1, 7) = '${month}'` : ""}`;
    const found = await store.rows(`${MENTION_SQL} ${where} ORDER BY a.seq, m.ord`);
    const outlets = new Map(found.map((r) => [String(r.article), { article: { id: String(r.article), outlet: String(r.outlet) } }]));
    const events = groupEvents(found.map(toMention), [...outlets.values()]);
    for (const e of events) {
      const id = month ? `e${++k}` : e.id;
      for (const m of e.mentions) yield [id, e.value, e.label, e.clause, JSON.stringify(e.keywords), m.article, m.start, m.end, m.value, e.conflict !== undefined];
    }
  }
}
