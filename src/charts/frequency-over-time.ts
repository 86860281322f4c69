import type { TermRate } from "../frequency/rates";
import type { Figure } from "./figure";
import { escapeLabel, formatCount } from "./hover";
import { axis, baseLayout, dateAxis, figure, PALETTE } from "./theme";

/**
 * The rate of chosen terms across publication dates: per term, a line through the day's mean rate
 * and one marker per article (articles of the same day share the date, each keeps its own marker;
 * a line through every article would draw a vertical jump between two articles of one day).
 * Articles without a date cannot be placed and are left out; the subtitle says how many.
 */
export function termOverTimeChart(rates: TermRate[], title = "Term rates by publication date (per 10,000 words)"): Figure {
  const keys: string[] = [];
  for (const r of rates) if (!keys.includes(r.key)) keys.push(r.key);
  const undated = new Set(rates.filter((r) => !r.published).map((r) => r.article));
  const day = (r: TermRate) => r.published!.slice(0, 10);
  const data = keys.flatMap((k, i) => {
    const list = rates.filter((r) => r.key === k && r.published).sort((p, q) => (day(p) < day(q) ? -1 : day(p) > day(q) ? 1 : p.article < q.article ? -1 : 1));
    const name = escapeLabel(list[0]?.term ?? rates.find((r) => r.key === k)!.term);
    const color = PALETTE[i % PALETTE.length];
    const days = [...new Set(list.map(day))];
    const mean = days.map((d) => {
      const same = list.filter((r) => day(r) === d);
      return Math.round((same.reduce((n, r) => n + r.per10k, 0) / same.length) * 10) / 10;
    });
    return [
      {
        type: "scatter", mode: "lines", name, legendgroup: k, x: days, y: mean,
        line: { color, width: 2 },
        hovertext: days.map((d, j) => `${name} on ${d}: ${mean[j]} per 10,000 words (mean of the day's articles)`),
        hovertemplate: "%{hovertext}<extra></extra>",
      },
      {
        type: "scatter", mode: "markers", name, legendgroup: k, showlegend: false,
        x: list.map(day), y: list.map((r) => r.per10k),
        marker: { size: 8, color },
        hovertext: list.map((r) => `${escapeLabel(r.article)} (${day(r)})<br>${escapeLabel(r.term)}: ${formatCount(r.count)} times, ${r.per10k} per 10,000 words`),
        hovertemplate: "%{hovertext}<extra></extra>",
      },
    ];
  });
  const note = undated.size ? ` — ${undated.size} article${undated.size === 1 ? "" : "s"} without a date left out` : "";
  return figure(data, {
    ...baseLayout(title + note),
    xaxis: dateAxis("Publication date", rates.filter((r) => r.published).map(day)),
    yaxis: axis("per 10,000 words", { rangemode: "tozero" }),
    legend: { title: { text: "Term" } },
  });
}
