import type { ReportSection, SectionOutput } from "./section";
import type { Figure } from "../charts/figure";
import { chartFragment, escapeHtml } from "../render/html";
import { tableHtml } from "../render/table-html";
import { VERSION_META } from "./write";

export type ChartFormat = "html" | "png" | "svg";

export const CHART_FORMATS: ChartFormat[] = ["html", "png", "svg"];

/** One input path the report read, with how many articles came from it. */
export interface ReportInput {
  path: string;
  articles: number;
}

/** When, how and from what a report was made: shown at the top of index.html. */
export interface ReportMeta {
  corpus: string;
  generated: string;
  /** the newscompare version that made it */
  version: string;
  /** the command line as the user gave it (after `newscompare`), when the report came from the CLI */
  command?: string[];
  /** the options it ran with, for a report built from code (shown when there is no command) */
  options?: Record<string, unknown>;
  /** the paths read, in the order given, each with its article count */
  inputs: ReportInput[];
  articles: number;
  /** files the loader left out (--skip-bad), each with its problem */
  skipped: Array<{ file: string; problem: string }>;
  /** chart file formats written (an image format Chromium could not draw is left out) */
  formats: ChartFormat[];
  /** chart files of those formats that could not be drawn, e.g. "charts/x.png": not linked */
  missing?: string[];
  /** the folder, relative to index.html, that holds this version's assets/, charts/, tables/, results.json */
  files: string;
  /** notes a reader should see: loading warnings, charts that could not be exported */
  warnings: string[];
  /** the unit of comparison and why (src/grouping's reason) */
  comparison?: string;
}

export interface BuiltSection {
  section: Pick<ReportSection, "id" | "title">;
  output: SectionOutput;
}

const STYLE = `
body{font-family:Inter,'Helvetica Neue',Arial,'DejaVu Sans',sans-serif;color:#222;margin:0;background:#fafafa;line-height:1.5}
main{max-width:1100px;margin:0 auto;padding:24px 32px 64px;background:#fff}
h1{font-size:28px;margin:8px 0 4px}h2{font-size:22px;margin:40px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}
h3{font-size:16px;margin:24px 0 4px}.meta{color:#555;font-size:14px}.meta dt{font-weight:600;float:left;clear:left;width:110px}
.meta dd{margin:0 0 2px 120px}nav ol{padding-left:20px;margin:8px 0}figure{margin:16px 0 24px}
figcaption{font-size:14px;color:#444}figcaption a,.files a{margin-right:8px}.files{font-size:13px;color:#555}
table.nc-table{border-collapse:collapse;font-size:13px;margin:8px 0}table.nc-table th,table.nc-table td{border-bottom:1px solid #e5e5e5;padding:3px 8px;vertical-align:top}
table.nc-table th{background:#f3f3f3}details>summary{cursor:pointer;color:#0060a0;font-size:14px;margin:4px 0}.warnings{font-size:13px;color:#8a4b00}.nc-chart{min-height:300px}`;

/** The page's heading names the chart; the exported files keep the figure's own title. */
function untitled(figure: Figure): Figure {
  const margin = { ...((figure.layout.margin as Record<string, unknown> | undefined) ?? {}), t: 24 };
  return { ...figure, layout: { ...figure.layout, title: { text: "" }, margin } };
}

function chartBlock(chart: SectionOutput["charts"][number], formats: ChartFormat[], files: string): string {
  const links = formats.map((f) => `<a href="${files}/charts/${encodeURIComponent(chart.name)}.${f}">${f.toUpperCase()}</a>`).join(" ");
  return `<figure id="chart-${escapeHtml(chart.name)}">
<h3>${escapeHtml(chart.title)}</h3>
${chartFragment(untitled(chart.figure), { id: `chart-${chart.name}-plot`, height: "440px" })}
<figcaption>${escapeHtml(chart.caption)}${links ? ` <span class="files">Files: ${links}</span>` : ""}</figcaption>
</figure>`;
}

/** Tables longer than this are folded: the page opens short, a click shows the first rows. */
export const FOLD_ROWS = 10;
/** Longest text shown in one table cell of the page; the CSV keeps every character. */
export const CELL_CHARS = 240;

function clipCells(rows: SectionOutput["tables"][number]["rows"]): SectionOutput["tables"][number]["rows"] {
  return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === "string" && v.length > CELL_CHARS ? `${v.slice(0, CELL_CHARS - 1)}…` : v])));
}

