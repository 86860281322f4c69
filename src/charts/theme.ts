/**
 * One look for every chart. Colours come from the Okabe–Ito palette (safe for the common forms of
 * colour blindness); an outlet keeps its colour across every chart of a corpus because the colour is
 * picked from the sorted list of the corpus's outlets, not from the order a chart happens to use.
 */
import type { Figure } from "./figure";

export const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];
/** Extra colours after the eight Okabe–Ito ones run out: still distinct, less safe. */
const OVERFLOW = ["#882255", "#117733", "#332288", "#AA4499", "#44AA99", "#DDCC77", "#661100"];

/** The colour of groups past the legend's limit ("other") and of anything without a group. */
export const OTHER_COLOR = "#b3b3b3";
export const OTHER_LABEL = "other";

export const FONT_FAMILY = "Inter, 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif";

/** A stable colour for each key (outlet or article), by position in the sorted, de-duplicated list. */
export function colorScale(keys: Iterable<string>): (key: string) => string {
  const sorted = [...new Set(keys)].sort((a, b) => a.localeCompare(b));
  const all = [...PALETTE, ...OVERFLOW];
  const index = new Map(sorted.map((k, i) => [k, i]));
  return (key) => {
    const i = index.get(key);
    return i === undefined ? "#777777" : all[i % all.length];
  };
}

/**
 * Colours for groups ranked by size (largest first): the first `max` get a palette colour each —
 * given in name order among them, so a group keeps its colour while the ranking below it changes —
 * and the rest share OTHER_COLOR and one "other" legend entry. Keeps legends to about ten entries.
 */
export function rankedColors(ranked: string[], max = 9): { color: (key: string) => string; legendName: (key: string) => string; named: Set<string> } {
  const named = new Set([...new Set(ranked)].slice(0, max));
  const scale = colorScale(named);
  return {
    color: (key) => (named.has(key) ? scale(key) : OTHER_COLOR),
    legendName: (key) => (named.has(key) ? key : OTHER_LABEL),
    named,
  };
}

/** Base layout: title, fonts, margins, white background (so PNG/SVG exports read well in reports). */
export function baseLayout(title: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: { text: title, x: 0, xanchor: "left", font: { size: 18 } },
    font: { family: FONT_FAMILY, size: 13, color: "#222222" },
    paper_bgcolor: "#ffffff",
    plot_bgcolor: "#ffffff",
    margin: { l: 70, r: 30, t: 60, b: 60 },
    hoverlabel: { font: { family: FONT_FAMILY } },
    ...extra,
  };
}

/** Axis defaults: light grid, labelled. */
export function axis(title: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { title: { text: title }, gridcolor: "#e5e5e5", zerolinecolor: "#bbbbbb", automargin: true, ...extra };
}

const DAY_MS = 86_400_000;

/**
 * A date axis for day-level data: ticks are days, never clock times (Plotly's automatic ticks show
 * 00:00, 03:00 … when the dates span only a few days), and a single date gets a day either side.
 */
