/** Helpers shared by the word-frequency charts: which groups get a panel, their colours, the panel grid. */
import type { GroupRow } from "../frequency/analyse";
import { shortTitle } from "../grouping/labels";
import { NO_OUTLET } from "../grouping/groups";
import { MAX_PANELS, moreNote, panelGrid, type PanelGrid } from "./layout";
import { escapeLabel } from "./hover";
import { rankedColors } from "./theme";

/**
 * The colour key of a group: its outlet (an article's, or the one all articles of a day or story
 * share), else "outlet not known" — the same key the corpus charts colour by, so a group keeps its
 * outlet's colour on every chart.
 */
export function groupColorKey(g: GroupRow): string {
  return !g.outlet || g.outlet === "unknown" ? NO_OUTLET : g.outlet;
}

/**
 * Colours of groups, the same on every chart: the colour keys (outlets) with the most articles get a
 * palette colour each, the rest a shared grey.
 */
export function groupColors(groups: GroupRow[]): (g: GroupRow) => string {
  const n = new Map<string, number>();
  for (const g of groups) n.set(groupColorKey(g), (n.get(groupColorKey(g)) ?? 0) + g.articles.length);
  const colors = rankedColors([...n].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([k]) => k));
  return (g) => colors.color(groupColorKey(g));
}

/** Plotly axis ids for panel i: "x", "x2", ... (layout keys "xaxis", "xaxis2", ...). */
export function axisIds(i: number): { x: string; y: string; xKey: string; yKey: string } {
  const n = i === 0 ? "" : String(i + 1);
  return { x: `x${n}`, y: `y${n}`, xKey: `xaxis${n}`, yKey: `yaxis${n}` };
}

/**
 * The groups that get a panel: all of them up to `max`, else the `max` largest by words, in the
 * order given (articles in corpus order, days in calendar order, outlets largest first).
 */
export function panelGroups(groups: GroupRow[], max = MAX_PANELS): { shown: GroupRow[]; rest: number } {
  if (groups.length <= max) return { shown: groups, rest: 0 };
  const keep = new Set(groups.map((g, i) => [g.words, i]).sort((p, q) => q[0] - p[0] || p[1] - q[1]).slice(0, max).map(([, i]) => i));
  return { shown: groups.filter((_, i) => keep.has(i)), rest: groups.length - max };
}

/** Plot width the report gives a chart, in pixels, for fitting labels (main column less margins). */
const PLOT_PX = 940;
/** Rough width of one character of an 11–13 px label. */
const CHAR_PX = { tick: 6.2, title: 7.6 };

export interface PanelLayout {
  grid: PanelGrid;
  /** longest panel title, in characters (titles are cut to fit their panel) */
  titleChars: number;
  /** longest tick label of an inner panel's category axis (it sits in the gap between panels) */
  tickChars: number;
}

/**
 * Small multiples in pixels (panelGrid): three columns, two when the panel titles are long article
 * labels, with room between columns for the next panel's category labels.
 */
export function panelLayout(titles: string[], panelPx: number): PanelLayout {
  const cols = Math.max(...titles.map((t) => t.length), 0) > 34 ? 2 : 3;
  const gapX = cols === 2 ? 0.2 : 0.15;
  const grid = panelGrid(titles.length, { cols, panelPx, gapX });
  const panelWidth = (PLOT_PX * (1 - gapX * (grid.cols - 1))) / grid.cols;
  return { grid, titleChars: Math.floor(panelWidth / CHAR_PX.title), tickChars: Math.floor((PLOT_PX * gapX) / CHAR_PX.tick) - 2 };
}

/** A label cut at a word to about `max` characters, never ending on a dangling " ·" separator. */
function fit(text: string, max: number): string {
  return shortTitle(text, max).replace(/\s*·\s*…$/, "…");
}

/** A panel title placed above its panel, as a layout annotation: cut to fit, the whole label on hover. */
export function panelTitle(text: string, domain: { x: [number, number]; y: [number, number] }, maxChars = 60): Record<string, unknown> {
  const cut = fit(text, maxChars);
  return {
    text: `<b>${escapeLabel(cut)}</b>`,
    ...(cut !== text ? { hovertext: escapeLabel(text) } : {}),
    x: domain.x[0], y: domain.y[1], xref: "paper", yref: "paper", xanchor: "left", yanchor: "bottom", showarrow: false, font: { size: 13 },
  };
}

/** A category label cut to fit between panels ("Democratic National Comm…"). */
export function tickLabel(text: string, maxChars: number): string {
  return escapeLabel(fit(text, maxChars));
}

/**
 * "N more … in the CSV" under the bottom-right panel: the top-right corner holds the first row's
 * panel titles.
 */
export function panelsMoreNote(rest: number, what: string, table: string): Record<string, unknown> | null {
  const note = moreNote(rest, what, table);
  return note && { ...note, y: 0, yanchor: "top", yshift: -36 };
}
