import type { TermRate } from "../frequency/rates";
import type { Figure } from "./figure";
import { escapeLabel, formatCount } from "./hover";
import { MAX_LEGEND } from "./layout";
import { periodLabel, type Period } from "./periods";
import { axis, baseLayout, dateAxis, figure, PALETTE } from "./theme";

export interface OverTimeOptions {
  title?: string;
  /** group key → readable label, for the hover */
  labels?: ReadonlyMap<string, string>;
  /**
   * The rates are per period (groups keyed by the period's first day): one point per period on each
   * term's line, no marker per article.
   */
  period?: Period;
}

/**
 * The rate of chosen terms across publication dates. Per article (a handful): per term, a line
 * through the day's mean rate and one marker per article (articles of the same day share the date,
 * each keeps its own marker; a line through every article would draw a vertical jump between two
 * articles of one day). Per period (many articles): per term, one line through each period's rate.
 * Undated groups cannot be placed and are left out; the title says how many. At most MAX_LEGEND terms.
 */
export function termOverTimeChart(rates: TermRate[], options: string | OverTimeOptions = {}): Figure {
  const o = typeof options === "string" ? { title: options } : options;
  const title = o.title ?? "Term rates by publication date (per 10,000 words)";
  const keys: string[] = [];
  for (const r of rates) if (!keys.includes(r.key) && keys.length < MAX_LEGEND) keys.push(r.key);
  const undated = new Set(rates.filter((r) => !r.published).map((r) => r.article));
  const day = (r: TermRate) => (o.period ? r.article : r.published!.slice(0, 10));
  const name = (key: string) => o.labels?.get(key) ?? key;
  const data = keys.flatMap((k, i): Array<Record<string, unknown>> => {
    const list = rates.filter((r) => r.key === k && r.published).sort((p, q) => (day(p) < day(q) ? -1 : day(p) > day(q) ? 1 : p.article < q.article ? -1 : 1));
    const term = escapeLabel(list[0]?.term ?? rates.find((r) => r.key === k)!.term);
    const color = PALETTE[i % PALETTE.length];
    if (o.period) {
      const period = o.period;
      return [{
        type: "scatter", mode: "lines+markers", name: term, x: list.map(day), y: list.map((r) => r.per10k),
        line: { color, width: 2 }, marker: { size: 7, color },
        hovertext: list.map((r) => `${term}, ${periodLabel(r.article, period)}: ${formatCount(r.count)} times, ${r.per10k} per 10,000 words`),
        hovertemplate: "%{hovertext}<extra></extra>",
      }];
    }
    const days = [...new Set(list.map(day))];
    const mean = days.map((d) => {
      const same = list.filter((r) => day(r) === d);
      return Math.round((same.reduce((n, r) => n + r.per10k, 0) / same.length) * 10) / 10;
    });
    return [
      {
        type: "scatter", mode: "lines", name: term, legendgroup: k, x: days, y: mean,
        line: { color, width: 2 },
        hovertext: days.map((d, j) => `${term} on ${d}: ${mean[j]} per 10,000 words (mean of the day's articles)`),
        hovertemplate: "%{hovertext}<extra></extra>",
      },
      {
        type: "scatter", mode: "markers", name: term, legendgroup: k, showlegend: false,
        x: list.map(day), y: list.map((r) => r.per10k),
        marker: { size: 8, color },
        hovertext: list.map((r) => `${escapeLabel(name(r.article))} (${day(r)})<br>${escapeLabel(r.term)}: ${formatCount(r.count)} times, ${r.per10k} per 10,000 words`),
        hovertemplate: "%{hovertext}<extra></extra>",
      },
    ];
  });
  const what = o.period ? "group" : "article";
  const note = undated.size ? ` — ${undated.size} ${what}${undated.size === 1 ? "" : "s"} without a date left out` : "";
  return figure(data, {
    ...baseLayout(title + note),
    xaxis: dateAxis("Publication date", rates.filter((r) => r.published).map(day)),
    yaxis: axis("per 10,000 words", { rangemode: "tozero" }),
    legend: { title: { text: "Term" } },
  });
}
