import type { Figure } from "./figure";
import { baseLayout, figure, HEADER_FILL } from "./theme";
import { moreNote } from "./layout";
import type { QuoteMatch } from "../overlap/quotes";
import { escapeLabel as esc } from "./hover";

export interface QuoteDriftOptions {
  /** article id → readable label; default the id */
  label?: (id: string) => string;
  title?: string;
  /** the CSV holding every quote match, named in the "N more" note */
  table?: string;
  /** most rows drawn */
  maxRows?: number;
}

/** Rows the table draws by default: a row is two to four lines tall. */
export const DRIFT_ROWS = 20;

/**
 * The quote-drift table: each quote that changed between two articles, with its word diff. The same
 * change carried by several pairs (a wire story's quote changed once, then copied) is one row naming
 * how many pairs carry it, most-carried first; the top rows are drawn, the CSV has every match.
 */
export function quoteDriftTable(quotes: QuoteMatch[], options: QuoteDriftOptions = {}): Figure {
  const label = options.label ?? ((id: string) => id);
  const byDiff = new Map<string, { q: QuoteMatch; pairs: number }>();
  for (const q of quotes) {
    if (q.status !== "drift") continue;
    const seen = byDiff.get(q.diff);
    if (seen) seen.pairs++;
    else byDiff.set(q.diff, { q, pairs: 1 });
  }
  const all = [...byDiff.values()].sort((x, y) => y.pairs - x.pairs);
  const rows = all.slice(0, options.maxRows ?? DRIFT_ROWS);
  // Plotly's table cells read a small subset of HTML and wrap long text at spaces, which cuts a tag
  // holding a space (<span style=…>) in two and shows it as text. So: no attributes, and each word
  // of a change gets its own tag (struck = A's words, bold = B's words).
  const eachWord = (words: string, tag: string) => words.split(/(\s+)/).map((w) => (/^\s*$/.test(w) ? w : `<${tag}>${w}</${tag}>`)).join("");
  const diff = rows.map(({ q, pairs }) => esc(q.diff)
    .replace(/-\]\{\+/g, "-] {+") // a space between a removed word and the word that replaced it
    .replace(/\[-(.*?)-\]/g, (_m, w: string) => eachWord(w, "s"))
    .replace(/\{\+(.*?)\+\}/g, (_m, w: string) => eachWord(w, "b")) + (pairs > 1 ? ` <i>(${pairs} pairs)</i>` : ""));
  // about 60 visible characters a line in the quote column (the diff's [- -] {+ +} marks are not
  // drawn; bold words are wider), 28 in an article column, 19 px a line: the table shows every row
  // (a little room to spare rather than a last row cut off)
  const visible = (d: string) => d.replace(/\[-|-\]|\{\+|\+\}/g, "").length + 10;
  const lines = rows.map(({ q }) => Math.max(1, Math.ceil(visible(q.diff) / 60), Math.ceil(label(q.a).length / 28), Math.ceil(label(q.b).length / 28)));
  const height = 130 + lines.reduce((n, l) => n + 10 + l * 19, 0);
  const note = moreNote(all.length - rows.length, all.length - rows.length === 1 ? "changed quote" : "changed quotes", options.table);
  return figure(
    [{
      type: "table", columnwidth: [170, 170, 400],
      header: { values: ["article A", "article B", "quote: <s>A's words</s> → <b>B's words</b>"], align: "left", fill: { color: HEADER_FILL } },
      cells: { values: [rows.map(({ q }) => esc(label(q.a))), rows.map(({ q }) => esc(label(q.b))), diff], align: "left", height: 22 },
    }],
    { ...baseLayout(options.title ?? "Quotes that changed between articles"), height, ...(note ? { annotations: [note] } : {}) },
    "No quotation changed between articles.",
  );
}
