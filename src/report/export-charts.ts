import * as fs from "node:fs";
import * as path from "node:path";
import type { Figure } from "../charts/figure";
import type { ReportChart } from "./section";
import type { ChartFormat } from "./page";
import type { Progress } from "./progress";
import { chartPage } from "../render/html";
import { imageProblem, renderPng, renderSvg, staticFigure } from "../render/image";
import { closeBrowser, findChrome, isBrowserUnavailable } from "../render/browser";

/** Size of exported PNG/SVG charts: CSS pixels; PNGs are drawn at `scale` for sharp print. */
export const EXPORT_SIZE = { width: 960, height: 540, scale: 2 };

/** Above this many CSS pixels of height a chart is exported at scale 1: a 90-article chart is already huge. */
export const TALL_CHART = 1600;

/**
 * The export size of one chart: EXPORT_SIZE, or the height the figure asks for (one row per
 * article), at scale 1 when that is tall — doubling a 10,000-pixel chart costs seconds and megabytes
 * and adds nothing a reader can see.
 */
export function exportSize(figure: Figure): { width: number; height: number; scale: number } {
  const height = typeof figure.layout.height === "number" ? figure.layout.height : EXPORT_SIZE.height;
  return { ...EXPORT_SIZE, height, scale: height > TALL_CHART ? 1 : EXPORT_SIZE.scale };
}

export interface ExportedCharts {
  /** the formats the page should link for every chart: html and the image formats Chromium drew */
  formats: ChartFormat[];
  /** files of those formats that could not be drawn (relative to the version folder, e.g. "charts/x.png") */
  missing: string[];
  /** every PNG/SVG written, with the size it was drawn at (relative to the version folder) */
  images: Array<{ file: string; width: number; height: number; scale: number }>;
  /** one line per problem, already said on the progress: images skipped, charts not drawn */
  notes: string[];
}

const IMAGE_FORMATS = ["png", "svg"] as const;
type ImageFormat = (typeof IMAGE_FORMATS)[number];

/** The one line said when no Chromium can draw images: the HTML report is still whole. */
export function noBrowserNote(reason: string): string {
  return `PNG and SVG skipped (the HTML report has every chart, interactive): ${reason}; or pass --formats html to leave them out`;
}

/**
 * Write every chart into `dir` in each format: HTML pages (plotly.js from ../assets), PNG and SVG
 * drawn by the shared headless Chromium. Images never fail the report: without Chromium they are
 * skipped with one note; a figure too large for an image (image.ts's limits) is refused before it
 * reaches the browser, and a chart that cannot be drawn (its page crashed twice, or it ran past the
 * renderer's time limit) is named in one note; the export goes on with the next chart.
 */
export async function exportCharts(charts: ReportChart[], formats: ChartFormat[], dir: string, progress: Progress, stepsBefore: number): Promise<ExportedCharts> {
  const wanted = IMAGE_FORMATS.filter((f) => formats.includes(f));
  const result: ExportedCharts = { formats: formats.filter((f) => f === "html"), missing: [], images: [], notes: [] };
  const say = (line: string) => {
    result.notes.push(line);
    progress.note(line);
  };
  let drawable: ImageFormat[] = wanted;
  if (wanted.length) {
    try {
      findChrome();
    } catch (err) {
      say(noBrowserNote((err as Error).message));
      drawable = [];
    }
  }
  result.formats.push(...drawable);
  progress.setTotal(stepsBefore + charts.length * drawable.length + 4);
  try {
    for (const chart of charts) {
      const stem = path.join(dir, chart.name);
      if (formats.includes("html")) {
        fs.writeFileSync(`${stem}.html`, chartPage(chart.figure, { title: chart.title, plotly: { src: "../assets/plotly.min.js" } }));
      }
      const size = exportSize(chart.figure);
      // A figure too large for an image is refused up front, in one line for all its formats.
      const json = drawable.length ? JSON.stringify(staticFigure(chart.figure)) : "";
      const problems = drawable.map((f) => imageProblem(chart.figure, f, size, json));
      const refused = drawable.filter((_, i) => problems[i]);
      if (refused.length) {
        const files = refused.map((f) => `charts/${chart.name}.${f}`);
        say(`${files.join(" and ")} not exported: ${problems.find(Boolean)} (the interactive chart in index.html has it all)`);
        result.missing.push(...files);
      }
      for (const format of drawable.filter((f) => !refused.includes(f))) {
        const file = `charts/${chart.name}.${format}`;
        progress.step(file);
        try {
          fs.writeFileSync(`${stem}.${format}`, format === "png" ? await renderPng(chart.figure, size) : await renderSvg(chart.figure, size));
          result.images.push({ file, ...size });
        } catch (err) {
          if (isBrowserUnavailable(err)) {
            // Chromium is there but will not start: every image left is skipped, with one note.
            say(noBrowserNote((err as Error).message));
            result.missing.push(...remainingImages(charts, chart, format, drawable));
            drawable = [];
            break;
          }
          say(`${file} not exported: ${reason(err)}`);
          result.missing.push(file);
        }
      }
    }
  } finally {
    if (wanted.length) await closeBrowser();
  }
  return result;
}

/** One line for a failed drawing: Playwright's first line, without its call log and "page.evaluate: Error:". */
function reason(err: unknown): string {
  return String((err as Error)?.message ?? err).split("\n")[0].replace(/^page\.evaluate: (Error: )?/, "");
}

/** The image files from `format` of `from` to the end, in export order. */
function remainingImages(charts: ReportChart[], from: ReportChart, format: ImageFormat, formats: ImageFormat[]): string[] {
  const files: string[] = [];
  let started = false;
  for (const chart of charts) {
    for (const f of formats) {
      if (chart === from && f === format) started = true;
      if (started) files.push(`charts/${chart.name}.${f}`);
    }
  }
  return files;
}
