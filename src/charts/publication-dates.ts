import type { Figure } from "./figure";
import { baseLayout, dateAxis, axis, figure, NOTE_COLOR, OTHER_COLOR, OTHER_LABEL, PALETTE, rankedColors } from "./theme";
import { categoryAxis, heightForRows } from "./layout";
import { articleHover, corpusChartOptions, outletColors, outletKey, perArticle, type ArticleSummary, type CorpusChartOptions } from "./corpus-summary";
import { escapeLabel } from "./hover";
import { choosePeriod, periodKey, periodLabel, plotlyPeriod, type Period } from "./periods";
import { unitKey } from "../grouping/groups";
import type { Grouping } from "../grouping/groups";

/** Most bars a time axis holds before the period gets coarser (day → week → month …). */
export const MAX_BARS = 120;
/** Undated articles named in the note under a per-article chart; the rest are counted. */
const NAMED_UNDATED = 5;

/**
 * When the articles were published. A handful (the unit is the article): one row per article on a
 * date axis, filled for a date the source states, hollow for an estimated one. Beyond that: articles
 * per day, week, month… (the finest period that keeps the bars under MAX_BARS), stacked by the
 * largest groups of the unit (outlets, stories) with the rest as "other". Articles without a date
 * cannot be placed; a note counts them.
 */
export function publicationDatesChart(articles: ArticleSummary[], options?: string | CorpusChartOptions): Figure {
  const { grouping, title } = corpusChartOptions(articles, options, "Publication dates");
  if (perArticle(grouping, articles.length)) return perArticleDates(articles, grouping.articleLabel, title);
  const dated = articles.filter((a) => a.published);
  const period = choosePeriod(dated.map((a) => a.published!), MAX_BARS, "spanned");
  const stack = stackKeys(articles, grouping);
  const colors = rankedColors(stack.ranked);
  const series = new Map<string, Map<string, ArticleSummary[]>>();
  for (const a of dated) {
    const name = colors.legendName(stack.keyOf(a));
    const bins = series.get(name) ?? new Map<string, ArticleSummary[]>();
    const bin = periodKey(a.published!, period);
    bins.set(bin, [...(bins.get(bin) ?? []), a]);
    series.set(name, bins);
  }
  const names = [...series.keys()].sort((x, y) => (x === OTHER_LABEL ? 1 : y === OTHER_LABEL ? -1 : stack.ranked.indexOf(x) - stack.ranked.indexOf(y)));
  const data = names.map((name) => {
    const bins = [...series.get(name)!].sort(([x], [y]) => x.localeCompare(y));
    return {
      type: "bar",
      name: escapeLabel(name),
      x: bins.map(([bin]) => bin),
      y: bins.map(([, list]) => list.length),
      xperiod: plotlyPeriod(period),
      xperiodalignment: "start",
      marker: { color: name === OTHER_LABEL ? OTHER_COLOR : stack.ranked.length ? colors.color(name) : PALETTE[0] },
      hovertext: bins.map(([bin, list]) => `${escapeLabel(name)}, ${periodLabel(bin, period)}: ${list.length} article${list.length === 1 ? "" : "s"}${estimated(list)}`),
      hovertemplate: "%{hovertext}<extra></extra>",
    };
  });
  const undated = articles.length - dated.length;
  return figure(data, {
    ...baseLayout(`${title}: articles per ${period}`),
    barmode: "stack",
    bargap: 0.1,
    xaxis: dateAxis("Published", dated.map((a) => a.published!)),
    yaxis: axis(`Articles per ${period}`, { rangemode: "tozero" }),
    legend: { title: { text: stack.title } },
    showlegend: stack.ranked.length > 0,
    annotations: undated ? [note(`${undated.toLocaleString("en-US")} article${undated === 1 ? "" : "s"} without a publication date, not drawn`)] : [],
  }, "No article carries a publication date.");
}

/** The period the per-group chart bins by (the caption says it). */
export function publicationPeriod(articles: ArticleSummary[]): Period {
  return choosePeriod(articles.filter((a) => a.published).map((a) => a.published!), MAX_BARS, "spanned");
}

