import type { GroupRow } from "../frequency/analyse";
import type { TermRow } from "../frequency/counts";
import type { Figure } from "./figure";
import { escapeLabel, formatCount } from "./hover";
import { ROW_PX } from "./layout";
import { axisIds, groupColors, panelGroups, panelLayout, panelsMoreNote, panelTitle, tickLabel } from "./frequency-shared";
import { axis, baseLayout, figure } from "./theme";

/**
 * The most frequent terms of each group (article, outlet, day, story) as small multiples: one panel
 * of horizontal bars per group, all on the same rate axis (per 10,000 words), so a long bar means the
 * same in every panel and short articles are not inflated by raw counts. At most MAX_PANELS panels,
 * the groups with the most words; the note says how many more the CSV holds.
 */
export function topTermsChart(terms: TermRow[], groups: GroupRow[], options: { top?: number; title?: string; what?: string; table?: string } = {}): Figure {
  const top = options.top ?? 10;
  const { shown, rest } = panelGroups(groups);
  const { grid, titleChars, tickChars } = panelLayout(shown.map((g) => g.label), top * ROW_PX);
  const color = groupColors(groups);
  const byGroup = new Map<string, TermRow[]>();
  for (const t of terms) byGroup.set(t.article, [...(byGroup.get(t.article) ?? []), t]);
  const lists = shown.map((g) => (byGroup.get(g.article) ?? []).slice(0, top));
  const maxRate = Math.max(0, ...lists.flat().map((t) => t.per10k));
  const data: Array<Record<string, unknown>> = [];
  const annotations: unknown[] = [];
  const layout: Record<string, unknown> = {
    ...baseLayout(options.title ?? "Most frequent terms (per 10,000 words)"),
    showlegend: false,
    height: grid.height,
    margin: { l: 70, r: 30, t: grid.marginTop, b: grid.marginBottom },
    annotations,
  };
  shown.forEach((g, i) => {
    // first row on top: Plotly draws the first category at the bottom
    const list = lists[i].slice().reverse();
    const ids = axisIds(i);
    const domain = grid.domain(i);
    const label = escapeLabel(g.label);
    data.push({
      type: "bar",
      orientation: "h",
      name: label,
      x: list.map((t) => t.per10k),
      y: list.map((t) => t.key),
      xaxis: ids.x,
      yaxis: ids.y,
      marker: { color: color(g) },
      hovertext: list.map((t) => `${label}<br>${escapeLabel(t.term)}: ${formatCount(t.count)} times, ${t.per10k} per 10,000 words`),
      hovertemplate: "%{hovertext}<extra></extra>",
    });
    const bottom = i >= shown.length - grid.cols;
    layout[ids.xKey] = axis(bottom && i % grid.cols === 0 ? "per 10,000 words" : "", { domain: domain.x, anchor: ids.y, range: [0, maxRate * 1.05], ...(i > 0 ? { matches: "x" } : {}) });
    layout[ids.yKey] = axis("", {
      domain: domain.y, anchor: ids.x, type: "category", categoryorder: "array", categoryarray: list.map((t) => t.key),
      tickmode: "array", tickvals: list.map((t) => t.key), ticktext: list.map((t) => tickLabel(t.term, tickChars)), tickfont: { size: 11 },
    });
    annotations.push(panelTitle(g.label, domain, titleChars));
  });
  const note = panelsMoreNote(rest, options.what ?? "groups", options.table ?? "frequency-terms");
  if (note) annotations.push(note);
  return figure(data, layout);
}
