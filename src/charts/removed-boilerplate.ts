import type { Figure } from "./figure";
import { axis, baseLayout, colorScale, figure } from "./theme";
import { articleAxis, articleLabel, type ArticleSummary } from "./corpus-summary";
import { articleName, escapeLabel, formatCount } from "./hover";

/** Front matter is metadata the loader read, not debris cleaning took out of the story. */
const NOT_CLEANING = new Set(["front matter"]);

/**
 * What cleaning removed from each article, in characters, one stacked bar segment per reason
 * (share prompts, bylines, reader comments...). Every article keeps its place on the axis even
 * when nothing was removed, so a zero is visible as a zero.
 */
export function removedBoilerplateChart(articles: ArticleSummary[], title = "What cleaning removed"): Figure {
  const reasons = [...new Set(articles.flatMap((a) => a.removed.map((r) => r.reason)))].filter((r) => !NOT_CLEANING.has(r));
  reasons.sort((a, b) => a.localeCompare(b));
  const color = colorScale(reasons);
  const data = reasons.map((reason) => {
    const values = articles.map((a) => a.removed.find((r) => r.reason === reason)?.characters ?? 0);
    return {
      type: "bar",
      name: escapeLabel(reason),
      x: articles.map(articleLabel),
      y: values,
      marker: { color: color(reason) },
      hovertext: articles.map(
        (a, i) => `${articleName(a)}<br>${escapeLabel(reason)}: ${formatCount(values[i])} characters removed`,
      ),
      hovertemplate: "%{hovertext}<extra></extra>",
    };
  });
  return figure(data, {
    ...baseLayout(title),
    barmode: "stack",
    xaxis: axis("Article", articleAxis(articles.map(articleLabel))),
    yaxis: axis("Characters removed", { rangemode: "tozero" }),
    legend: { title: { text: "Reason" } },
  }, "Cleaning removed nothing from these articles.");
}
