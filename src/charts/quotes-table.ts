import type { Figure } from "./figure";
import { baseLayout, figure, FONT_FAMILY, HEADER_FILL } from "./theme";
import { escapeLabel } from "./hover";
import type { QuoteResult } from "../quotes/types";

/** Rows a table figure draws; the CSV (quoteRows) keeps them all. */
export const MAX_TABLE_ROWS = 200;

/**
 * One row per quote, for the report's table (CSV keeps them all) and for danfo/notebook tables.
 * With `labels` (article id → readable label), a first `label` column names the article; `article`
 * stays its id.
 */
export function quoteRows(result: QuoteResult, options: { includeScare?: boolean; labels?: Map<string, string> } = {}): Array<Record<string, string | number | null>> {
  const labels = options.labels;
  return result.quotes
    .filter((q) => options.includeScare || (q.kind !== "scare" && q.kind !== "title"))
    .map((q) => ({
      ...(labels ? { label: labels.get(q.article) ?? q.article } : {}),
      article: q.article,
      speaker: q.speaker,
      role: q.role,
      cue: q.cue,
      kind: q.kind,
      quote: q.text,
      words: q.words,
      start: q.start,
      end: q.end,
      found_by: q.attribution,
    }));
}

/**
 * Every quote with speaker and cue as a Plotly table: readable in the notebook and in the report.
 * Articles are named by `labels` when given; the first MAX_TABLE_ROWS quotes are drawn.
 */
export function quotesTableFigure(result: QuoteResult, title = "Every quote, with its speaker and cue", options: { labels?: Map<string, string>; maxRows?: number } = {}): Figure {
  const all = quoteRows(result, { labels: options.labels });
  const max = options.maxRows ?? MAX_TABLE_ROWS;
  const rows = all.slice(0, max);
  const col = (k: string) => rows.map((r) => escapeLabel(r[k] === null || r[k] === undefined ? "—" : String(r[k])));
  const heading = all.length > rows.length ? `${title}<br><sup>the first ${rows.length} of ${all.length.toLocaleString("en-US")}; the CSV has them all</sup>` : title;
  return figure(
    [{
      type: "table",
      columnwidth: [110, 120, 110, 60, 420],
      header: { values: ["article", "speaker", "cue", "kind", "quote"].map((h) => `<b>${h}</b>`), align: "left", fill: { color: HEADER_FILL }, font: { family: FONT_FAMILY, size: 13 } },
      cells: { values: [col(options.labels ? "label" : "article"), col("speaker"), col("cue"), col("kind"), col("quote").map((q) => `“${q}”`)], align: "left", font: { family: FONT_FAMILY, size: 12 }, height: 24 },
    }],
    { ...baseLayout(heading), height: Math.min(1400, 120 + 46 * rows.length), margin: { l: 10, r: 10, t: 60, b: 10 } },
  );
}
