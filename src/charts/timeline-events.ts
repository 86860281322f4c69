/**
 * Events reported by more than one article: one row per event (its date and the words around it),
 * a mark per article reporting it, at the date that article gives. Conflicts — the same event placed
 * on different dates — are drawn in red with the row label flagged.
 */
import type { Figure } from "./figure";
import type { TimelineResult } from "../timeline/analyse";
import { axis, baseLayout, colorScale, figure } from "./theme";
import { escapeLabel } from "./hover";

export function timelineEventsChart(result: TimelineResult, options: { minArticles?: number } = {}): Figure {
  const min = options.minArticles ?? 2;
  const events = result.events.filter((e) => e.articles.length >= min);
  const outletOf = new Map(result.articles.map((a) => [a.article, a.outlet === "unknown" ? a.article : a.outlet]));
  const color = colorScale(result.articles.map((a) => (a.outlet === "unknown" ? a.article : a.outlet)));
  const bounds = new Map(result.mentions.map((m) => [`${m.article}:${m.start}`, m.resolvedStart]));
  const label = (e: (typeof events)[number]) => `${e.conflict ? "⚠ " : ""}${e.value} · ${escapeLabel(e.clause)} (${e.id})`;
  const keys = [...new Set(events.flatMap((e) => e.mentions.map((m) => outletOf.get(m.article) ?? m.article)))].sort();
  const data: Figure["data"] = keys.map((key) => {
    const rows = events.flatMap((e) => e.mentions.filter((m) => (outletOf.get(m.article) ?? m.article) === key).map((m) => ({ e, m })));
    return {
      // each outlet gets its own lane within an event's row (scattermode "group"), so articles that
      // agree on a date sit side by side instead of hiding each other
      type: "scatter", mode: "markers", name: key, offsetgroup: key, orientation: "h",
      x: rows.map(({ m }) => bounds.get(`${m.article}:${m.start}`)),
      y: rows.map(({ e }) => label(e)),
      marker: { color: color(key), size: 12, line: { width: rows.map(({ e }) => (e.conflict ? 3 : 1)), color: rows.map(({ e }) => (e.conflict ? "#D55E00" : "#ffffff")) } },
      text: rows.map(({ e, m }) => `<b>${m.article}</b>: ${m.text} = ${m.value}${e.conflict ? " <b>(conflict)</b>" : ""}<br>${m.sentence.slice(0, 160)}`),
      hoverinfo: "text",
    };
  });
  return figure(data, baseLayout("Events reported by several articles", {
    xaxis: axis("Date each article gives", { type: "date" }),
    // rows in date order: Plotly would otherwise order categories by first appearance across traces
    yaxis: axis("", { type: "category", automargin: true, autorange: "reversed", categoryorder: "array", categoryarray: events.map(label) }),
    height: 160 + 32 * Math.max(1, events.length),
    hovermode: "closest",
    scattermode: "group",
    scattergap: 0.2,
  }));
}
