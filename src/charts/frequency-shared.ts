/** Helpers shared by the word-frequency charts: colour keys and small-multiple grids. */
import type { GroupRow } from "../frequency/analyse";

/** The colour key of a group: its outlet, or its own key when the outlet is unknown. */
export function groupColorKey(g: GroupRow): string {
  return !g.outlet || g.outlet === "unknown" ? g.article : g.outlet;
}

/** Plotly axis ids for panel i: "x", "x2", ... (layout keys "xaxis", "xaxis2", ...). */
export function axisIds(i: number): { x: string; y: string; xKey: string; yKey: string } {
  const n = i === 0 ? "" : String(i + 1);
  return { x: `x${n}`, y: `y${n}`, xKey: `xaxis${n}`, yKey: `yaxis${n}` };
}

/**
 * Domains of panel i in a grid of `cols` columns and `rows` rows (row 0 on top), with gaps as
 * fractions of the figure.
 */
export function panelDomain(i: number, cols: number, rows: number, gapX = 0.12, gapY = 0.1): { x: [number, number]; y: [number, number] } {
  const col = i % cols;
  const row = Math.floor(i / cols);
  const w = (1 - gapX * (cols - 1)) / cols;
  const h = (1 - gapY * (rows - 1)) / rows;
  const x0 = col * (w + gapX);
  const y1 = 1 - row * (h + gapY);
  return { x: [round(x0), round(x0 + w)], y: [round(y1 - h), round(y1)] };
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

/** A panel title placed above its panel, as a layout annotation. */
export function panelTitle(text: string, domain: { x: [number, number]; y: [number, number] }): Record<string, unknown> {
  return { text: `<b>${text}</b>`, x: domain.x[0], y: domain.y[1], xref: "paper", yref: "paper", xanchor: "left", yanchor: "bottom", showarrow: false, font: { size: 13 } };
}
