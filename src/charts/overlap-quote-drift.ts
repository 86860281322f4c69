import type { Figure } from "./figure";
import { baseLayout, figure } from "./theme";
import type { QuoteMatch } from "../overlap/quotes";
import { escapeLabel as esc } from "./hover";


/** The quote-drift table: each quote that changed between two articles, with its word diff. */
export function quoteDriftTable(quotes: QuoteMatch[], title = "Quotes that changed between articles"): Figure {
  const rows = quotes.filter((q) => q.status === "drift");
  // Plotly's table cells read a small subset of HTML and wrap long text at spaces, which cuts a tag
  // holding a space (<span style=…>) in two and shows it as text. So: no attributes, and each word
  // of a change gets its own tag (struck = A's words, bold = B's words).
  const eachWord = (words: string, tag: string) => words.split(/(\s+)/).map((w) => (/^\s*$/.test(w) ? w : `<${tag}>${w}</${tag}>`)).join("");
  const diff = rows.map((q) => esc(q.diff)
    .replace(/-\]\{\+/g, "-] {+") // a space between a removed word and the word that replaced it
    .replace(/\[-(.*?)-\]/g, (_m, w: string) => eachWord(w, "s"))
    .replace(/\{\+(.*?)\+\}/g, (_m, w: string) => eachWord(w, "b")));
  // about 75 characters a line in the quote column, 20 px a line: the table shows every row
  const lines = rows.map((q) => Math.max(1, Math.ceil(q.diff.length / 75)));
  const height = 150 + lines.reduce((n, l) => n + 12 + l * 20, 0);
  return figure(
    [{
      type: "table", columnwidth: [90, 90, 400],
      header: { values: ["article A", "article B", "quote: <s>A's words</s> → <b>B's words</b>"], align: "left", fill: { color: "#eeeeee" } },
      cells: { values: [rows.map((q) => q.a), rows.map((q) => q.b), diff], align: "left", height: 22 },
    }],
    { ...baseLayout(title), height },
  );
}
