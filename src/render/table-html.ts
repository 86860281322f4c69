import { columnsOf, type Row } from "../tables/rows";
import { escapeHtml } from "./escape";

export interface TableHtmlOptions {
  /** rows shown; the rest are summarised in a footer line. Default 50. */
  maxRows?: number;
  caption?: string;
}


/** A plain, readable HTML table (numbers right-aligned) for notebooks and the report. No scripts. */
export function tableHtml(rows: Row[], options: TableHtmlOptions = {}): string {
  const maxRows = options.maxRows ?? 50;
  const columns = columnsOf(rows);
  const shown = rows.slice(0, maxRows);
  const cell = (v: Row[string] | undefined) => {
    if (v === null || v === undefined) return `<td class="nc-null"></td>`;
    if (typeof v === "number") return `<td style="text-align:right">${escapeHtml(formatNumber(v))}</td>`;
    return `<td style="text-align:left">${escapeHtml(String(v))}</td>`;
  };
  const head = columns.map((c) => `<th style="text-align:left">${escapeHtml(c)}</th>`).join("");
  const body = shown.map((r) => `<tr>${columns.map((c) => cell(r[c])).join("")}</tr>`).join("\n");
  const caption = options.caption ? `<caption style="text-align:left;font-weight:600">${escapeHtml(options.caption)}</caption>` : "";
  const more = rows.length > shown.length ? `<p class="nc-more">${rows.length - shown.length} more rows not shown (${rows.length} in all).</p>` : "";
  return `<table class="nc-table">${caption}<thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>${more}`;
}

/** Integers as they are; other numbers to four significant digits, so tables stay readable. */
export function formatNumber(v: number): string {
  if (Number.isInteger(v)) return String(v);
  return Number(v.toPrecision(4)).toString();
}
