import type { GroupRow } from "../frequency/analyse";
import type { DistinctiveRow, KeynessMethod } from "../frequency/keyness";
import type { Figure } from "./figure";
import { escapeLabel, formatCount } from "./hover";
import { ROW_PX } from "./layout";
import { axisIds, groupColors, panelGroups, panelLayout, panelsMoreNote, panelTitle, tickLabel } from "./frequency-shared";
import { axis, baseLayout, figure, OTHER_COLOR } from "./theme";

const SCORE: Record<KeynessMethod, string> = { logodds: "z-score of the log-odds ratio", g2: "signed log-likelihood G²", tfidf: "TF-IDF" };

/**
 * Distinctive terms per group as diverging bars: to the right (the group's colour) the terms it uses
 * more than the rest of the corpus, to the left (grey) those it uses less. One panel per group (at
 * most MAX_PANELS, the groups with the most words), one method; the raw counts are in the hover and
 * the bar labels.
 */
export function distinctiveChart(rows: DistinctiveRow[], groups: GroupRow[], options: { method?: KeynessMethod; top?: number; title?: string; what?: string; table?: string } = {}): Figure {
  const method = options.method ?? "logodds";
  const top = options.top ?? 8;
  const { shown, rest } = panelGroups(groups);
  const color = groupColors(groups);
  const mine = new Map<string, DistinctiveRow[]>();
  for (const r of rows) if (r.method === method) mine.set(r.article, [...(mine.get(r.article) ?? []), r]);
  const lists = shown.map((g) => {
    const list = mine.get(g.article) ?? [];
    const over = list.filter((r) => r.direction === "over").slice(0, top);
    const under = list.filter((r) => r.direction === "under").slice(0, top);
    // lowest score first: Plotly draws the first category at the bottom, so over-used terms sit on top
    return [...over, ...under].sort((a, b) => a.score - b.score);
  });
  const most = Math.max(1, ...lists.map((l) => l.length));
  const { grid, titleChars, tickChars } = panelLayout(shown.map((g) => g.label), most * ROW_PX);
  const extent = Math.max(0, ...lists.flat().map((r) => Math.abs(r.score)));
  const data: Array<Record<string, unknown>> = [];
  const annotations: unknown[] = [];
  const layout: Record<string, unknown> = {
    ...baseLayout(options.title ?? `Distinctive terms (${SCORE[method]})`),
    showlegend: false,
    height: grid.height,
    margin: { l: 70, r: 30, t: grid.marginTop, b: grid.marginBottom },
    annotations,
    bargap: 0.2,
  };
  shown.forEach((g, i) => {
    const ordered = lists[i];
    const ids = axisIds(i);
    const domain = grid.domain(i);
    const label = escapeLabel(g.label);
    data.push({
      type: "bar",
      orientation: "h",
      name: label,
      x: ordered.map((r) => r.score),
      y: ordered.map((r) => `${r.direction} ${r.key}`),
      xaxis: ids.x,
      yaxis: ids.y,
      marker: { color: ordered.map((r) => (r.direction === "over" ? color(g) : OTHER_COLOR)) },
      text: ordered.map((r) => `${r.count} / ${r.restCount}`),
      textposition: "auto",
      textfont: { size: 11 },
      hovertext: ordered.map(
        (r) =>
          `${label}<br>${escapeLabel(r.term)}: score ${r.score}<br>${formatCount(r.count)} times here (${r.per10k} per 10k), ` +
          `${formatCount(r.restCount)} in the rest (${r.restPer10k} per 10k)`,
      ),
      hovertemplate: "%{hovertext}<extra></extra>",
    });
    const bottom = i >= shown.length - grid.cols;
    layout[ids.xKey] = axis(bottom && i % grid.cols === 0 ? "← used less here · used more here →" : "", { domain: domain.x, anchor: ids.y, range: [-extent * 1.05, extent * 1.05], zeroline: true, ...(i > 0 ? { matches: "x" } : {}) });
    const cats = ordered.map((r) => `${r.direction} ${r.key}`);
    layout[ids.yKey] = axis("", {
      domain: domain.y, anchor: ids.x, type: "category", categoryorder: "array", categoryarray: cats,
      tickmode: "array", tickvals: cats, ticktext: ordered.map((r) => tickLabel(r.term, tickChars)), tickfont: { size: 11 },
      // a panel with fewer terms than the tallest keeps the same row height
      range: [-0.5, most - 0.5],
    });
    annotations.push(panelTitle(g.label, domain, titleChars));
  });
  const note = panelsMoreNote(rest, options.what ?? "groups", options.table ?? "frequency-distinctive");
  if (note) annotations.push(note);
  return figure(data, layout);
}
