import type { GroupRow } from "../frequency/analyse";
import type { TermRate } from "../frequency/rates";
import type { Figure } from "./figure";
import { escapeLabel, formatCount } from "./hover";
import { axis, baseLayout, figure } from "./theme";

/**
 * Term × article heatmap of rates per 10,000 words, zeros included (white = the article never uses
 * the term). Rows keep the order the terms were asked in, columns the corpus order.
 */
export function termHeatmapChart(rates: TermRate[], groups: GroupRow[], title = "Term rates per article (per 10,000 words)"): Figure {
  const terms: string[] = [];
  for (const r of rates) if (!terms.includes(r.key)) terms.push(r.key);
  const label = new Map(rates.map((r) => [r.key, r.term]));
  const cell = new Map(rates.map((r) => [`${r.key}\u0000${r.article}`, r]));
  const cols = groups.map((g) => g.article);
  const z = terms.map((k) => cols.map((a) => cell.get(`${k}\u0000${a}`)?.per10k ?? 0));
  const text = terms.map((k) =>
    cols.map((a) => {
      const r = cell.get(`${k}\u0000${a}`);
      return `${escapeLabel(a)}<br>${escapeLabel(label.get(k) ?? k)}: ${formatCount(r?.count ?? 0)} times, ${r?.per10k ?? 0} per 10,000 words`;
    }),
  );
  return figure(
    [
      {
        type: "heatmap",
        x: cols.map(escapeLabel),
        y: terms.map((k) => escapeLabel(label.get(k) ?? k)),
        z,
        text,
        hovertemplate: "%{text}<extra></extra>",
        colorscale: [[0, "#ffffff"], [0.001, "#eef4fa"], [1, "#0072B2"]],
        zmin: 0,
        colorbar: { title: { text: "per 10k" } },
        xgap: 1,
        ygap: 1,
      },
    ],
    {
      ...baseLayout(title),
      height: Math.max(320, terms.length * 24 + 140),
      xaxis: axis("", { type: "category", side: "bottom", tickangle: -30 }),
      yaxis: axis("", { type: "category", autorange: "reversed" }),
    },
  );
}
