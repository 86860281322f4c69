import type { Figure } from "./figure";
import { baseLayout, figure } from "./theme";
import type { QuoteMatch } from "../overlap/quotes";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The quote-drift table: each quote that changed between two articles, with its word diff. */
export function quoteDriftTable(quotes: QuoteMatch[], title = "Quotes that changed between articles"): Figure {
  const rows = quotes.filter((q) => q.status === "drift");
  // Plotly's table cells read a small subset of HTML: style attributes only on <span>, so colour
  // goes on a span around the <s>/<b> (a styled <b> shows up as literal markup).
  const diff = rows.map((q) => esc(q.diff)
    .replace(/-\]\{\+/g, "-] {+") // a space between a removed word and the word that replaced it
    .replace(/\[-(.*?)-\]/g, "<span style='color:#D55E00'><s>$1</s></span>")
    .replace(/\{\+(.*?)\+\}/g, "<span style='color:#009E73'><b>$1</b></span>"));
  return figure(
    [{
      type: "table", columnwidth: [90, 90, 400],
      header: { values: ["article A", "article B", "quote: <s>A's words</s> → <b>B's words</b>"], align: "left", fill: { color: "#eeeeee" } },
      cells: { values: [rows.map((q) => q.a), rows.map((q) => q.b), diff], align: "left", height: 26 },
    }],
    { ...baseLayout(title), height: Math.min(1400, 140 + rows.length * 60) },
  );
}
