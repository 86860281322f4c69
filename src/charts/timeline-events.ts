/**
 * Events reported by several sources: one row per event (its date and the words around it), a mark
 * per unit reporting it — per article for a few, per outlet or story beyond — at the date it gives.
 * Articles that copy or rewrite one another are one source (the event's `sources`, counted from the
 * overlap's syndication clusters), so an event repeated only by a copy is not "reported by several".
 * Conflicts — the same event placed on different dates — are drawn with red outlines and flagged.
 */
import type { Figure } from "./figure";
import type { TimelineResult } from "../timeline/analyse";
import type { TimelineEvent } from "../timeline/types";
import { topRows, type Grouping } from "../grouping/groups";
import { shortTitle } from "../grouping/labels";
import { axis, baseLayout, figure, rankedColors, ALERT_COLOR, OUTLINE_COLOR } from "./theme";
import { categoryAxis, heightForRows, MAX_LEGEND, MAX_ROWS, moreNote, ROW_PX } from "./layout";
import { escapeLabel as esc } from "./hover";
import { centralWindow, clipSentence, timelineGrouping } from "./timeline";
import { unitNoun } from "../grouping/unit";

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Words of an event's clause kept in its row label; the whole sentence is in the hover. */
const LABEL_CHARS = 48;
/** Room at the right of the plot for each row's "3 articles, 2 sources". */
const COUNTS_PX = 180;
/** Longest legend entry: the legend takes width from the plot. */
const LEGEND_CHARS = 30;

/** "3 articles, 2 independent sources" (the sources only when they were counted). */
export function reportedBy(e: TimelineEvent, short = false): string {
  const n = e.articles.length;
  const articles = `${n} article${n === 1 ? "" : "s"}`;
  if (e.sources === undefined) return articles;
  return `${articles}, ${e.sources} ${short ? "" : "independent "}source${e.sources === 1 ? "" : "s"}`;
}

/**
 * The events reported by several: by at least `min` independent sources where they were counted,
 * else by at least `min` articles.
 */
export function severalSources(events: TimelineEvent[], min = 2): TimelineEvent[] {
  return events.filter((e) => (e.sources ?? e.articles.length) >= min);
}

/**
 * How well attested an event is, for choosing the rows to draw: its independent sources (articles
 * where they were not counted), discounted by the share of its articles that give another date — a
 * loose group of mentions that disagree on everything is not a well-reported event.
 */
export function attestation(e: TimelineEvent): number {
  const agreeing = new Set(e.mentions.filter((m) => m.value === e.value).map((m) => m.article)).size;
  return (e.sources ?? e.articles.length) * (agreeing / Math.max(1, e.articles.length));
}

/** Events best attested first (ties: more articles, then earlier date). */
export function rankEvents(events: TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) => attestation(b) - attestation(a) || b.articles.length - a.articles.length || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

