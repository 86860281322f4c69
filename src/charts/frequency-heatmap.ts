import type { GroupRow } from "../frequency/analyse";
import type { TermRate } from "../frequency/rates";
import type { Figure } from "./figure";
import { escapeLabel } from "./hover";
import { categoryAxis, heightForRows, MAX_ROWS, moreNote } from "./layout";
import { tickLabel } from "./frequency-shared";
import { baseLayout, figure, RATE_SCALE, TRANSPARENT } from "./theme";

/** Most term columns: with the term labels upright, about 28 px each across the page. */
export const MAX_TERM_COLUMNS = 30;
/** Longest term label under a column. */
const TERM_CHARS = 22;

/**
 * Group × term heatmap of rates per 10,000 words, zeros included (white = the group never uses the
 * term). One row per group (at most MAX_ROWS, the ones with the most words, in the order given), one
 * column per term (at most MAX_TERM_COLUMNS, in the order asked). Hover: group, term, count, rate.
 */
export function termHeatmapChart(rates: TermRate[], groups: GroupRow[], options: string | { title?: string; what?: string; table?: string } = {}): Figure {
  const o = typeof options === "string" ? { title: options } : options;
  const keys: string[] = [];
  for (const r of rates) if (!keys.includes(r.key) && keys.length < MAX_TERM_COLUMNS) keys.push(r.key);
  const display = new Map(rates.map((r) => [r.key, r.term]));
  const cell = new Map(rates.map((r) => [`${r.key}\u0000${r.article}`, r]));
  const keep = new Set(groups.map((g, i) => [g.words, i]).sort((p, q) => q[0] - p[0] || p[1] - q[1]).slice(0, MAX_ROWS).map(([, i]) => i));
  const rows = groups.filter((_, i) => keep.has(i));
  const rest = groups.length - rows.length;
  const labels = rows.map((g) => escapeLabel(g.label));
  // the term as written is the column's category (one written form per term), cut only on the axis
  const terms = keys.map((k) => escapeLabel(display.get(k) ?? k));
  const z = rows.map((g) => keys.map((k) => cell.get(`${k}\u0000${g.article}`)?.per10k ?? 0));
  const counts = rows.map((g) => keys.map((k) => cell.get(`${k}\u0000${g.article}`)?.count ?? 0));
  const note = moreNote(rest, o.what ?? "groups", o.table ?? "frequency-terms");
  return figure(
    [
      {
        type: "heatmap",
        x: terms,
        y: labels,
        z,
        customdata: counts,
        // counts ride in customdata: one template instead of a hover string per cell
        hovertemplate: "%{y}<br>%{x}: %{customdata} times, %{z} per 10,000 words<extra></extra>",
        hoverongaps: false,
        colorscale: RATE_SCALE,
        zmin: 0,
        colorbar: { title: { text: "per 10k" } },
        xgap: 1,
        ygap: 1,
      },
    ],
    {
      ...baseLayout(o.title ?? "Term rates (per 10,000 words)"),
      height: heightForRows(rows.length, { chrome: 230 }),
      xaxis: categoryAxis(terms, keys.map((k) => tickLabel(display.get(k) ?? k, TERM_CHARS)), { side: "bottom", tickangle: -90, gridcolor: TRANSPARENT }),
      yaxis: categoryAxis(labels, labels, { autorange: "reversed", gridcolor: TRANSPARENT }),
      ...(note ? { annotations: [note] } : {}),
    },
  );
}
