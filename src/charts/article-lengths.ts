import type { Figure } from "./figure";
import { axis, baseLayout, figure, OTHER_COLOR, OTHER_LABEL, PALETTE, TRANSPARENT } from "./theme";
import { categoryAxis, heightForRows } from "./layout";
import { articleHover, chartRows, corpusChartOptions, outletColors, outletKey, OTHER_ROW, perArticle, rowTitle, type ArticleSummary, type CorpusChartOptions } from "./corpus-summary";
import { escapeLabel, formatCount } from "./hover";
import { boxStats } from "./timeline-reach";

/** Box rows need a little more than a bar row: the jittered points spread up and down. */
const BOX_ROW_PX = 26;

/**
 * Past this many articles each row is drawn as its box alone (quartiles and whiskers computed here),
 * not a point per article: a collection of a million articles would make the figure tens of megabytes.
 */
export const MAX_LENGTH_POINTS = 5_000;

/**
 * Words per article. A handful of articles (the unit is the article): one bar each, in corpus order,
 * coloured by outlet. Beyond that, one box per group of the unit (outlet, story...) with every
 * article as a point, the largest groups first and the rest pooled in a last row, so a thousand
 * articles read as the spread of each outlet's lengths rather than a thousand bars.
 */
export function articleLengthsChart(articles: ArticleSummary[], options?: string | CorpusChartOptions): Figure {
  const { grouping, title } = corpusChartOptions(articles, options, "Words per article");
  if (perArticle(grouping, articles.length)) return perArticleBars(articles, grouping.articleLabel, title);
  const rows = chartRows(articles, grouping);
  const colors = outletColors(articles);
  const rowColor = (key: string) => (key === OTHER_ROW ? OTHER_COLOR : grouping.unit === "outlet" ? colors.color(key) : PALETTE[0]);
  const labels = rows.map((r) => escapeLabel(r.label));
  if (articles.length > MAX_LENGTH_POINTS) {
    const data = rows.map((r, i) => {
      const s = boxStats(r.articles.map((a) => a.words).sort((x, y) => x - y));
      const n = r.articles.length;
      return {
        type: "box", orientation: "h", name: labels[i], y: [labels[i]],
        q1: [s.q1], median: [s.median], q3: [s.q3], lowerfence: [s.lowerfence], upperfence: [s.upperfence],
        line: { color: rowColor(r.key), width: 1.5 }, fillcolor: TRANSPARENT,
        hovertemplate: `${labels[i]}: ${formatCount(n)} articles<br>median ${formatCount(Math.round(s.median))} words, middle half ${formatCount(Math.round(s.q1))}–${formatCount(Math.round(s.q3))}<extra></extra>`,
      };
    });
    return figure(data, {
      ...baseLayout(grouping.unit === "article" ? title : `${title}, by ${rowTitle(grouping.unit).toLowerCase()}`),
      height: heightForRows(rows.length, { rowPx: BOX_ROW_PX }),
      showlegend: false,
      xaxis: axis("Words per article", { rangemode: "tozero" }),
      yaxis: categoryAxis(labels, labels, { autorange: "reversed", title: { text: "" } }),
    });
  }
  const data = rows.map((r, i) => ({
    type: "box",
    orientation: "h",
    name: labels[i],
    x: r.articles.map((a) => a.words),
    boxpoints: "all",
    jitter: 0.5,
    pointpos: 0,
    marker: { color: rowColor(r.key), size: 4, opacity: 0.6 },
    line: { color: rowColor(r.key), width: 1.5 },
    fillcolor: TRANSPARENT,
    hoveron: "points",
    hovertext: r.articles.map((a) => `${escapeLabel(grouping.articleLabel.get(a.id) ?? a.id)}<br>${formatCount(a.words)} words · id ${escapeLabel(a.id)}`),
    hovertemplate: "%{hovertext}<extra></extra>",
  }));
  return figure(data, {
    ...baseLayout(grouping.unit === "article" ? title : `${title}, by ${rowTitle(grouping.unit).toLowerCase()}`),
    height: heightForRows(rows.length, { rowPx: BOX_ROW_PX }),
    showlegend: false,
    xaxis: axis("Words per article", { rangemode: "tozero" }),
    yaxis: categoryAxis(labels, labels, { autorange: "reversed", title: { text: "" } }),
  });
}

/** One horizontal bar per article, top to bottom in corpus order, one legend entry per outlet. */
function perArticleBars(articles: ArticleSummary[], label: Map<string, string>, title: string): Figure {
  const colors = outletColors(articles);
  const traces = new Map<string, ArticleSummary[]>();
  for (const a of articles) {
    const name = colors.legendName(outletKey(a));
    traces.set(name, [...(traces.get(name) ?? []), a]);
  }
  const ids = articles.map((a) => a.id);
  const data = [...traces].map(([name, list]) => ({
    type: "bar",
    orientation: "h",
    name: escapeLabel(name),
    y: list.map((a) => a.id),
    x: list.map((a) => a.words),
    marker: { color: name === OTHER_LABEL ? OTHER_COLOR : colors.color(name) },
    hovertext: list.map((a) => `${articleHover(a, label.get(a.id) ?? a.id)}<br>${formatCount(a.words)} words, ${formatCount(a.sentences)} sentences`),
    hovertemplate: "%{hovertext}<extra></extra>",
  }));
  return figure(data, {
    ...baseLayout(title),
    height: heightForRows(articles.length),
    xaxis: axis("Words", { rangemode: "tozero" }),
    yaxis: categoryAxis(ids, ids.map((id) => escapeLabel(label.get(id) ?? id)), { autorange: "reversed" }),
    legend: { title: { text: "Outlet" } },
    barmode: "overlay",
    bargap: 0.25,
  });
}