export function dateAxis(title: string, days: string[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  const times = days.map((d) => Date.parse(`${d.slice(0, 10)}T00:00:00Z`)).filter((t) => !Number.isNaN(t));
  // a loop, not Math.min(...times): a million articles' dates would overflow the call stack
  let lo = NaN;
  let hi = NaN;
  for (const t of times) {
    if (!(t >= lo)) lo = t;
    if (!(t <= hi)) hi = t;
  }
  const short = times.length > 0 && hi - lo < 14 * DAY_MS;
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  return axis(title, {
    type: "date",
    tickformat: "%-d %b %Y",
    ...(short ? { dtick: DAY_MS, range: [iso(lo - DAY_MS), iso(hi + DAY_MS)] } : {}),
    ...extra,
  });
}

export function figure(data: Figure["data"], layout: Figure["layout"], emptyMessage = "Nothing to show for these articles."): Figure {
  const config = { responsive: true, displaylogo: false };
  if (data.some(hasPoints)) return { data, layout, config };
  // Empty axes look like a broken chart in a report: say so in words instead (and no trace that
  // draws nothing: the report's layout check takes a trace without marks for a chart that failed)
  const hidden = { visible: false };
  return {
    data: [],
    layout: {
      ...layout,
      xaxis: hidden,
      yaxis: hidden,
      height: Math.min(Number(layout.height) || 240, 240),
      annotations: [{ text: emptyMessage, xref: "paper", yref: "paper", x: 0.5, y: 0.5, showarrow: false, font: { size: 15, color: "#555" } }],
    },
    config,
  };
}

/** Does a trace draw anything: points (x, y, values, z) or table rows? */
export function hasPoints(trace: Record<string, unknown>): boolean {
  const len = (v: unknown) => (Array.isArray(v) ? v.length : 0);
  if (trace.type === "table") {
    const cells = trace.cells as { values?: unknown[] } | undefined;
    return len(cells?.values?.[0]) > 0;
  }
  return len(trace.x) > 0 || len(trace.y) > 0 || len(trace.values) > 0 || len(trace.z) > 0;
}

/** Grid lines of category axes. */
export const GRID_COLOR = "#eeeeee";
/** No fill: a trace's area or an axis's grid left out. */
export const TRANSPARENT = "rgba(0,0,0,0)";
/** Rules and frames in HTML views (the side-by-side passages). */
export const RULE_COLOR = "#ddd";

/** Text of notes and secondary marks (captions inside a chart, "estimated" legend markers). */
export const NOTE_COLOR = "#555555";

/** Rates from zero (white: never used) to the most (the palette's blue), for rate heatmaps. */
export const RATE_SCALE: Array<[number, string]> = [[0, "#ffffff"], [0.001, "#eef4fa"], [1, PALETTE[0]]];

// Colours of marks that belong to no group (added for the timeline and quote charts; one owner here).
/** Marks that flag a problem, such as two dates given for one event: the palette's vermillion. */
export const ALERT_COLOR = PALETTE[5];
/** The outline that keeps touching marks apart. */
export const OUTLINE_COLOR = "#ffffff";
/** Ink for marks that stand for no group (a publication date) and for text. */
export const INK_COLOR = "#222222";
/** A speaker's share of quoted words from 0 (light grey) to 1 (dark red): who gets a voice. */
export const VOICE_COLORSCALE: Array<[number, string]> = [[0, "#f7f7f7"], [0.25, "#fdd49e"], [1, "#b30000"]];

/**
 * Source overlap: one look per relation between two articles, from the strongest (copy: thick,
 * solid) to the weakest; colours from the palette so they read for colour-blind readers.
 */
export const RELATION_STYLE: Record<"copy" | "rewrite" | "shared passage" | "shared quotes" | "same story" | "unrelated", { color: string; width: number; dash: string }> = {
  copy: { color: PALETTE[5], width: 4, dash: "solid" },
  rewrite: { color: PALETTE[3], width: 4, dash: "solid" },
  "shared passage": { color: PALETTE[1], width: 2.5, dash: "dash" },
  "shared quotes": { color: PALETTE[0], width: 2, dash: "dot" },
  "same story": { color: "#bbbbbb", width: 1, dash: "dot" },
  unrelated: { color: "#ffffff", width: 0, dash: "solid" },
};

/** Shares from 0 to 1 (overlap heatmaps): near-white to dark blue. */
export const SHARE_COLORSCALE: Array<[number, string]> = [[0, "#f7f7f7"], [0.3, "#9ecae1"], [1, "#08306b"]];

/** Header cells of tables drawn as charts, and the bands that group rows (clusters). */
export const HEADER_FILL = "#eeeeee";
export const BAND_FILLS = ["#f4f4f4", "#fafafa"];

/** Aligned passages in the side-by-side text view (CSS): verbatim solid orange, reworded dotted blue. */
export const PASSAGE_CSS = {
  verbatim: `background:#fbd9b5;border-bottom:2px solid ${PALETTE[5]}`,
  reworded: `background:#dbeaf7;border-bottom:2px dotted ${PALETTE[0]}`,
};
