import type { Figure } from "./figure";
import { baseLayout, figure, SHARE_COLORSCALE } from "./theme";
import { categoryAxis, heightForRows, MAX_ROWS, moreNote } from "./layout";
import { escapeLabel as esc } from "./hover";
import { cut, overlapGrouping, unitNoun } from "./overlap-labels";
import type { OverlapResult } from "../overlap/index";
import { unitOverlap, type UnitOverlap } from "../overlap/by-unit";
import type { Grouping } from "../grouping/groups";

export interface OverlapHeatmapOptions {
  /** the unit of comparison; default one row per article */
  grouping?: Grouping;
  title?: string;
  /** the CSV holding every row, named in the "N more" note */
  table?: string;
  /** word counts for articles the overlap never tokenised (see unitOverlap) */
  words?: (id: string) => number | undefined;
}

/** Characters of a column label: columns are narrow, the row labels carry the full name. */
const COLUMN_CHARS = 30;
/** Up to this many columns, a column label is stacked one part a line, each part cut to fit its column (at least STACKED_CHARS). */
const STACKED_COLUMNS = 6;
const STACKED_CHARS = 16;
/** Characters of a row label. */
const ROW_CHARS = 48;
/** About how many pixels the cells get across, and one character of a tick label takes. */
const PLOT_PX = 620;
const CHAR_PX = 7;
/** About how wide the chart is drawn in the report, what the colour bar and margins take, and what an upright column label needs. */
const FIGURE_PX = 1000;
const CHROME_X_PX = 130;
const COLUMN_PX = 18;

/**
 * Asymmetric heatmap of shared text, per unit of comparison. Per article: row = the article, column =
 * the other article, cell = share of the ROW article's words inside passages aligned with the column
 * article (a short extract of a long article is dark in its row and light in its column). Per
 * outlet (day, story): cell = the row unit's words found in the column unit's articles, as defined in
 * overlap/by-unit.ts (words-weighted mean over the row unit's articles of each one's best match in the
 * column unit). At most MAX_ROWS rows, the ones with the most shared text, "N more" in the CSV.
 */
export function overlapHeatmap(r: OverlapResult, options: OverlapHeatmapOptions = {}): Figure {
  const grouping = overlapGrouping(r, options.grouping);
  return grouping.unit === "article" ? articleHeatmap(r, grouping, options) : unitHeatmap(unitOverlap(r, grouping, options.words), grouping, options);
}

function articleHeatmap(r: OverlapResult, grouping: Grouping, options: OverlapHeatmapOptions): Figure {
  const label = (id: string) => grouping.articleLabel.get(id) ?? id;
  const all = r.articles.map((a) => a.id);
  // past the rows that fit, both articles of the pairs sharing the most text, in that order (so a
  // pair's cells sit next to the diagonal)
  const fit = rowsThatFit(all.map(label));
  let ids = all;
  if (all.length > fit) {
    const chosen = new Set<string>();
    for (const p of [...r.pairs].sort((x, y) => Math.max(y.shared_a, y.shared_b) - Math.max(x.shared_a, x.shared_b))) {
      if (chosen.size >= fit || Math.max(p.shared_a, p.shared_b) <= 0) break;
      chosen.add(p.a);
      if (chosen.size < fit) chosen.add(p.b);
    }
    ids = [...chosen];
  }
  const at = new Map(ids.map((id, i) => [id, i]));
  const z = ids.map(() => ids.map(() => null as number | null));
  const text = ids.map(() => ids.map(() => ""));
  for (const p of r.pairs) {
    const x = at.get(p.a);
    const y = at.get(p.b);
    if (x === undefined || y === undefined) continue;
    // a pair with no shared text stays blank (and carries no hover text: the figure stays small)
    if (p.shared_a > 0) {
      z[x][y] = p.shared_a;
      text[x][y] = `${esc(label(p.a))}: ${Math.round(p.shared_a * 100)}% of its words lie in passages aligned with ${esc(label(p.b))}<br>relation: ${p.relation}`;
    }
    if (p.shared_b > 0) {
      z[y][x] = p.shared_b;
      text[y][x] = `${esc(label(p.b))}: ${Math.round(p.shared_b * 100)}% of its words lie in passages aligned with ${esc(label(p.a))}<br>relation: ${p.relation}`;
    }
  }
  return heatmap(ids, ids.map(label), z, text, {
    title: options.title ?? "Share of each article found in each other article",
    rowTitle: "article",
    empty: "No article's words are found in another article.",
    note: moreNote(all.length > fit ? sharing(r).size - ids.length : 0, unitNoun("article", sharing(r).size - ids.length), options.table),
  });
}

