import * as fs from "node:fs";
import { corpusOptions, groupingOptions, GROUPING_HELP, INPUT_HELP, parseCommandArgs, UsageError } from "../args";
import type { Command } from "../io";
import { CHART_FORMATS, type ChartFormat } from "../../report/page";
import { defaultCorpus, filterOption, groupingOption, loadOptions } from "../input";
import { checkStoreArgs, memoryLimitOption, refuseMemoryLimitWithoutStore, storeHelp, storeOption } from "../store-input";

const USAGE = `usage: newscompare report [PATH...] [--out DIR] [--formats html,png,svg] [input options]
       newscompare report --store DIR [--out DIR] [--formats LIST] [--by UNIT] [--label STYLE]
                          [--outlet NAME] [--from DAY] [--to DAY]

Write a report a person can read: index.html with the corpus summary and one section per analysis
(interactive charts that work offline, tables), every chart as a file (charts/), every table as CSV
(tables/) and all results in results.json. The report goes to reports/<corpus folder name>/. A
re-run replaces the report atomically (a new index.html is swapped in by one rename) and leaves any
other file in the folder alone. Prints the path of index.html on stdout; progress goes to stderr.
With --skip-bad the report lists the files it left out; if none loads, no report is written and an
existing one is kept (exit 1).

  --out DIR            write the report here instead
  --formats LIST       chart file formats, comma-separated: html, png, svg (default: all three;
                       png and svg need Chromium: Debian's chromium package, or CHROME_PATH;
                       without it they are skipped with a warning and the HTML report is written)

${GROUPING_HELP}

${storeHelp("The report compares outlets unless --by says otherwise, and goes to reports/<store folder name>/. Up to 20,000 articles it draws every section as for files; past that the timeline and quotes sections draw what the store aggregates and say what they leave out.")}

${INPUT_HELP}`;

const options = {
  ...corpusOptions,
  ...groupingOptions,
  ...storeOption,
  out: { type: "string" },
  formats: { type: "string" },
} as const;

/** "html,png" -> ["html", "png"]; anything else is a usage error (exit 2). */
export function parseFormats(value: string | undefined): ChartFormat[] {
  if (value === undefined) return [...CHART_FORMATS];
  const list = value.split(",").map((f) => f.trim().toLowerCase()).filter(Boolean);
  if (list.length === 0) throw new UsageError(`--formats wants a comma-separated list of ${CHART_FORMATS.join(", ")}`);
  for (const f of list) {
    if (!(CHART_FORMATS as string[]).includes(f)) throw new UsageError(`--formats: unknown format '${f}' (known: ${CHART_FORMATS.join(", ")})`);
  }
  return [...new Set(list)] as ChartFormat[];
}

export const reportCommand: Command = {
  summary: "write reports/<corpus>/: index.html with every analysis, charts (html, png, svg), tables (csv), results.json",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, options);
    if (values.json) throw new UsageError("report has no --json: it writes results.json in the report folder");
    const formats = parseFormats(values.formats);
    if (values.out !== undefined && fs.existsSync(values.out) && !fs.statSync(values.out).isDirectory()) {
      throw new UsageError(`--out ${values.out}: is a file, not a folder`);
    }
    refuseMemoryLimitWithoutStore(values);
    if (values.store !== undefined) return reportStore(values.store, values, positionals, formats, argv, io);
    const load = loadOptions(values); // validates --published and --field before any work
    const filter = filterOption(values);
    const { by, label } = groupingOption(values);
    const paths = positionals.length > 0 ? positionals : [defaultCorpus()];
    // a collection, not a story: say how to handle it before minutes of work run out of memory
    const tooBig = (require("../../store/too-big") as typeof import("../../store/too-big")).tooBigForMemory(paths);
    if (tooBig) {
      io.stderr(`${paths.join(" ")}: ${tooBig}\n`);
      return 1;
    }
    const started = Date.now();
    // Loaded here, not at the top: `newscompare report --help` should not pay for the whole pipeline.
    const { buildReport } = require("../../report/build") as typeof import("../../report/build");
    const { createProgress } = require("../../report/progress") as typeof import("../../report/progress");
    const progress = createProgress(io);
    try {
      const result = await buildReport({
        paths,
        out: values.out,
        formats,
        progress,
        load,
        filter,
        by,
        label,
        command: ["report", ...argv], // shown in the report's header as the user gave it
      });
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      io.stderr(`report: ${result.articles} articles, ${result.charts} charts, ${result.tables} tables in ${seconds} s\n`);
      io.stdout(`${result.index}\n`);
      return 0;
    } finally {
      progress.done();
    }
  },
};

/** `report --store DIR`: the collection's report, read from its store (src/report/store). */
async function reportStore(dir: string, values: Parameters<typeof checkStoreArgs>[0] & { out?: string }, positionals: string[], formats: ChartFormat[], argv: string[], io: Parameters<Command["run"]>[1]): Promise<number> {
  checkStoreArgs(values, positionals);
  const { by, label } = groupingOption(values);
  const started = Date.now();
  const { buildStoreReport } = require("../../report/store/build") as typeof import("../../report/store/build");
  const { createProgress } = require("../../report/progress") as typeof import("../../report/progress");
  const progress = createProgress(io);
  try {
    const result = await buildStoreReport({ store: dir, memoryLimit: memoryLimitOption(values["memory-limit"]), out: values.out, formats, progress, filter: filterOption(values), by, label, command: ["report", ...argv] });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    io.stderr(`report: ${result.articles.toLocaleString("en-US")} articles from ${dir}, ${result.charts} charts, ${result.tables} tables in ${seconds} s\n`);
    io.stdout(`${result.index}\n`);
    return 0;
  } finally {
    progress.done();
  }
}
