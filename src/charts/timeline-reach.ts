/**
 * How far back each article reaches: for each article, the days between its publication date and
 * each calendar date it mentions (negative = before publication), as a strip of marks per article.
 * A story told with deep background shows long tails; a breaking report stays near zero.
 */
import type { Figure } from "./figure";
import type { TimelineResult } from "../timeline/analyse";
import { axis, baseLayout, colorScale, figure } from "./theme";
import { rowLabel } from "./timeline";

const dayMs = 86400000;
const days = (a: string, b: string) => Math.round((Date.parse(a) - Date.parse(b)) / dayMs);

export function timelineReachChart(result: TimelineResult): Figure {
  const keyOf = (a: { article: string; outlet: string }) => (a.outlet === "unknown" ? a.article : a.outlet);
  const color = colorScale(result.articles.map(keyOf));
  const data: Figure["data"] = result.articles.filter((a) => a.published).map((a) => {
    const ms = result.mentions.filter((m) => m.article === a.article && m.resolvedStart);
    return {
      type: "box", boxpoints: "all", jitter: 0.3, pointpos: 0, orientation: "h", name: rowLabel(a),
      x: ms.map((m) => days(m.resolvedStart!, a.published!)),
      marker: { color: color(keyOf(a)) }, line: { color: color(keyOf(a)) }, fillcolor: "rgba(0,0,0,0)",
      text: ms.map((m) => `${a.article}: ${m.text} = ${m.value} (${days(m.resolvedStart!, a.published!)} days)`),
      hoverinfo: "text",
    };
  });
  return figure(data, baseLayout("How far back each article reaches", {
    xaxis: axis("Days from publication to the date mentioned (negative = before)"),
    yaxis: axis("", { automargin: true }),
    height: 140 + 45 * data.length,
    showlegend: false,
  }));
}
