import type { Figure } from "./figure";
import { baseLayout, figure, FONT_FAMILY } from "./theme";
import { escapeLabel } from "./hover";
import type { QuoteResult } from "../quotes/types";

/** One row per quote, for the report's table (CSV keeps them all) and for danfo/notebook tables. */
export function quoteRows(result: QuoteResult, options: { includeScare?: boolean } = {}): Array<Record<string, string | number | null>> {
  return result.quotes
    .filter((q) => options.includeScare || (q.kind !== "scare" && q.kind !== "title"))
    .map((q) => ({
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

/** Every quote with speaker and cue as a Plotly table: readable in the notebook and in the report. */
export function quotesTableFigure(result: QuoteResult, title = "Every quote, with its speaker and cue"): Figure {
  const rows = quoteRows(result);
  const col = (k: string) => rows.map((r) => escapeLabel(r[k] === null || r[k] === undefined ? "—" : String(r[k])));
  return figure(
    [{
      type: "table",
      columnwidth: [110, 120, 110, 60, 420],
      header: { values: ["article", "speaker", "cue", "kind", "quote"].map((h) => `<b>${h}</b>`), align: "left", fill: { color: "#eeeeee" }, font: { family: FONT_FAMILY, size: 13 } },
      cells: { values: [col("article"), col("speaker"), col("cue"), col("kind"), col("quote").map((q) => `“${q}”`)], align: "left", font: { family: FONT_FAMILY, size: 12 }, height: 24 },
    }],
    { ...baseLayout(title), height: Math.min(1400, 120 + 46 * rows.length), margin: { l: 10, r: 10, t: 60, b: 10 } },
  );
}
