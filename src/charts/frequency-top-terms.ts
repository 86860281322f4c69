import type { GroupRow } from "../frequency/analyse";
import type { TermRow } from "../frequency/counts";
import type { Figure } from "./figure";
import { escapeLabel, formatCount } from "./hover";
import { axisIds, groupColorKey, panelDomain, panelTitle } from "./frequency-shared";
import { axis, baseLayout, colorScale, figure } from "./theme";

/**
 * The most frequent terms of each article (or outlet) as small multiples: one panel of horizontal
 * bars per group, all on the same rate axis (per 10,000 words), so a long bar means the same in
 * every panel and short articles are not inflated by raw counts.
 */
export function topTermsChart(terms: TermRow[], groups: GroupRow[], options: { top?: number; columns?: number; title?: string } = {}): Figure {
  const top = options.top ?? 10;
  const cols = Math.min(options.columns ?? 3, Math.max(1, groups.length));
  const rows = Math.max(1, Math.ceil(groups.length / cols));
  const color = colorScale(groups.map(groupColorKey));
  const maxRate = Math.max(0, ...terms.map((t) => t.per10k));
  const data: Array<Record<string, unknown>> = [];
  const layout: Record<string, unknown> = {
    ...baseLayout(options.title ?? "Most frequent terms per article (per 10,000 words)"),
    showlegend: false,
    height: Math.max(360, rows * (top * 22 + 70) + 80),
    annotations: [] as unknown[],
  };
  groups.forEach((g, i) => {
    const list = terms.filter((t) => t.article === g.article).slice(0, top).reverse();
    const ids = axisIds(i);
    const domain = panelDomain(i, cols, rows);
    data.push({
      type: "bar",
      orientation: "h",
      name: escapeLabel(g.article),
      x: list.map((t) => t.per10k),
      y: list.map((t) => escapeLabel(t.term)),
      xaxis: ids.x,
      yaxis: ids.y,
      marker: { color: color(groupColorKey(g)) },
      hovertext: list.map((t) => `${escapeLabel(g.article)}<br>${escapeLabel(t.term)}: ${formatCount(t.count)} times, ${t.per10k} per 10,000 words`),
      hovertemplate: "%{hovertext}<extra></extra>",
    });
    layout[ids.xKey] = axis(i === (rows - 1) * cols ? "per 10,000 words" : "", { domain: domain.x, anchor: ids.y, range: [0, maxRate * 1.05], ...(i > 0 ? { matches: "x" } : {}) });
    layout[ids.yKey] = axis("", { domain: domain.y, anchor: ids.x, automargin: true, tickfont: { size: 11 } });
    (layout.annotations as unknown[]).push(panelTitle(escapeLabel(g.article), domain));
  });
  return figure(data, layout);
}
