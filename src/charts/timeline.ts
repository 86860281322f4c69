/**
 * The reported timeline: date on x, one row per article (labelled with its outlet), a mark per
 * mention — a dot for a day, a bar across the days for a week, month, quarter, season or year —
 * and a diamond at each article's publication date. Hover gives the article, the exact value and
 * the sentence.
 */
import type { Figure } from "./figure";
import type { TimelineResult } from "../timeline/analyse";
import { axis, baseLayout, colorScale, figure } from "./theme";
import { escapeLabel as esc } from "./hover";

const wrap = (s: string, n = 80) => s.replace(new RegExp(`(.{1,${n}})(\\s+|$)`, "g"), "$1<br>").replace(/<br>$/, "");

export function rowLabel(a: { article: string; outlet: string }): string {
  return a.outlet === "unknown" ? a.article : `${a.outlet} · ${a.article}`;
}

export function timelineChart(result: TimelineResult, options: { from?: string } = {}): Figure {
  const keyOf = (a: { article: string; outlet: string }) => (a.outlet === "unknown" ? a.article : a.outlet);
  const color = colorScale(result.articles.map(keyOf));
  const data: Figure["data"] = [];
  for (const a of result.articles) {
    const row = rowLabel(a);
    const ms = result.mentions.filter((m) => m.article === a.article && m.resolvedStart && (!options.from || m.resolvedEnd! >= options.from));
    const hover = (m: (typeof ms)[number]) =>
      `<b>${esc(a.article)}</b> · ${esc(m.text)} = ${esc(m.value)}${m.mod ? ` (${m.mod})` : ""}<br>${wrap(esc(m.sentence))}`;
    const days = ms.filter((m) => m.resolvedStart === m.resolvedEnd);
    const spans = ms.filter((m) => m.resolvedStart !== m.resolvedEnd);
    if (spans.length) {
      data.push({
        type: "scatter", mode: "lines", name: `${row} (periods)`, legendgroup: a.article, showlegend: false,
        x: spans.flatMap((m) => [m.resolvedStart, m.resolvedEnd, null]),
        y: spans.flatMap(() => [row, row, null]),
        line: { color: color(keyOf(a)), width: 10 }, opacity: 0.35,
        text: spans.flatMap((m) => [hover(m), hover(m), null]), hoverinfo: "text",
      });
    }
    data.push({
      type: "scatter", mode: "markers", name: row, legendgroup: a.article,
      x: days.map((m) => m.resolvedStart), y: days.map(() => row),
      marker: { color: color(keyOf(a)), size: 10, line: { color: "#ffffff", width: 1 } },
      text: days.map(hover), hoverinfo: "text",
    });
    if (a.published) {
      data.push({
        type: "scatter", mode: "markers", name: `${row} published`, legendgroup: a.article, showlegend: false,
        x: [a.published], y: [row], marker: { symbol: a.estimated ? "diamond-open" : "diamond", size: 13, color: "#222222" },
        text: [`<b>${esc(a.article)}</b> published ${a.published}${a.estimated ? " (estimated)" : ""}`], hoverinfo: "text",
      });
    }
  }
  return figure(data, baseLayout("Dates each article reports", {
    xaxis: axis("Date reported (resolved against the publication date, ◆)", { type: "date" }),
    yaxis: axis("", { type: "category", automargin: true }),
    height: 140 + 45 * result.articles.length,
    showlegend: false,
    hovermode: "closest",
  }));
}
