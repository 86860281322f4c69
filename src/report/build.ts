import * as fs from "node:fs";
import * as path from "node:path";
import { loadCorpus, type LoadOptions, type LoadResult } from "../corpus/load";
import { CorpusError } from "../corpus/article";
import { writeJsonFile } from "./json-file";
import { filterArticles, type ArticleFilter } from "../corpus/filter";
import type { Unit } from "../grouping/unit";
import type { LabelStyle } from "../grouping/labels";
import { reportContext } from "./context";
import { toDocuments } from "../text/document";
import { reportSections } from "./sections";
import type { ReportContext, ReportSection, SectionOutput } from "./section";
import { CHART_FORMATS, reportPage, type BuiltSection, type ChartFormat, type ReportInput, type ReportMeta } from "./page";
import { beginReport, discardReport, publishReport, type PublishStep } from "./write";
import { exportCharts } from "./export-charts";
import { silentProgress, type Progress } from "./progress";
import { plotlyPath } from "../render/plotly-source";
import { toCsv } from "../render/csv";

export { CHART_FORMATS };
export { EXPORT_SIZE, TALL_CHART, exportSize } from "./export-charts";

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
  /** the command line that asked for the report, as the user gave it (after `newscompare`); shown in the header */
  command?: string[];
  /** for tests: called at each step of publishing (write.ts), to stop the process there */
  publishHook?: (step: PublishStep) => void;
}

export interface BuildReportResult {
  dir: string;
  index: string;
  /** the folder holding this version's charts/, tables/, results.json (see write.ts) */
  files: string;
  articles: number;
  charts: number;
  tables: number;
  /** every PNG/SVG written, with the size it was drawn at (relative to `dir`) */
  images: Array<{ file: string; width: number; height: number; scale: number }>;
  /** what a reader should know, also listed in the report: images skipped or not drawn */
  notes: string[];
}

/** The corpus name a report folder is named after: the folder's name (a file: its name without extension). */
export function corpusNameOf(paths: string | string[]): string {
  const first = path.resolve(Array.isArray(paths) ? paths[0] : paths);
  const isFile = fs.existsSync(first) && fs.statSync(first).isFile();
  return isFile ? path.basename(first, path.extname(first)) : path.basename(first);
}

/**
 * The header fields every report shares, whatever it was built from: what it is of, when and by which
 * version it was made, and how to make it again (the command, else the options it was given).
 */
export function madeBy(corpus: string, run: { now?: Date; command?: string[] }, options: Record<string, unknown>): Pick<PageMeta, "corpus" | "generated" | "version" | "command" | "options"> {
  return {
    corpus,
    generated: (run.now ?? new Date()).toISOString(),
    version: packageVersion(),
    command: run.command,
    options: run.command ? undefined : options,
  };
}