function tableBlock(table: SectionOutput["tables"][number], files: string): string {
  const shown = table.showRows ?? 20;
  const csv = `<a href="${files}/tables/${encodeURIComponent(table.name)}.csv">tables/${escapeHtml(table.name)}.csv</a>`;
  const count = table.rows.length.toLocaleString("en-US");
  const html = tableHtml(clipCells(table.rows.slice(0, shown)), { maxRows: shown });
  const body = table.rows.length > FOLD_ROWS
    ? `<details><summary>Show ${table.rows.length > shown ? `the first ${shown} of ${count} rows` : `all ${count} rows`}</summary>\n${html}\n</details>`
    : html;
  return `<div class="table" id="table-${escapeHtml(table.name)}">
<h3>${escapeHtml(table.title)}</h3>
${table.caption ? `<p>${escapeHtml(table.caption)}</p>` : ""}
${body}
<p class="files">All ${count} rows: ${csv}</p>
</div>`;
}

/** A command line as a person would retype it: arguments with spaces or shell characters quoted. */
export function shellLine(args: string[]): string {
  return args.map((a) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`)).join(" ");
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/** The header's description list: when and by what version, how (command or options), what it read. */
function headerRows(meta: ReportMeta, files: string): string {
  const rows: Array<[string, string]> = [["Made", `${escapeHtml(meta.generated)} by newscompare ${escapeHtml(meta.version)}`]];
  if (meta.command) rows.push(["Command", `<code>${escapeHtml(shellLine(["newscompare", ...meta.command]))}</code>`]);
  else if (meta.options) {
    const shown = Object.entries(meta.options).filter(([, v]) => v !== undefined);
    rows.push(["Options", shown.length ? shown.map(([k, v]) => `<code>${escapeHtml(`${k}: ${JSON.stringify(v)}`)}</code>`).join(", ") : "defaults"]);
  }
  const read = meta.inputs.map((i) => `<code>${escapeHtml(i.path)}</code> (${plural(i.articles, "article")})`).join(", ");
  rows.push(["Read", meta.inputs.length > 1 ? `${read}: ${plural(meta.articles, "article")}` : read]);
  if (meta.comparison) rows.push(["Compared", escapeHtml(meta.comparison)]);
  if (meta.skipped.length) {
    const list = meta.skipped.map((s) => `<li><code>${escapeHtml(s.file)}</code>: ${escapeHtml(s.problem)}</li>`).join("");
    rows.push(["Skipped", `<details><summary>${plural(meta.skipped.length, "file")} left out</summary><ul>${list}</ul></details>`]);
  }
  rows.push([
    "Files",
    `charts in <a href="${files}/charts/">${files}/charts/</a>, tables in <a href="${files}/tables/">${files}/tables/</a>, all results in <a href="${files}/results.json">${files}/results.json</a>`,
  ]);
  return rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join("\n");
}

/**
 * index.html: what a person reads. It sits beside this version's folder (`meta.files`) and every
 * link and script points into it, so publishing the page is what swaps the report (see write.ts).
 * plotly.js is loaded once from the version's assets/ (a copy of node_modules' file), so the page
 * shows interactive charts opened from disk with no network.
 */
export function reportPage(meta: ReportMeta, sections: BuiltSection[]): string {
  const title = `newscompare report: ${meta.corpus}`;
  const files = encodeURIComponent(meta.files);
  const nav = sections.map((s) => `<li><a href="#section-${escapeHtml(s.section.id)}">${escapeHtml(s.section.title)}</a></li>`).join("");
  const warnings = meta.warnings.length
    ? `<details class="warnings"><summary>${plural(meta.warnings.length, "note")}</summary><ul>${meta.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join("")}</ul></details>`
    : "";
  const body = sections
    .map(
      ({ section, output }) => `<section id="section-${escapeHtml(section.id)}">
<h2>${escapeHtml(section.title)}</h2>
${output.intro ?? ""}
${output.charts.map((c) => chartBlock(c, meta.formats.filter((f) => !meta.missing?.includes(`charts/${c.name}.${f}`)), files)).join("\n")}
${output.tables.map((t) => tableBlock(t, files)).join("\n")}
</section>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="${VERSION_META}" content="${escapeHtml(meta.files)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="newscompare ${escapeHtml(meta.version)}">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
<script src="${files}/assets/plotly.min.js"></script>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<dl class="meta">
${headerRows(meta, files)}
</dl>
${warnings}
<nav><ol>${nav}</ol></nav>
${body}
</main>
</body>
</html>
`;
}
