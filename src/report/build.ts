import * as fs from "node:fs";
import * as path from "node:path";
import { loadCorpus, type LoadOptions } from "../corpus/load";
import { filterArticles, type ArticleFilter } from "../corpus/filter";
import type { Unit } from "../grouping/unit";
import type { LabelStyle } from "../grouping/labels";
import { reportContext } from "./context";
import { toDocuments } from "../text/document";
import { reportSections } from "./sections";
import type { ReportContext, ReportSection } from "./section";
import { CHART_FORMATS, reportPage, type BuiltSection, type ChartFormat } from "./page";
import { makeStagingDir, swapReport } from "./write";
import { silentProgress, type Progress } from "./progress";
import { chartPage } from "../render/html";
import { renderPng, renderSvg } from "../render/image";
import { closeBrowser } from "../render/browser";
import { plotlyPath } from "../render/plotly-source";
import { toCsv } from "../render/csv";
import type { Figure } from "../charts/figure";

export { CHART_FORMATS };

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

export interface BuildReportOptions {
  /** folder(s) or file(s) of the corpus */
  paths: string | string[];
  /** output folder; default reports/<corpus name> */
  out?: string;
  /** chart file formats; default html, png, svg. index.html is always written. */
  formats?: ChartFormat[];
  /** default: the folder name of the first path */
  corpusName?: string;
  load?: LoadOptions;
  /** keep only some outlets or a date range (`--outlet`, `--from`, `--to`) */
  filter?: ArticleFilter;
  /** the unit of comparison; default: per article up to 12 articles, else per outlet (or topic) */
  by?: Unit;
  /** how articles are named on charts and in tables; default "full" */
  label?: LabelStyle;
  progress?: Progress;
  /** the sections to run; default every registered one (tests pass their own) */
  sections?: ReportSection[];
  /** when the report is made (shown in the page); default now */
  now?: Date;
}

export interface BuildReportResult {
  dir: string;
  index: string;
  articles: number;
  charts: number;
  tables: number;
  /** every PNG/SVG written, with the size it was drawn at (relative to dir) */
  images: Array<{ file: string; width: number; height: number; scale: number }>;
}

/** The corpus name a report folder is named after: the folder's name (a file: its name without extension). */
export function corpusNameOf(paths: string | string[]): string {
  const first = path.resolve(Array.isArray(paths) ? paths[0] : paths);
  const isFile = fs.existsSync(first) && fs.statSync(first).isFile();
  return isFile ? path.basename(first, path.extname(first)) : path.basename(first);
}

function packageVersion(): string {
  try {
    return JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../package.json"), "utf8")).version ?? "unknown";
  } catch {
    return "unknown";
  }
}

/** Every registered section, in the registry's order. */
export async function registeredSections(): Promise<ReportSection[]> {
  return Promise.all(reportSections.map((load) => load()));
}

/**
 * Build the report: load and tokenise the corpus, run every registered section, write index.html,
 * charts/, tables/, results.json and assets/ into a staging folder, then swap them into `out`.
 * Nothing in `out` changes unless the whole report was written.
 */
export async function buildReport(options: BuildReportOptions): Promise<BuildReportResult> {
  const progress = options.progress ?? silentProgress;
  const paths = Array.isArray(options.paths) ? options.paths : [options.paths];
  const formats = options.formats ?? CHART_FORMATS;
  const corpus = options.corpusName ?? corpusNameOf(paths);
  const out = options.out ?? path.join("reports", corpus);

  progress.setTotal(3);
  progress.step(`loading ${paths.join(", ")}`);
  const loaded = loadCorpus(paths, options.load ?? {});
  const filtered = filterArticles(loaded.articles, options.filter);
  if (filtered.note) progress.note(filtered.note);
  progress.step(`tokenising ${filtered.kept.length} articles`);
  const docs = toDocuments(filtered.kept);
  const sections = options.sections ?? (await registeredSections());
  progress.setTotal(2 + sections.length + 2);

  const ctx: ReportContext = reportContext({ corpus, docs, by: options.by, label: options.label, progress: (message) => progress.note(message) });

  const built: BuiltSection[] = [];
  for (const section of sections) {
    progress.step(`section: ${section.title}`);
    try {
      built.push({ section, output: await section.build(ctx) });
    } catch (err) {
      throw new Error(`report section '${section.id}' failed: ${(err as Error)?.message ?? err}`);
    }
  }
  const charts = built.flatMap((b) => b.output.charts);
  const tables = built.flatMap((b) => b.output.tables);
  assertUnique("chart", charts.map((c) => c.name));
  assertUnique("table", tables.map((t) => t.name));
  const imageFormats = formats.filter((f) => f !== "html").length;
  progress.setTotal(2 + sections.length + charts.length * imageFormats + 2);

  const images: BuildReportResult["images"] = [];
  const staging = makeStagingDir(out);
  try {
    fs.mkdirSync(path.join(staging, "assets"));
    fs.mkdirSync(path.join(staging, "charts"));
    fs.mkdirSync(path.join(staging, "tables"));
    fs.copyFileSync(plotlyPath(), path.join(staging, "assets", "plotly.min.js"));
    for (const chart of charts) {
      const stem = path.join(staging, "charts", chart.name);
      const size = exportSize(chart.figure);
      if (formats.includes("html")) {
        fs.writeFileSync(`${stem}.html`, chartPage(chart.figure, { title: chart.title, plotly: { src: "../assets/plotly.min.js" } }));
      }
      if (formats.includes("png")) {
        progress.step(`charts/${chart.name}.png`);
        fs.writeFileSync(`${stem}.png`, await renderPng(chart.figure, size));
        images.push({ file: `charts/${chart.name}.png`, ...size });
      }
      if (formats.includes("svg")) {
        progress.step(`charts/${chart.name}.svg`);
        fs.writeFileSync(`${stem}.svg`, await renderSvg(chart.figure, size));
        images.push({ file: `charts/${chart.name}.svg`, ...size });
      }
    }
    for (const table of tables) fs.writeFileSync(path.join(staging, "tables", `${table.name}.csv`), toCsv(table.rows));
    const results = Object.fromEntries(built.map((b) => [b.section.id, b.output.results]));
    fs.writeFileSync(path.join(staging, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
    progress.step("index.html");
    const warnings = [
      ...loaded.warnings.map((w) => `${w.file}: ${w.message}`),
      ...loaded.skipped.map((s) => `skipped ${s.file}: ${s.problem}`),
    ];
    const meta = {
      corpus,
      generated: (options.now ?? new Date()).toISOString(),
      paths,
      articles: docs.length,
      version: packageVersion(),
      formats,
      warnings,
      comparison: ctx.grouping.reason,
    };
    fs.writeFileSync(path.join(staging, "index.html"), reportPage(meta, built));
  } catch (err) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw err;
  } finally {
    if (imageFormats) await closeBrowser();
  }
  progress.step(`writing ${out}`);
  swapReport(staging, out);
  progress.done();
  return { dir: out, index: path.join(out, "index.html"), articles: docs.length, charts: charts.length, tables: tables.length, images };
}

function assertUnique(kind: string, names: string[]): void {
  const seen = new Set<string>();
  for (const name of names) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) throw new Error(`report: ${kind} name '${name}' is not a safe file name`);
    if (seen.has(name)) throw new Error(`report: two sections produce a ${kind} named '${name}'`);
    seen.add(name);
  }
}
