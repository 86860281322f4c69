import type { Figure } from "./figure";
import { axis, baseLayout, colorScale, figure } from "./theme";
import { articleAxis, articleLabel, colorKey, type ArticleSummary } from "./corpus-summary";
import { articleName, escapeLabel, formatCount } from "./hover";

/**
 * Words per article, one bar per article, coloured by outlet (one legend entry per outlet).
 * Bars keep the corpus order, so the same article sits in the same place on every corpus chart.
 */
export function articleLengthsChart(articles: ArticleSummary[], title = "Words per article"): Figure {
  const color = colorScale(articles.map(colorKey));
  const groups = new Map<string, ArticleSummary[]>();
  for (const a of articles) {
    const key = colorKey(a);
    const list = groups.get(key);
    if (list) list.push(a);
    else groups.set(key, [a]);
  }
  const data = [...groups].map(([key, list]) => ({
    type: "bar",
    name: escapeLabel(key),
    x: list.map(articleLabel),
    y: list.map((a) => a.words),
    marker: { color: color(key) },
    hovertext: list.map(
      (a) => `${articleName(a)}<br>outlet: ${escapeLabel(a.outlet)}<br>${formatCount(a.words)} words, ${formatCount(a.sentences)} sentences`,
    ),
    hovertemplate: "%{hovertext}<extra></extra>",
  }));
  return figure(data, {
    ...baseLayout(title),
    xaxis: axis("Article", articleAxis(articles.map(articleLabel))),
    yaxis: axis("Words", { rangemode: "tozero" }),
    legend: { title: { text: "Outlet" } },
    bargap: 0.25,
  });
}
