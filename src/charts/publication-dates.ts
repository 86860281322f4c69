import type { Figure } from "./figure";
import { axis, baseLayout, colorScale, dateAxis, figure } from "./theme";
import { articleAxis, articleLabel, colorKey, rowsHeight, type ArticleSummary } from "./corpus-summary";
import { articleName, escapeLabel } from "./hover";

/**
 * When each article was published, on a date axis: one row per article, a filled marker for a date
 * the source states, a hollow one for an estimated date (inferred from the text or by a person).
 * Articles without a date cannot be placed; the chart names them in a note instead of hiding them.
 */
export function publicationDatesChart(articles: ArticleSummary[], title = "Publication dates"): Figure {
  const color = colorScale(articles.map(colorKey));
  const dated = articles.filter((a) => a.published);
  const undated = articles.filter((a) => !a.published);
  const groups = new Map<string, ArticleSummary[]>();
  for (const a of dated) {
    const key = colorKey(a);
    const list = groups.get(key);
    if (list) list.push(a);
    else groups.set(key, [a]);
  }
  const data: Figure["data"] = [...groups].map(([key, list]) => ({
    type: "scatter",
    mode: "markers",
    name: escapeLabel(key),
    x: list.map((a) => a.published),
    y: list.map(articleLabel),
    marker: {
      color: color(key),
      size: 14,
      symbol: list.map((a) => (a.publishedEstimated ? "circle-open" : "circle")),
      line: { width: 2, color: color(key) },
    },
    hovertext: list.map(
      (a) =>
        `${articleName(a)}<br>outlet: ${escapeLabel(a.outlet)}<br>published: ${escapeLabel(a.published ?? "")}` +
        (a.publishedEstimated ? " (estimated)" : " (stated by the source)"),
    ),
    hovertemplate: "%{hovertext}<extra></extra>",
  }));
  if (dated.some((a) => a.publishedEstimated)) {
    // A legend entry that explains the hollow marker; it draws nothing.
    data.push({
      type: "scatter",
      mode: "markers",
      name: "estimated date",
      x: [null],
      y: [null],
      marker: { color: "#555555", size: 14, symbol: "circle-open", line: { width: 2 } },
      hoverinfo: "skip",
    });
  }
  const annotations = undated.length
    ? [
        {
          text: `No publication date: ${undated.map((a) => escapeLabel(a.id)).join(", ")}`,
          xref: "paper",
          yref: "paper",
          x: 0,
          y: -0.18,
          xanchor: "left",
          yanchor: "top",
          showarrow: false,
          font: { size: 12, color: "#555555" },
        },
      ]
    : [];
  const height = rowsHeight(dated.length);
  return figure(data, {
    ...baseLayout(title),
    ...(height ? { height } : {}),
    xaxis: dateAxis("Published", dated.map((a) => a.published!)),
    yaxis: axis("Article", articleAxis(dated.map(articleLabel).reverse())),
    legend: { title: { text: "Outlet" } },
    annotations,
  });
}
