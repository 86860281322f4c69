/**
 * A report section in a notebook: its introduction (prose computed from the results) and its charts
 * and tables by name, with the same captions as the report. Only for tslab notebooks.
 */
import type { SectionOutput } from "./section";
import { show, type ShowOptions } from "../render/notebook";
import { showTable } from "../render/show-table";
import { escapeHtml } from "../render/escape";

function html(content: string): void {
  (require("tslab") as typeof import("tslab")).display.html(content);
}

/** The section's introduction, as in the report. */
export function showIntro(output: SectionOutput): void {
  if (output.intro) html(output.intro);
}

/** One of the section's charts by name, with its caption under it; nothing when the section has no such chart. */
export async function showChart(output: SectionOutput, name: string, options: ShowOptions = {}): Promise<void> {
  const chart = output.charts.find((c) => c.name === name);
  if (!chart) return;
  await show(chart.figure, options);
  html(`<p style="font-size:13px;color:#444;max-width:860px">${escapeHtml(chart.caption)}</p>`);
}

/** One of the section's tables by name: its first rows (the CSV of the report holds them all). */
export function showSectionTable(output: SectionOutput, name: string, maxRows = 20): void {
  const table = output.tables.find((t) => t.name === name);
  if (!table) return;
  showTable(table.rows, { caption: `${table.title} (${table.rows.length.toLocaleString("en-US")} rows)`, maxRows });
}

/** The names of the section's charts and tables, for a reader who wants one that a notebook does not show. */
export function sectionParts(output: SectionOutput): { charts: string[]; tables: string[] } {
  return { charts: output.charts.map((c) => c.name), tables: output.tables.map((t) => t.name) };
}
