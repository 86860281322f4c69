import * as path from "node:path";
import type { Figure } from "../charts/figure";
import { chartPage } from "./html";
import { renderPng, renderSvg, type ImageOptions } from "./image";
import { toCsv, type TableLike } from "./csv";
import { writeFileAtomic } from "./write-file";

export type SaveChartOptions = ImageOptions & {
  /** .html only: "inline" (default, self-contained) or a script src relative to the file */
  plotly?: "inline" | { src: string };
};

/**
 * Save a chart; the extension picks the format: .html (self-contained page, plotly.js inlined, works
 * offline from disk), .png or .svg (drawn by headless Chromium). Never leaves a partial file.
 */
export async function saveChart(figure: Figure, file: string, options: SaveChartOptions = {}): Promise<void> {
  const ext = path.extname(file).toLowerCase();
  if (ext === ".html" || ext === ".htm") return writeFileAtomic(file, chartPage(figure, { plotly: options.plotly }));
  if (ext === ".png") return writeFileAtomic(file, await renderPng(figure, options));
  if (ext === ".svg") return writeFileAtomic(file, await renderSvg(figure, options));
  throw new Error(`${file}: cannot tell the chart format from '${ext || "no extension"}' (use .html, .png or .svg)`);
}

/** Save a table (row objects or a danfo DataFrame) as CSV (RFC 4180). */
export function saveTable(table: TableLike, file: string): void {
  writeFileAtomic(file, toCsv(table));
}