/**
 * What the bars are stacked by: the unit's groups when they are outlets or stories, else the
 * outlets when the corpus names any; nothing (one colour) otherwise.
 */
function stackKeys(articles: ArticleSummary[], grouping: Grouping): { keyOf: (a: ArticleSummary) => string; ranked: string[]; title: string } {
  if (grouping.unit === "outlet" || grouping.unit === "topic") {
    const label = grouping.groupLabel;
    return { keyOf: (a) => label.get(unitKey(a, grouping.unit)) ?? unitKey(a, grouping.unit), ranked: grouping.groups.map((g) => g.label), title: grouping.unit === "outlet" ? "Outlet" : "Story" };
  }
  const outlets = articles.filter((a) => a.outlet && a.outlet !== "unknown");
  if (!outlets.length) return { keyOf: () => "articles", ranked: [], title: "" };
  const n = new Map<string, number>();
  for (const a of articles) n.set(outletKey(a), (n.get(outletKey(a)) ?? 0) + 1);
  return { keyOf: outletKey, ranked: [...n].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([k]) => k), title: "Outlet" };
}

function estimated(list: ArticleSummary[]): string {
  const n = list.filter((a) => a.publishedEstimated).length;
  return n ? ` (${n} with an estimated date)` : "";
}

function note(text: string): Record<string, unknown> {
  return { text, xref: "paper", yref: "paper", x: 0, y: 1, xanchor: "left", yanchor: "bottom", yshift: 4, showarrow: false, font: { size: 12, color: NOTE_COLOR } };
}

/** One row per article on a date axis, corpus order top to bottom; hollow markers for estimated dates. */
function perArticleDates(articles: ArticleSummary[], label: Map<string, string>, title: string): Figure {
  const colors = outletColors(articles);
  const dated = articles.filter((a) => a.published);
  const undated = articles.filter((a) => !a.published);
  const traces = new Map<string, ArticleSummary[]>();
  for (const a of dated) {
    const name = colors.legendName(outletKey(a));
    traces.set(name, [...(traces.get(name) ?? []), a]);
  }
  const data: Figure["data"] = [...traces].map(([name, list]) => {
    const color = name === OTHER_LABEL ? OTHER_COLOR : colors.color(name);
    return {
      type: "scatter",
      mode: "markers",
      name: escapeLabel(name),
      x: list.map((a) => a.published),
      y: list.map((a) => a.id),
      marker: { color, size: 14, symbol: list.map((a) => (a.publishedEstimated ? "circle-open" : "circle")), line: { width: 2, color } },
      hovertext: list.map((a) => `${articleHover(a, label.get(a.id) ?? a.id)}<br>published: ${escapeLabel(a.published ?? "")}${a.publishedEstimated ? " (estimated)" : " (stated by the source)"}`),
      hovertemplate: "%{hovertext}<extra></extra>",
    };
  });
  if (dated.some((a) => a.publishedEstimated)) {
    // A legend entry that explains the hollow marker; it draws nothing.
    data.push({ type: "scatter", mode: "markers", name: "estimated date", x: [null], y: [null], marker: { color: NOTE_COLOR, size: 14, symbol: "circle-open", line: { width: 2 } }, hoverinfo: "skip" });
  }
  const named = undated.slice(0, NAMED_UNDATED).map((a) => escapeLabel(label.get(a.id) ?? a.id));
  const more = undated.length - named.length;
  const ids = dated.map((a) => a.id);
  return figure(data, {
    ...baseLayout(title),
    height: heightForRows(dated.length),
    xaxis: dateAxis("Published", dated.map((a) => a.published!)),
    yaxis: categoryAxis(ids, ids.map((id) => escapeLabel(label.get(id) ?? id)), { autorange: "reversed" }),
    legend: { title: { text: "Outlet" } },
    annotations: undated.length ? [note(`No publication date: ${named.join("; ")}${more ? `; ${more} more` : ""}`)] : [],
  }, "No article carries a publication date.");
}
