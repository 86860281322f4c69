/**
 * The timeline section of a store's report past MAX_DETAIL_ARTICLES: what can be drawn from the
 * store's aggregates. The events chart and table are the in-memory section's (timelineEventsChart on
 * the events the corpus pass grouped, sources counted from the overlap's clusters); the chart of every
 * date each unit reports and the reach chart place each mention one by one and are not drawn — the
 * page says so, and the tables give the mentions per day and the reach per unit from SQL instead.
 */
import { rankEvents, reportedBy, severalSources, timelineEventsChart } from "../../charts/timeline-events";
import { unitNoun } from "../../grouping/unit";
import { sourceOf, syndicationClusters } from "../../overlap/clusters";
import type { OverlapResult } from "../../overlap/index";
import { escapeHtml as esc } from "../../render/html";
import { sqlFile } from "../../store/sql";
import { storeEventTimeline } from "../../store/timeline-result";
import { clusterSentence } from "../sections/timeline";
import type { SectionOutput } from "../section";
import { MAX_DETAIL_ARTICLES, type StoreReportContext } from "./context";

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/** Past the detail limit, the events drawn and listed: those the most outlets report, each with its first mentions. */
const MAX_STORE_EVENTS = 200;
const MAX_EVENT_MEMBERS = 500;

/** Mentions counted in SQL: all, dated (a resolved day), and per unit how far from publication (median days). */
const UNIT_SQL = `SELECT u.unit, count(DISTINCT u.article) AS articles, count(m.article) AS mentions, count(m.resolved_start) AS dated,
  min(m.resolved_start) AS earliest, max(m.resolved_start) AS latest,
  median(CASE WHEN m.resolved_start IS NOT NULL AND a.reference IS NOT NULL
    THEN date_diff('day', TRY_CAST(substr(a.reference, 1, 10) AS DATE), TRY_CAST(substr(m.resolved_start, 1, 10) AS DATE)) END) AS median_days
  FROM unit_articles u JOIN articles a ON a.id = u.article LEFT JOIN mentions m ON m.article = u.article
  GROUP BY u.unit`;

export async function storeTimelineOutput(ctx: StoreReportContext, pairs: OverlapResult["pairs"]): Promise<SectionOutput> {
  const clusters = syndicationClusters(pairs);
  const source = sourceOf(clusters);
  const { store, selection } = ctx;
  const g = selection.grouping;
  const label = (id: string) => g.articleLabel.get(id) ?? id;
  const noun = unitNoun(g.unit);
  ctx.progress("timeline: events and mentions per day from the store");
  // past the detail limit: the best-attested events, each with its first mentions (memory; see storeEventTimeline)
  const result = await storeEventTimeline(store, ctx.detail ? { source } : { source, maxEvents: MAX_STORE_EVENTS, maxMembers: MAX_EVENT_MEMBERS });
  const several = severalSources(result.events);
  const copiesOnly = result.events.length - several.length;
  const conflicts = several.filter((e) => e.conflict);
  const perUnit = new Map((await store.rows(UNIT_SQL)).map((r) => [String(r.unit), r]));
  const total = [...perUnit.values()].reduce((n, r) => n + Number(r.mentions), 0);
  const dated = [...perUnit.values()].reduce((n, r) => n + Number(r.dated), 0);
  const days = await store.rows(sqlFile("mentions-per-day"));
  const intro =
    `<p>${plural(total, "time expression")} found, ${dated.toLocaleString("en-US")} of them calendar dates resolved against each article's publication date.</p>` +
    `<p>${plural(several.length, "event")} ${several.length === 1 ? "is" : "are"} reported by at least two independent sources` +
    (copiesOnly > 0 ? `; ${plural(copiesOnly, "more event")} ${copiesOnly === 1 ? "is" : "are"} repeated only by copies of one source` : "") +
    (several.length ? (conflicts.length ? `; <b>${plural(conflicts.length, "event")} ${conflicts.length === 1 ? "is" : "are"} placed on different dates</b>.` : "; no source places one of them on a different date.") : ".") +
    ` ${clusterSentence(clusters, label)}</p>` +
    `<p>The chart of the dates each ${esc(noun)} reports and the chart of how far back each reaches place every one of the ${plural(total, "mention")} on its own; ` +
    `a store's report draws them for up to ${MAX_DETAIL_ARTICLES.toLocaleString("en-US")} articles (select fewer with --outlet, --from and --to). ` +
    `Here the tables give the mentions per day and per ${esc(noun)}, and how far back each ${esc(noun)} reaches` +
    (ctx.detail ? "" : `; the events are the ${MAX_STORE_EVENTS} that the most outlets report, each with its first ${MAX_EVENT_MEMBERS} mentions`) + `.</p>`;
  const ranked = rankEvents(several);
  const unitRows = g.groups.map((x) => {
    const r = perUnit.get(x.key);
    return {
      [noun]: x.label, articles: x.articles.length, mentions: Number(r?.mentions ?? 0), dated: Number(r?.dated ?? 0),
      earliest: r?.earliest == null ? null : String(r.earliest), latest: r?.latest == null ? null : String(r.latest),
      median_days: r?.median_days == null ? null : Number(r.median_days),
    };
  });
  return {
    intro,
    charts: [
      {
        name: "timeline-events", title: "Events reported by several independent sources",
        caption: `One row per event, with how many articles and independent sources report it (copies of one another count once); a mark per ${noun} at the date it gives. ⚠ and red outlines flag conflicts.`,
        figure: timelineEventsChart(result, { grouping: g }),
      },
    ],
    tables: [
      {
        name: "timeline-events", title: "Events reported by more than one article",
        caption: "Best attested first: most independent sources (articles that copy or rewrite one another count as one), fewer when some of its articles give another date.",
        rows: ranked.map((e) => ({
          event: e.id, date: e.value, reported_by: reportedBy(e), sources: e.sources ?? null, conflict: Boolean(e.conflict),
          articles: e.articles.map(label).join("; "), article_ids: e.articles.join(", "), outlets: e.outlets.join(", "), sentence: e.label,
        })),
      },
      {
        name: `timeline-per-${g.unit}`, title: `Dates per ${noun}`,
        caption: `Per ${noun}: its articles, the time expressions found, those resolved to a day, the earliest and latest day reported, and the median days between publication and the day mentioned (negative: before).`,
        rows: unitRows,
      },
      {
        name: "timeline-days", title: `Mentions per day and ${noun}`,
        caption: `How often each day is mentioned (a date resolved to one day) by the articles of each ${noun}, and by how many articles.`,
        rows: days.map((r) => ({ day: String(r.day), [noun]: g.groupLabel.get(String(r.unit)) ?? String(r.unit), mentions: Number(r.mentions), articles: Number(r.articles) })),
        showRows: 20,
      },
    ],
    results: { unit: g.unit, mentions: total, dated, events: ranked.map((e) => ({ ...e, mentions: undefined })), units: unitRows },
  };
}
