import type { Figure } from "./figure";
import { axis, baseLayout, figure, OTHER_COLOR, OTHER_LABEL, rankedColors } from "./theme";
import { categoryAxis, heightForRows } from "./layout";
import { articleHover, chartRows, corpusChartOptions, perArticle, rowTitle, type ArticleSummary, type CorpusChartOptions } from "./corpus-summary";
import { escapeLabel, formatCount } from "./hover";

/** Front matter is metadata the loader read, not debris cleaning took out of the story. */
const NOT_CLEANING = new Set(["front matter"]);

/** Characters cleaning removed from an article for one reason (front matter never counts). */
function removedFor(a: ArticleSummary, reasons: Set<string>): number {
  return a.removed.filter((r) => reasons.has(r.reason)).reduce((n, r) => n + r.characters, 0);
}

/**
 * What cleaning removed, in characters, one stacked segment per reason (share prompts, bylines,
 * reader comments...; the nine largest reasons by name, the rest as "other"). A handful of articles:
 * one row each, a zero visible as a zero. Beyond that: one row per group of the unit (the largest
 * groups, the rest pooled in a last row), the characters of all its articles together.
 */
export function removedBoilerplateChart(articles: ArticleSummary[], options?: string | CorpusChartOptions): Figure {
  const { grouping, title } = corpusChartOptions(articles, options, "What cleaning removed");
  const total = new Map<string, number>();
  for (const a of articles) for (const r of a.removed) if (!NOT_CLEANING.has(r.reason)) total.set(r.reason, (total.get(r.reason) ?? 0) + r.characters);
  const ranked = [...total].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([r]) => r);
  const colors = rankedColors(ranked);
  // one trace per legend entry: the named reasons in name order, then "other"
  const legend = [...colors.named].sort((x, y) => x.localeCompare(y));
  if (ranked.length > colors.named.size) legend.push(OTHER_LABEL);
  const reasonsOf = (name: string) => new Set(name === OTHER_LABEL ? ranked.filter((r) => !colors.named.has(r)) : [name]);
  const empty = "Cleaning removed nothing from these articles.";

  if (perArticle(grouping, articles.length)) {
    const ids = articles.map((a) => a.id);
    const label = (id: string) => grouping.articleLabel.get(id) ?? id;
    const data = legend.map((name) => {
      const reasons = reasonsOf(name);
      const values = articles.map((a) => removedFor(a, reasons));
      return {
        type: "bar",
        orientation: "h",
        name: escapeLabel(name),
        y: ids,
        x: values,
        marker: { color: name === OTHER_LABEL ? OTHER_COLOR : colors.color(name) },
        hovertext: articles.map((a, i) => `${articleHover(a, label(a.id))}<br>${escapeLabel(name)}: ${formatCount(values[i])} characters removed`),
        hovertemplate: "%{hovertext}<extra></extra>",
      };
    });
    return figure(data, {
      ...baseLayout(title),
      barmode: "stack",
      height: heightForRows(articles.length),
      xaxis: axis("Characters removed", { rangemode: "tozero" }),
      yaxis: categoryAxis(ids, ids.map((id) => escapeLabel(label(id))), { autorange: "reversed" }),
      legend: { title: { text: "Reason" } },
    }, empty);
  }

  const rows = chartRows(articles, grouping);
  const labels = rows.map((r) => escapeLabel(r.label));
  const data = legend.map((name) => {
    const reasons = reasonsOf(name);
    const values = rows.map((r) => r.articles.reduce((n, a) => n + removedFor(a, reasons), 0));
    const cleaned = rows.map((r) => r.articles.filter((a) => removedFor(a, reasons) > 0).length);
    return {
      type: "bar",
      orientation: "h",
      name: escapeLabel(name),
      y: labels,
      x: values,
      marker: { color: name === OTHER_LABEL ? OTHER_COLOR : colors.color(name) },
      hovertext: rows.map((r, i) => `${labels[i]}<br>${escapeLabel(name)}: ${formatCount(values[i])} characters from ${formatCount(cleaned[i])} of ${formatCount(r.articles.length)} articles`),
      hovertemplate: "%{hovertext}<extra></extra>",
    };
  });
  return figure(data, {
    ...baseLayout(`${title}, by ${rowTitle(grouping.unit).toLowerCase()}`),
    barmode: "stack",
    height: heightForRows(rows.length),
    xaxis: axis("Characters removed (all articles of the row)", { rangemode: "tozero" }),
    yaxis: categoryAxis(labels, labels, { autorange: "reversed" }),
    legend: { title: { text: "Reason" } },
  }, empty);
}
