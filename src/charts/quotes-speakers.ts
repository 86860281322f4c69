import type { Figure } from "./figure";
import { baseLayout, figure, VOICE_COLORSCALE } from "./theme";
import { escapeLabel } from "./hover";
import { categoryAxis, heightForRows, MAX_COLUMNS } from "./layout";
import type { QuoteResult } from "../quotes/types";
import { defaultGrouping, type Grouping } from "../grouping/groups";
import { shortTitle } from "../grouping/labels";
import { unitNoun } from "../grouping/unit";

/** What the quote charts need to know of each article (in the order to show them). */
export interface QuoteArticleInfo {
  id: string;
  title: string | null;
  outlet: string;
  published: string | null;
}

export const UNATTRIBUTED = "(no speaker found)";
/** Speakers the heatmap shows as rows (the most quoted); the CSV lists them all. */
export const MAX_SPEAKERS = 15;
/** Up to this many columns the labels stand upright in lines under their column; beyond, turned. */
const UPRIGHT_COLUMNS = 6;
const LINE_CHARS = 18;

export interface SpeakerHeatmapOptions {
  /** the unit of the columns and their labels (the report's grouping); default: chosen from the articles */
  grouping?: Grouping;
  maxSpeakers?: number;
  title?: string;
}

/** The grouping given, else one chosen from the articles (per article for a few, per outlet beyond). */
export function quoteGrouping(articles: QuoteArticleInfo[], grouping?: Grouping): Grouping {
  return defaultGrouping(articles, grouping);
}

/** A label in lines of about `width` characters, broken at " · " and between words. */
function lines(label: string, width: number): string {
  const out: string[] = [];
  for (const part of label.split(" · ")) {
    let line = "";
    for (const word of part.split(" ")) {
      if (line && line.length + 1 + word.length > width) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) out.push(line);
  }
  return out.slice(0, 4).join("<br>");
}

/**
 * Speakers × units: each cell is the share of the unit's quoted words (speech and partial quotes)
 * that the speaker says, so a column sums to 100%: who gets the voice in each article, outlet or
 * story. Rows are the most quoted speakers and a last row for quoted words with no speaker found, so
 * nothing is silently left out; columns are the units (articles for a few, outlets or stories
 * beyond), the largest MAX_COLUMNS − 1 and one "other" column for the rest. Every row and column
 * is labelled (categoryAxis): a skipped label would make a row read as its neighbour's.
 */
export function quotesSpeakerHeatmap(result: QuoteResult, articles: QuoteArticleInfo[], options: SpeakerHeatmapOptions = {}): Figure {
  const grouping = quoteGrouping(articles, options.grouping);
  const maxSpeakers = options.maxSpeakers ?? MAX_SPEAKERS;
  const noun = unitNoun(grouping.unit);
  const title = options.title ?? `Who is quoted in each ${noun} (share of quoted words)`;
  const folded = grouping.groups.length > MAX_COLUMNS;
  const shown = folded ? grouping.groups.slice(0, MAX_COLUMNS - 1) : grouping.groups;
  const restCount = grouping.groups.length - shown.length;
  // the folded column's key is its label: "other (321 outlets)"
  const OTHER = `other (${restCount.toLocaleString("en-US")} ${unitNoun(grouping.unit, restCount !== 1)})`;
  const columnOf = new Map<string, string>();
  for (const g of grouping.groups) columnOf.set(g.key, g.key);
  if (folded) for (const g of grouping.groups.slice(MAX_COLUMNS - 1)) columnOf.set(g.key, OTHER);
  const columns = folded ? [...shown.map((g) => g.key), OTHER] : shown.map((g) => g.key);
  const columnLabel = (c: string) => (c === OTHER ? OTHER : grouping.groupLabel.get(c) ?? c);
  const columnOfArticle = (article: string) => columnOf.get(grouping.groupOf.get(article) ?? article) ?? OTHER;

  const speech = result.quotes.filter((q) => q.kind === "speech" || q.kind === "partial");
  const speakers = result.speakers.slice(0, maxSpeakers).map((s) => s.name);
  const hasUnattributed = speech.some((q) => !q.speaker);
  const rows = hasUnattributed ? [...speakers, UNATTRIBUTED] : speakers;
  const totals = new Map(columns.map((c) => [c, 0]));
  const cells = new Map<string, { words: number; quotes: number }>();
  for (const q of speech) {
    const col = columnOfArticle(q.article);
    totals.set(col, (totals.get(col) ?? 0) + q.words);
    const key = `${q.speaker ?? UNATTRIBUTED}\u0000${col}`;
    const cell = cells.get(key) ?? { words: 0, quotes: 0 };
    cell.words += q.words;
    cell.quotes += 1;
    cells.set(key, cell);
  }
  const share = (s: string, c: string) => {
    const cell = cells.get(`${s}\u0000${c}`);
    const total = totals.get(c) ?? 0;
    return cell && total > 0 ? cell.words / total : null;
  };
  const z = rows.map((s) => columns.map((c) => {
    const v = share(s, c);
    return v === null ? null : Math.round(v * 1000) / 1000;
  }));
  const text = rows.map((s) => columns.map((c) => {
    const cell = cells.get(`${s}\u0000${c}`);
    const where = escapeLabel(columnLabel(c));
    if (!cell) return `${escapeLabel(s)} is not quoted in ${where}`;
    const total = totals.get(c)!;
    return `${escapeLabel(s)} in ${where}: ${Math.round((cell.words / total) * 100)}% of its quoted words<br>${cell.words} of ${total} words, ${cell.quotes} quote${cell.quotes === 1 ? "" : "s"}`;
  }));
  const upright = columns.length <= UPRIGHT_COLUMNS;
  const labels = columns.map((c) => escapeLabel(upright ? columnLabel(c) : shortTitle(columnLabel(c), 40)));
  const tickText = upright ? labels.map((l) => lines(l, LINE_CHARS)) : labels;
  // room under the plot for the column labels: lines of text upright, the longest label turned
  const labelPx = upright ? 16 * Math.max(1, ...tickText.map((t) => t.split("<br>").length)) : 7 * Math.max(1, ...labels.map((l) => l.length));
  return figure(
    [{
      type: "heatmap", x: columns, y: rows, z, text, hovertemplate: "%{text}<extra></extra>",
      zmin: 0, zmax: 1, colorscale: VOICE_COLORSCALE,
      colorbar: { title: { text: "share" }, tickformat: ".0%" }, xgap: 2, ygap: 2,
      // the share printed in the cell only where the cells are wide enough to hold it
      ...(columns.length <= 12 ? { texttemplate: "%{z:.0%}" } : {}),
    }],
    {
      ...baseLayout(title),
      // turned labels leave the axis title no room of its own: the title says the unit instead
      xaxis: categoryAxis(columns, tickText, { ...(upright ? { title: { text: noun } } : {}), side: "bottom", tickangle: upright ? 0 : -90, showgrid: false }),
      // no axis title: rows of names need none, and Plotly draws it over long names
      yaxis: categoryAxis(rows, rows.map(escapeLabel), { autorange: "reversed", showgrid: false }),
      height: heightForRows(rows.length, { rowPx: 28, chrome: 150 + labelPx }),
    },
  );
}