function unitHeatmap(u: UnitOverlap, grouping: Grouping, options: OverlapHeatmapOptions): Figure {
  const n = u.units.length;
  // past MAX_ROWS units, those whose words are found most, or are most found, elsewhere (then the largest)
  const involved = u.units.map((unit, i) => {
    let words = 0;
    for (let j = 0; j < n; j++) words += u.cells[i][j].share * unit.words + (j === i ? 0 : u.cells[j][i].share * u.units[j].words);
    return words;
  });
  // only units with shared text (all of them when no unit has any: the chart then says so)
  const sharing = u.units.map((_, i) => i).filter((i) => involved[i] > 0);
  const keep = new Set([...sharing].sort((x, y) => involved[y] - involved[x] || x - y).slice(0, rowsThatFit(u.units.map((x) => x.label))));
  const rows = u.units.map((_, i) => i).filter((i) => keep.has(i));
  const noun = unitNoun(grouping.unit);
  const z = rows.map((i) => rows.map((j) => (u.cells[i][j].articles_found > 0 ? u.cells[i][j].share : null)));
  const text = rows.map((i) => rows.map((j) => {
    const c = u.cells[i][j];
    if (c.articles_found === 0) return "";
    const [from, to] = [esc(u.units[i].label), esc(u.units[j].label)];
    const where = i === j ? "in its own other articles" : `in ${to}'s articles`;
    const best = c.best ? `<br>most: ${esc(cut(grouping.articleLabel.get(c.best.article) ?? c.best.article, 70))} (${Math.round(c.best.share * 100)}%)` : "";
    return `${from}: ${Math.round(c.share * 100)}% of its words found ${where}<br>${c.articles_found} of its ${u.units[i].articles} articles${best}`;
  }));
  return heatmap(rows.map((i) => u.units[i].key), rows.map((i) => u.units[i].label), z, text, {
    title: options.title ?? `Share of each ${noun}'s words found in each ${noun}'s articles`,
    rowTitle: noun,
    empty: `No ${noun}'s words are found in another ${noun}'s articles.`,
    note: moreNote(sharing.length - rows.length, unitNoun(grouping.unit, sharing.length - rows.length), options.table),
  });
}

/** Articles with any of their words found in another article. */
export function sharing(r: OverlapResult): Set<string> {
  const out = new Set<string>();
  for (const p of r.pairs) {
    if (p.shared_a > 0) out.add(p.a);
    if (p.shared_b > 0) out.add(p.b);
  }
  return out;
}

/** Units with any shared text in their row or column of the matrix (the heatmap's candidate rows). */
export function sharingUnits(u: UnitOverlap): number {
  return u.units.filter((_, i) => u.units.some((__, j) => u.cells[i][j].share > 0 || u.cells[j][i].share > 0)).length;
}

/**
 * Rows (= columns) the heatmap can draw: at most MAX_ROWS, and no more upright column labels than fit
 * beside the row labels, a colour bar and margins in a chart about FIGURE_PX wide.
 */
function rowsThatFit(labels: string[]): number {
  const rowLabelPx = Math.min(ROW_CHARS, Math.max(0, ...labels.map((l) => l.length))) * CHAR_PX;
  return Math.max(1, Math.min(MAX_ROWS, Math.floor((FIGURE_PX - rowLabelPx - CHROME_X_PX) / COLUMN_PX)));
}

function heatmap(keys: string[], labels: string[], z: Array<Array<number | null>>, text: string[][], o: { title: string; rowTitle: string; note: Record<string, unknown> | null; empty: string }): Figure {
  // column labels lie flat while they fit their column — a few columns get one line per label part
  // ("outlet · day · title") — else stand upright: rotated labels' boxes collide
  const stacked = keys.length <= STACKED_COLUMNS;
  const partChars = Math.max(STACKED_CHARS, Math.floor(PLOT_PX / Math.max(1, keys.length) / CHAR_PX) - 2);
  const columns = labels.map((l) => (stacked ? l.split(" · ").map((part) => esc(cut(part, partChars))).join("<br>") : esc(cut(l, COLUMN_CHARS))));
  const widest = Math.max(0, ...labels.map((l) => (stacked ? Math.max(...l.split(" · ").map((p) => Math.min(p.length, partChars))) : Math.min(l.length, COLUMN_CHARS)))) * CHAR_PX;
  const upright = keys.length > 0 && widest > PLOT_PX / keys.length;
  const lines = stacked ? Math.max(1, ...labels.map((l) => l.split(" · ").length)) : 1;
  const axisPx = upright ? widest : lines * 16;
  return figure(
    [{
      type: "heatmap", x: keys, y: keys, z, hovertext: text, hovertemplate: "%{hovertext}<extra></extra>", hoverongaps: false,
      zmin: 0, zmax: 1, colorscale: SHARE_COLORSCALE,
      colorbar: { title: { text: "shared" }, tickformat: ".0%" },
      // values on the cells while they are big enough to hold them; under 1% reads "<1%", not "0%"
      ...(keys.length <= 12 ? { text: z.map((row) => row.map((v) => (v === null ? "" : v < 0.005 ? "<1%" : `${Math.round(v * 100)}%`))), texttemplate: "%{text}" } : {}),
    }],
    {
      ...baseLayout(o.title),
      height: heightForRows(keys.length, { chrome: 170 + axisPx }),
      xaxis: categoryAxis(keys, columns, { title: { text: "found in", standoff: 12 }, tickangle: upright ? -90 : 0, side: "bottom" }),
      yaxis: categoryAxis(keys, labels.map((l) => esc(cut(l, ROW_CHARS))), { title: { text: o.rowTitle }, autorange: "reversed" }),
      ...(o.note ? { annotations: [o.note] } : {}),
    },
    o.empty,
  );
}