export function packageVersion(): string {
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

/** Articles per input path, in the order given (an article counts for the first path that holds its file). */
function inputsOf(paths: string[], files: string[]): ReportInput[] {
  const roots = paths.map((p) => path.resolve(p));
  const counts = paths.map(() => 0);
  for (const file of files) {
    const full = path.resolve(file);
    const i = roots.findIndex((r) => full === r || full.startsWith(r.endsWith(path.sep) ? r : r + path.sep));
    if (i >= 0) counts[i]++;
  }
  return paths.map((p, i) => ({ path: p, articles: counts[i] }));
}

/** One line saying why a report of nothing is refused, naming the first skipped file. */
function nothingToReport(paths: string[], skipped: LoadResult["skipped"]): CorpusError {
  const first = skipped[0];
  const why = first ? `: ${skipped.length} skipped, the first ${first.file}: ${first.problem}` : "";
  return new CorpusError(paths.join(", "), `no article could be loaded, so no report was written (an existing one is kept)${why}`);
}

/**
 * Build the report: load and tokenise the corpus, run every registered section, write charts/,
 * tables/, results.json and assets/ into a new version folder inside `out`, then publish it by
 * swapping index.html (write.ts). Nothing a reader sees in `out` changes unless the whole report
 * was written, and a corpus where no article loads is refused before anything is written.
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
  if (loaded.articles.length === 0) throw nothingToReport(paths, loaded.skipped);
  const filtered = filterArticles(loaded.articles, options.filter);
  if (filtered.note) progress.note(filtered.note);
  if (filtered.kept.length === 0) throw new CorpusError(paths.join(" "), `no article to report: ${filtered.note}`);
  progress.step(`tokenising ${filtered.kept.length} articles`);
  const docs = toDocuments(filtered.kept);
  const sections = options.sections ?? (await registeredSections());
  progress.setTotal(2 + sections.length + 2);

  const ctx: ReportContext = reportContext({ corpus, docs, by: options.by, label: options.label, progress: (message) => progress.note(message) });

  const built = await buildSections(sections, ctx, progress);
  return publishSections(built, {
    out,
    formats,
    progress,
    firstStep: 2 + sections.length,
    publishHook: options.publishHook,
    meta: {
      ...madeBy(corpus, options, { formats, ...(options.load ?? {}) }),
      inputs: inputsOf(paths, loaded.articles.map((a) => a.file)),
      articles: docs.length,
      skipped: loaded.skipped,
      comparison: ctx.grouping.reason,
      warnings: loaded.warnings.map((w) => `${w.file}: ${w.message}`),
    },
  });
}

/** Run each section, in order; a failing section names itself. */
export async function buildSections<C>(sections: Array<{ id: string; title: string; build(ctx: C): Promise<SectionOutput> | SectionOutput }>, ctx: C, progress: Progress): Promise<BuiltSection[]> {
  const built: BuiltSection[] = [];
  for (const section of sections) {
    progress.step(`section: ${section.title}`);
    try {
      built.push({ section, output: await section.build(ctx) });
    } catch (err) {
      throw new Error(`report section '${section.id}' failed: ${(err as Error)?.message ?? err}`);
    }
  }
  return built;
}

/** What the page's header says that the sections do not: filled in by whoever read the articles (a folder, a store). */
export type PageMeta = Omit<ReportMeta, "formats" | "missing" | "files">;

/**
 * Write built sections as a report: charts/, tables/, results.json and assets/ into a new version
 * folder inside `out`, then publish it by swapping index.html (write.ts). Nothing a reader sees in
 * `out` changes unless the whole report was written. The report builder for a folder and the one for
 * a store (src/report/store) both end here.
 */
export async function publishSections(
  built: BuiltSection[],
  o: { out: string; formats: ChartFormat[]; progress: Progress; firstStep: number; meta: PageMeta; publishHook?: (step: PublishStep) => void },
): Promise<BuildReportResult> {
  const { out, formats, progress } = o;
  const charts = built.flatMap((b) => b.output.charts);
  const tables = built.flatMap((b) => b.output.tables);
  assertUnique("chart", charts.map((c) => c.name));
  assertUnique("table", tables.map((t) => t.name));

  const version = beginReport(out);
  let swapped = false; // once index.html points at the version, it is the report: never discard it
  try {
    fs.mkdirSync(path.join(version, "assets"));
    fs.mkdirSync(path.join(version, "charts"));
    fs.mkdirSync(path.join(version, "tables"));
    fs.copyFileSync(plotlyPath(), path.join(version, "assets", "plotly.min.js"));
    const exported = await exportCharts(charts, formats, path.join(version, "charts"), progress, o.firstStep);
    for (const table of tables) fs.writeFileSync(path.join(version, "tables", `${table.name}.csv`), toCsv(table.rows));
    const results = Object.fromEntries(built.map((b) => [b.section.id, b.output.results]));
    writeJsonFile(path.join(version, "results.json"), results);
    progress.step("index.html");
    const meta: ReportMeta = {
      ...o.meta,
      formats: exported.formats,
      missing: exported.missing,
      files: path.basename(version),
      warnings: [...o.meta.warnings, ...exported.notes],
    };
    progress.step(`writing ${out}`);
    publishReport(out, version, reportPage(meta, built), (step) => {
      if (step === "index-swapped") swapped = true;
      o.publishHook?.(step);
    });
    progress.done();
    const images = exported.images.map((i) => ({ ...i, file: path.join(path.basename(version), i.file) }));
    return { dir: out, index: path.join(out, "index.html"), files: version, articles: o.meta.articles, charts: charts.length, tables: tables.length, images, notes: exported.notes };
  } catch (err) {
    if (!swapped) discardReport(version);
    throw err;
  }
}

function assertUnique(kind: string, names: string[]): void {
  const seen = new Set<string>();
  for (const name of names) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) throw new Error(`report: ${kind} name '${name}' is not a safe file name`);
    if (seen.has(name)) throw new Error(`report: two sections produce a ${kind} named '${name}'`);
    seen.add(name);
  }
}
