import type { TermRate } from "../frequency/rates";
import type { Figure } from "./figure";
import { escapeLabel, formatCount } from "./hover";
import { axis, baseLayout, figure, PALETTE } from "./theme";

/**
 * The rate of chosen terms across publication dates: one line per term, one marker per article
 * (articles of the same day share the date, each keeps its own marker). Articles without a date
 * cannot be placed and are left out; the subtitle says how many.
 */
export function termOverTimeChart(rates: TermRate[], title = "Term rates by publication date (per 10,000 words)"): Figure {
  const keys: string[] = [];
  for (const r of rates) if (!keys.includes(r.key)) keys.push(r.key);
  const undated = new Set(rates.filter((r) => !r.published).map((r) => r.article));
  const data = keys.map((k, i) => {
    const list = rates.filter((r) => r.key === k && r.published).sort((p, q) => (p.published! < q.published! ? -1 : p.published! > q.published! ? 1 : p.article < q.article ? -1 : 1));
    return {
      type: "scatter",
      mode: "lines+markers",
      name: escapeLabel(list[0]?.term ?? rates.find((r) => r.key === k)!.term),
      x: list.map((r) => r.published!.slice(0, 10)),
      y: list.map((r) => r.per10k),
      line: { color: PALETTE[i % PALETTE.length], width: 2 },
      marker: { size: 8 },
      hovertext: list.map((r) => `${escapeLabel(r.article)} (${r.published!.slice(0, 10)})<br>${escapeLabel(r.term)}: ${formatCount(r.count)} times, ${r.per10k} per 10,000 words`),
      hovertemplate: "%{hovertext}<extra></extra>",
    };
  });
  const note = undated.size ? ` — ${undated.size} article${undated.size === 1 ? "" : "s"} without a date left out` : "";
  return figure(data, {
    ...baseLayout(title + note),
    xaxis: axis("Publication date", { type: "date" }),
    yaxis: axis("per 10,000 words", { rangemode: "tozero" }),
    legend: { title: { text: "Term" } },
  });
}
