/**
 * The layout rule every chart follows, at 3 articles or 1,000: heights grow with rows up to a cap,
 * then the chart shows its top rows and says how many more the CSV holds; every category tick is
 * drawn (Plotly skips category labels when they crowd, so a row would read as its neighbour's);
 * small multiples are laid out in pixels, so no panel is ever squeezed to nothing; legends stay short.
 * One owner for these sizes: charts take them from here.
 */
import { GRID_COLOR, NOTE_COLOR } from "./theme";

/** Pixels one category row needs so its 11–12 px tick label never touches the next one. */
export const ROW_PX = 20;
/** Most category rows a chart draws; the rest is "N more in the CSV". */
export const MAX_ROWS = 40;
/** Most panels a small-multiple chart draws. */
export const MAX_PANELS = 12;
/** Most legend entries; past it, the smallest groups share one grey "other" entry. */
export const MAX_LEGEND = 10;
/** Smallest panel height, in pixels: a panel under this cannot be read. */
export const MIN_PANEL_PX = 40;

/** Height of a chart with `rows` category rows: the rows plus title, axis and margins. */
export function heightForRows(rows: number, options: { rowPx?: number; chrome?: number; min?: number } = {}): number {
  const { rowPx = ROW_PX, chrome = 170, min = 320 } = options;
  return Math.max(min, Math.round(chrome + rows * rowPx));
}

/**
 * A category axis that draws every label, in the order given (`labels` shown for `values`, e.g.
 * article labels for ids). Plotly's automatic ticks skip categories once they crowd; an explicit
 * tick list never does, and the chart's height (heightForRows) keeps them apart.
 */
export function categoryAxis(values: string[], labels: string[] = values, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: "category",
    categoryorder: "array",
    categoryarray: values,
    tickmode: "array",
    tickvals: values,
    ticktext: labels,
    automargin: true,
    gridcolor: GRID_COLOR,
    ...extra,
  };
}

/** The note under a chart that shows only its top rows: where the rest is. */
export function moreNote(rest: number, what: string, table?: string): Record<string, unknown> | null {
  if (rest <= 0) return null;
  const where = table ? ` (tables/${table}.csv)` : "";
  return {
    text: `${rest.toLocaleString("en-US")} more ${what} in the CSV${where}`,
    xref: "paper", yref: "paper", x: 1, y: 1, xanchor: "right", yanchor: "bottom", yshift: 4,
    showarrow: false, font: { size: 12, color: NOTE_COLOR },
  };
}

export interface PanelGrid {
  cols: number;
  rows: number;
  /** figure height in pixels */
  height: number;
  /** top margin to use in the layout (the grid's domains assume it) */
  marginTop: number;
  marginBottom: number;
  /** paper-coordinate domains of panel i (row 0 on top) */
  domain(i: number): { x: [number, number]; y: [number, number] };
}

/**
 * Small multiples laid out in pixels: each panel `panelPx` tall (never under MIN_PANEL_PX) with
 * `gapPx` between rows for the next panel's title and the axis labels, so the figure grows with the
 * number of panels instead of squeezing them (a fixed fractional gap made panels zero or negative
 * past ten rows).
 */
export function panelGrid(panels: number, options: { cols?: number; panelPx: number; gapPx?: number; gapX?: number; marginTop?: number; marginBottom?: number }): PanelGrid {
  const cols = Math.max(1, Math.min(options.cols ?? 3, panels));
  const rows = Math.max(1, Math.ceil(panels / cols));
  const panelPx = Math.max(MIN_PANEL_PX, options.panelPx);
  const gapPx = options.gapPx ?? 64;
  const gapX = options.gapX ?? 0.12;
  const marginTop = options.marginTop ?? 90;
  const marginBottom = options.marginBottom ?? 60;
  const plotPx = rows * panelPx + (rows - 1) * gapPx;
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const w = (1 - gapX * (cols - 1)) / cols;
  return {
    cols,
    rows,
    height: plotPx + marginTop + marginBottom,
    marginTop,
    marginBottom,
    domain(i) {
      const col = i % cols;
      const row = Math.floor(i / cols);
      const top = row * (panelPx + gapPx);
      const x0 = col * (w + gapX);
      return { x: [round(x0), round(x0 + w)], y: [round(1 - (top + panelPx) / plotPx), round(1 - top / plotPx)] };
    },
  };
}

/**
 * Most category columns a chart draws (a heatmap's units across the page): each needs about 25 px
 * of a 1,000 px plot for its label turned upright; the rest is folded into one "other" column.
 */
export const MAX_COLUMNS = 30;
