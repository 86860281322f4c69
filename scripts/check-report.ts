// `npx tsx scripts/check-report.ts REPORT_DIR [--shots DIR]`: opens a built report's index.html in
// headless Chromium and prints, per chart, what a reader would see wrong (overlapping tick labels,
// rows without a label, panels over each other or under 40 px, bare ids as labels), the time to draw
// and the page's size; with --shots, saves a screenshot of the page and of every chart into DIR
// (keep it outside the repository or in an ignored folder: screenshots show corpus text).
import * as fs from "node:fs";
import * as path from "node:path";
import { inspectReportPage } from "../src/report/inspect";
import { layoutProblems } from "../src/report/layout-check";
import { closeBrowser } from "../src/render/browser";

async function run(): Promise<number> {
  const args = process.argv.slice(2);
  const at = args.indexOf("--shots");
  const shots = at >= 0 ? path.resolve(args[at + 1]) : undefined;
  const dir = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--shots");
  if (!dir) {
    process.stderr.write("usage: npx tsx scripts/check-report.ts REPORT_DIR [--shots DIR]\n");
    return 2;
  }
  const index = dir.endsWith(".html") ? dir : path.join(dir, "index.html");
  const check = await inspectReportPage(index, { screenshot: shots ? path.join(shots, "page.png") : undefined, chartShots: shots, width: 1200 });
  const problems = check.layout.flatMap(layoutProblems);
  for (const c of check.charts) if (!c.drawn || (c.traces > 0 && c.marks === 0)) problems.push(`${c.id}: nothing drawn`);
  problems.push(...check.errors, ...check.network.map((u) => `network request ${u}`));
  const size = fs.statSync(index).size;
  process.stdout.write(`${check.charts.length} charts; first screen drawn in ${(check.firstScreenMs / 1000).toFixed(1)} s, all in ${(check.drawMs / 1000).toFixed(1)} s; index.html ${(size / 1e6).toFixed(2)} MB\n`);
  process.stdout.write(problems.length ? `${problems.join("\n")}\n` : "no layout problems\n");
  return problems.length ? 1 : 0;
}

run()
  .then((code) => (process.exitCode = code), (err) => {
    process.stderr.write(`check-report: ${err?.message ?? err}\n`);
    process.exitCode = 1;
  })
  .finally(() => closeBrowser());