const cut = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1).replace(/\s+\S*$/, "")}…`);

export function timelineEventsChart(result: TimelineResult, options: { minArticles?: number; grouping?: Grouping } = {}): Figure {
  const grouping = timelineGrouping(result, options.grouping);
  const perArticle = grouping.unit === "article";
  const several = severalSources(result.events, options.minArticles ?? 2);
  // the best-attested events when there are too many rows, then in date order as groupEvents gives them
  const { shown: top, rest } = topRows(rankEvents(several), MAX_ROWS);
  const keep = new Set(top);
  const events = several.filter((e) => keep.has(e));
  const label = (id: string) => grouping.articleLabel.get(id) ?? id;
  const rowLabel = (e: TimelineEvent) => `${e.conflict ? "⚠ " : ""}${esc(e.value)} · ${esc(cut(e.clause, LABEL_CHARS))}`;
  const bounds = new Map(result.mentions.map((m) => [`${m.article}:${m.start}`, m.resolvedStart]));
  const info = new Map(result.articles.map((a) => [a.article, a]));
  // a mark per article (coloured by outlet) for a few articles; per group beyond
  const keyOf = (article: string) => {
    if (!perArticle) return grouping.groupOf.get(article) ?? article;
    const o = info.get(article)?.outlet;
    return o && o !== "unknown" ? o : article;
  };
  const counts = new Map<string, number>();
  for (const e of events) for (const m of e.mentions) counts.set(keyOf(m.article), (counts.get(keyOf(m.article)) ?? 0) + 1);
  const colors = rankedColors([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k), MAX_LEGEND - 1);
  interface Cell { e: TimelineEvent; key: string; x: string | undefined; articles: string[]; first: TimelineEvent["mentions"][number] }
  const cells = new Map<string, Cell>();
  for (const e of events) {
    for (const m of e.mentions) {
      const x = bounds.get(`${m.article}:${m.start}`);
      const key = keyOf(m.article);
      // per group: one mark per lane and date (the groups folded into "other" share one)
      const id = perArticle ? `${e.id}\u0000${m.article}` : `${e.id}\u0000${colors.legendName(key)}\u0000${x}`;
      const c = cells.get(id);
      if (c) c.articles.push(m.article);
      else cells.set(id, { e, key, x, articles: [m.article], first: m });
    }
  }
  const byLane = new Map<string, Cell[]>();
  for (const c of cells.values()) {
    const lane = colors.legendName(c.key);
    const list = byLane.get(lane);
    if (list) list.push(c);
    else byLane.set(lane, [c]);
  }
  // a lane is an outlet, an article with no outlet (shown by its label), a group, or "other"
  const laneLabel = (lane: string) => shortTitle(perArticle ? grouping.articleLabel.get(lane) ?? lane : grouping.groupLabel.get(lane) ?? lane, LEGEND_CHARS);
  // the dates most marks give; a mark outside is drawn at the edge as a triangle pointing to its date
  const range = centralWindow([...cells.values()].map((c) => (c.x ? Date.parse(c.x) : NaN)));
  const all = [...cells.values()].map((c) => (c.x ? Date.parse(c.x) : NaN)).filter((t) => !Number.isNaN(t));
  const clamp = range && all.some((t) => t < range.from || t > range.to) ? range : null;
  const place = (c: Cell): { x: string | undefined; symbol: string } => {
    const t = c.x ? Date.parse(c.x) : NaN;
    if (!clamp || Number.isNaN(t)) return { x: c.x, symbol: "circle" };
    if (t < clamp.from) return { x: iso(clamp.from), symbol: "triangle-left" };
    if (t > clamp.to) return { x: iso(clamp.to), symbol: "triangle-right" };
    return { x: c.x, symbol: "circle" };
  };
  const hover = (c: Cell) => {
    const m = c.first;
    const group = colors.named.has(c.key) ? esc(grouping.groupLabel.get(c.key) ?? c.key) : `other ${unitNoun(grouping.unit, true)}`;
    const who = perArticle ? `<b>${esc(label(m.article))}</b>` : `${group}: ${c.articles.length} article${c.articles.length === 1 ? "" : "s"}`;
    const off = place(c).symbol === "circle" ? "" : " (off the dates shown)";
    return `${who}<br>${esc(m.text)} = ${esc(m.value)}${off}${c.e.conflict ? " <b>(conflict)</b>" : ""} · event ${c.e.id}: ${reportedBy(c.e)}<br>${esc(clipSentence(m.sentence))}`;
  };
  const data: Figure["data"] = [];
  for (const [lane, list] of [...byLane.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    const color = colors.color(list[0].key);
    data.push({
      // each lane (an outlet, or "other") sits beside the others within an event's row (scattermode
      // "group"), so units that agree on a date do not hide each other
      type: "scatter", mode: "markers", name: esc(laneLabel(lane)), offsetgroup: lane, legendgroup: lane, orientation: "h", showlegend: false,
      // a triangle at the edge of the range is drawn whole, not cut in half by the plot's border
      cliponaxis: false,
      x: list.map((c) => place(c).x),
      y: list.map((c) => c.e.id),
      marker: {
        symbol: list.map((c) => place(c).symbol),
        color: list.map((c) => colors.color(c.key)),
        size: perArticle ? 12 : list.map((c) => Math.round(9 + Math.min(7, 2 * Math.sqrt(c.articles.length)))),
        line: { width: list.map((c) => (c.e.conflict ? 3 : 1)), color: list.map((c) => (c.e.conflict ? ALERT_COLOR : OUTLINE_COLOR)) },
      },
      text: list.map(hover),
      hoverinfo: "text",
    });
    // the lane's legend entry: a plain dot (the legend would copy the first mark: a triangle, a red ring)
    data.push({
      type: "scatter", mode: "markers", name: esc(laneLabel(lane)), offsetgroup: lane, legendgroup: lane, orientation: "h",
      x: [null], y: [null], marker: { color, size: 10 }, hoverinfo: "skip",
    });
  }
  const more = moreNote(rest, "events reported by several sources", "timeline-events");
  // each row's count in a column at the right of the plot
  const countNotes = events.map((e) => ({
    text: reportedBy(e, true), xref: "paper", yref: "y", x: 1, y: e.id, xanchor: "left", xshift: 8,
    showarrow: false, font: { size: 12 },
  }));
  const n = events.length;
  const what = result.events.some((e) => e.sources !== undefined) ? "independent sources" : "articles";
  return figure(data, baseLayout(`Events reported by several ${what}`, {
    xaxis: axis(`Date each ${unitNoun(grouping.unit)} gives${clamp ? " (◂ ▸ at the edge: a date outside the range shown)" : ""}`, { type: "date", ...(clamp ? { range: [iso(clamp.from), iso(clamp.to)] } : {}) }),
    // rows in date order: Plotly would otherwise order categories by first appearance across traces
    yaxis: categoryAxis(events.map((e) => e.id), events.map(rowLabel), { autorange: "reversed" }),
    height: heightForRows(n, { rowPx: n <= 12 ? 36 : ROW_PX + 4, chrome: 210 }),
    margin: { l: 70, r: COUNTS_PX, t: 60, b: 110 },
    hovermode: "closest",
    scattermode: "group",
    scattergap: 0.2,
    // under the plot, in the figure's own pixels, so the counts column keeps the right margin
    legend: { title: { text: perArticle ? "outlet or article" : unitNoun(grouping.unit) }, orientation: "h", xref: "container", yref: "container", x: 0, y: 0, yanchor: "bottom" },
    annotations: more ? [...countNotes, more] : countNotes,
  }), `No event is reported by two ${what}.`);
}
