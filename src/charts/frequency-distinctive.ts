import type { GroupRow } from "../frequency/analyse";
import type { DistinctiveRow, KeynessMethod } from "../frequency/keyness";
import type { Figure } from "./figure";
import { escapeLabel, formatCount } from "./hover";
import { axisIds, groupColorKey, panelDomain, panelTitle } from "./frequency-shared";
import { axis, baseLayout, colorScale, figure } from "./theme";

const SCORE: Record<KeynessMethod, string> = { logodds: "z-score of the log-odds ratio", g2: "signed log-likelihood G²", tfidf: "TF-IDF" };

/**
 * Distinctive terms per article as diverging bars: to the right (article colour) the terms the
 * article uses more than the rest of the corpus, to the left (grey) those it uses less. One panel
 * per article, one method; the raw counts are in the hover and the bar labels.
 */
export function distinctiveChart(rows: DistinctiveRow[], groups: GroupRow[], options: { method?: KeynessMethod; top?: number; columns?: number; title?: string } = {}): Figure {
  const method = options.method ?? "logodds";
  const top = options.top ?? 8;
  const cols = Math.min(options.columns ?? 3, Math.max(1, groups.length));
  const nrows = Math.max(1, Math.ceil(groups.length / cols));
  const color = colorScale(groups.map(groupColorKey));
  const mine = rows.filter((r) => r.method === method);
  const extent = Math.max(0, ...mine.map((r) => Math.abs(r.score)));
  const data: Array<Record<string, unknown>> = [];
  const layout: Record<string, unknown> = {
    ...baseLayout(options.title ?? `Distinctive terms per article (${SCORE[method]})`),
    showlegend: false,
    height: Math.max(360, nrows * (top * 2 * 20 + 70) + 80),
    annotations: [] as unknown[],
    bargap: 0.2,
  };
  groups.forEach((g, i) => {
    const over = mine.filter((r) => r.article === g.article && r.direction === "over").slice(0, top);
    const under = mine.filter((r) => r.article === g.article && r.direction === "under").slice(0, top);
    // lowest score first: Plotly draws the first category at the bottom, so over-used terms sit on top
    const ordered = [...over, ...under].sort((a, b) => a.score - b.score);
    const ids = axisIds(i);
    const domain = panelDomain(i, cols, nrows);
    data.push({
      type: "bar",
      orientation: "h",
      name: escapeLabel(g.article),
      x: ordered.map((r) => r.score),
      y: ordered.map((r) => escapeLabel(r.term)),
      xaxis: ids.x,
      yaxis: ids.y,
      marker: { color: ordered.map((r) => (r.direction === "over" ? color(groupColorKey(g)) : "#bbbbbb")) },
      text: ordered.map((r) => `${r.count} / ${r.restCount}`),
      textposition: "auto",
      textfont: { size: 11 },
      hovertext: ordered.map(
        (r) =>
          `${escapeLabel(g.article)}<br>${escapeLabel(r.term)}: score ${r.score}<br>${formatCount(r.count)} times here (${r.per10k} per 10k), ` +
          `${formatCount(r.restCount)} in the rest (${r.restPer10k} per 10k)`,
      ),
      hovertemplate: "%{hovertext}<extra></extra>",
    });
    layout[ids.xKey] = axis(i === (nrows - 1) * cols ? "← used less here · used more here →" : "", { domain: domain.x, anchor: ids.y, range: [-extent * 1.05, extent * 1.05], zeroline: true, ...(i > 0 ? { matches: "x" } : {}) });
    layout[ids.yKey] = axis("", { domain: domain.y, anchor: ids.x, type: "category", automargin: true, tickfont: { size: 11 } });
    (layout.annotations as unknown[]).push(panelTitle(escapeLabel(g.article), domain));
  });
  return figure(data, layout);
}
