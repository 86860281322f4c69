// `npx tsx scripts/screenshot-report.ts [PATH] [--out docs/report-screenshot.png]`: builds the report
// of a corpus (default: the bundled story) in a temp folder and saves a screenshot of its first
// screenful, made by the project's own code, for the README.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildReport } from "../src/report/build";
import { inspectReportPage } from "../src/report/inspect";
import { closeBrowser } from "../src/render/browser";

async function run(): Promise<number> {
  const args = process.argv.slice(2);
  const at = args.indexOf("--out");
  const target = path.resolve(at >= 0 ? args[at + 1] : "docs/report-screenshot.png");
  const corpus = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--out") ?? "data/trump-putin-call";
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "nc-screenshot-"));
  try {
    const out = path.join(root, path.basename(path.resolve(corpus)));
    await buildReport({ paths: corpus, out });
    const tmp = path.join(root, "shot.png");
    const check = await inspectReportPage(path.join(out, "index.html"), { screenshot: tmp, fullPage: false, width: 1100, height: 1400 });
    const broken = check.charts.filter((c) => !c.drawn);
    if (check.errors.length || broken.length) {
      process.stderr.write(`screenshot-report: page not clean: ${[...check.errors, ...broken.map((c) => `${c.id} not drawn`)].join("; ")}\n`);
      return 1;
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(tmp, target);
    process.stderr.write(`screenshot-report: ${check.charts.length} charts drawn; wrote ${path.relative(process.cwd(), target)}\n`);
    return 0;
  } finally {
    await closeBrowser();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

run().then((code) => (process.exitCode = code), (err) => {
  process.stderr.write(`screenshot-report: ${err?.message ?? err}\n`);
  process.exitCode = 1;
});
