import type { ReportSection, SectionOutput } from "./section";
import type { Figure } from "../charts/figure";
import { chartFragment, escapeHtml } from "../render/html";
import { tableHtml } from "../render/table-html";

export type ChartFormat = "html" | "png" | "svg";

export const CHART_FORMATS: ChartFormat[] = ["html", "png", "svg"];

/** When and from what a report was made: shown at the top of index.html. */
export interface ReportMeta {
  corpus: string;
  generated: string;
  paths: string[];
  articles: number;
  version: string;
  formats: ChartFormat[];
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

function chartBlock(chart: SectionOutput["charts"][number], formats: ChartFormat[]): string {
  const links = formats.map((f) => `<a href="charts/${encodeURIComponent(chart.name)}.${f}">${f.toUpperCase()}</a>`).join(" ");
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

function tableBlock(table: SectionOutput["tables"][number]): string {
  const shown = table.showRows ?? 20;
  const csv = `<a href="tables/${encodeURIComponent(table.name)}.csv">tables/${escapeHtml(table.name)}.csv</a>`;
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

/**
 * index.html: what a person reads. plotly.js is loaded once from assets/ (a copy of node_modules'
 * file), so the page shows interactive charts opened from disk with no network.
 */
export function reportPage(meta: ReportMeta, sections: BuiltSection[]): string {
  const title = `newscompare report: ${meta.corpus}`;
  const nav = sections.map((s) => `<li><a href="#section-${escapeHtml(s.section.id)}">${escapeHtml(s.section.title)}</a></li>`).join("");
  const warnings = meta.warnings.length
    ? `<details class="warnings"><summary>${meta.warnings.length} note(s) from loading</summary><ul>${meta.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join("")}</ul></details>`
    : "";
  const body = sections
    .map(
      ({ section, output }) => `<section id="section-${escapeHtml(section.id)}">
<h2>${escapeHtml(section.title)}</h2>
${output.intro ?? ""}
${output.charts.map((c) => chartBlock(c, meta.formats)).join("\n")}
${output.tables.map(tableBlock).join("\n")}
</section>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="newscompare ${escapeHtml(meta.version)}">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
<script src="assets/plotly.min.js"></script>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<dl class="meta">
<dt>Made</dt><dd>${escapeHtml(meta.generated)} by newscompare ${escapeHtml(meta.version)}</dd>
<dt>From</dt><dd>${meta.paths.map((p) => `<code>${escapeHtml(p)}</code>`).join(", ")} (${meta.articles} articles)</dd>
${meta.comparison ? `<dt>Compared</dt><dd>${escapeHtml(meta.comparison)}</dd>\n` : ""}<dt>Files</dt><dd>charts in <a href="charts/">charts/</a>, tables in <a href="tables/">tables/</a>, all results in <a href="results.json">results.json</a></dd>
</dl>
${warnings}
<nav><ol>${nav}</ol></nav>
${body}
</main>
</body>
</html>
`;
}
