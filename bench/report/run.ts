/**
 * Benchmark: the report at 5, 90, 220 and 1,000 articles, as a user runs it.
 *
 *   npx tsx bench/report/run.ts [--formats html,png,svg] [--sizes 5,90,220,1000]
 *
 * Each size runs `newscompare report` in its own process under /usr/bin/time (wall time and peak
 * RSS of the node process; Chromium's processes, started by it, are sampled from /proc while the report
 * runs), then opens the report's index.html in headless Chromium and times the first screen (charts
 * further down draw as the reader scrolls) and every chart.
 * Targets (issue 13): 90 articles < 15 s, 220 < 20 s, 1,000 < 60 s, peak RSS < 1 GB, index.html
 * < 5 MB and drawn in < 3 s. Corpora come from ../shared/corpora; a size whose corpus is absent is
 * skipped with one line.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { inspectReportPage } from "../../src/report/inspect";
import { closeBrowser } from "../../src/render/browser";

const ROOT = path.resolve(__dirname, "../..");
const SHARED = path.resolve(ROOT, "../shared/corpora");
const ALLSIDES = path.join(SHARED, "bench/allsides-baly2020/articles_110MB.jsonl");

interface Size {
  articles: number;
  name: string;
  args: (tmp: string) => string[] | null;
}

function firstLines(file: string, n: number, out: string): string {
  const lines: string[] = [];
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (lines.length >= n) break;
    if (line.trim()) lines.push(line);
  }
  fs.writeFileSync(out, `${lines.join("\n")}\n`);
  return out;
}

const SIZES: Size[] = [
  { articles: 5, name: "bundled story", args: () => [path.join(ROOT, "data/trump-putin-call")] },
  { articles: 90, name: "basil-dev", args: () => (fs.existsSync(path.join(SHARED, "stories/basil-dev")) ? [path.join(SHARED, "stories/basil-dev")] : null) },
  { articles: 220, name: "WikiRef220", args: () => (fs.existsSync(path.join(SHARED, "encodings/WikiRef220")) ? [path.join(SHARED, "encodings/WikiRef220")] : null) },
  {
    articles: 1000,
    name: "allsides, first 1,000",
    args: (tmp) => (fs.existsSync(ALLSIDES) ? [firstLines(ALLSIDES, 1000, path.join(tmp, "allsides-1000.jsonl")), "--date-order", "mdy", "--skip-bad"] : null),
  },
];

/** Every process whose parent chain leads to `root` (read from /proc: Linux only). */
function descendants(root: number): number[] {
  const parent = new Map<number, number>();
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, "utf8");
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // gone meanwhile
    }
  }
  const out: number[] = [];
  const walk = (p: number): void => {
    for (const [child, pp] of parent) if (pp === p) (out.push(child), walk(child));
  };
  walk(root);
  return out;
}

/** Peak summed resident memory of the Chromium processes the report run started, sampled every 250 ms. */
function sampleChromium(root: number, stop: () => boolean): Promise<number> {
  return new Promise((resolve) => {
    let peak = 0;
    const tick = () => {
      let total = 0;
      for (const pid of descendants(root)) {
        try {
          const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
          if (!/^Name:\s*(chrom|headless)/m.test(status)) continue;
          total += Number(/^VmRSS:\s*(\d+)/m.exec(status)?.[1] ?? 0) * 1024;
        } catch {
          // gone meanwhile
        }
      }
      peak = Math.max(peak, total);
      if (stop()) resolve(peak);
      else setTimeout(tick, 250);
    };
    tick();
  });
}

function run(cmd: string, args: string[], onStart: (pid: number) => void): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
    onStart(child.pid!);
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code: code ?? 1, stderr }));
  });
}

function dirSize(dir: string): number {
  let total = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    total += e.isDirectory() ? dirSize(p) : fs.statSync(p).size;
  }
  return total;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const opt = (name: string) => (argv.indexOf(name) >= 0 ? argv[argv.indexOf(name) + 1] : undefined);
  const formats = opt("--formats") ?? "html,png,svg";
  const wanted = (opt("--sizes") ?? "5,90,220,1000").split(",").map(Number);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nc-bench-report-"));
  const rows: string[] = [];
  try {
    for (const size of SIZES.filter((s) => wanted.includes(s.articles))) {
      const args = size.args(tmp);
      if (!args) {
        console.log(`${size.name}: skipped (${SHARED} is absent)`);
        continue;
      }
      const out = path.join(tmp, `report-${size.articles}`);
      const timeFile = path.join(tmp, `time-${size.articles}`);
      let done = false;
      let browserPeak: Promise<number> = Promise.resolve(0);
      const started = Date.now();
      const result = await run("/usr/bin/time", ["-f", "%e %M", "-o", timeFile, process.execPath, path.join(ROOT, "bin/newscompare.js"), "report", ...args, "--out", out, "--formats", formats], (pid) => {
        browserPeak = sampleChromium(pid, () => done);
      });
      const wall = (Date.now() - started) / 1000;
      done = true;
      const chromium = await browserPeak;
      if (result.code !== 0) {
        console.log(`${size.name}: report failed (exit ${result.code}): ${result.stderr.trim().split("\n").slice(-2).join(" | ")}`);
        continue;
      }
      const [, maxKb] = fs.readFileSync(timeFile, "utf8").trim().split(/\s+/).map(Number);
      const index = path.join(out, "index.html");
      const page = await inspectReportPage(index, { fullPage: false });
      const articles = /report: (\d+) articles/.exec(result.stderr)?.[1] ?? "?";
      rows.push(
        `| ${size.name} | ${articles} | ${wall.toFixed(1)} s | ${(maxKb / 1024).toFixed(0)} MB | ${(chromium / 1048576).toFixed(0)} MB | ` +
          `${(fs.statSync(index).size / 1e6).toFixed(2)} MB | ${(dirSize(out) / 1e6).toFixed(1)} MB | ${(page.firstScreenMs / 1000).toFixed(1)} s | ${(page.drawMs / 1000).toFixed(1)} s | ${page.charts.length} |`,
      );
      console.log(rows[rows.length - 1]);
    }
  } finally {
    await closeBrowser();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`\nnewscompare report --formats ${formats}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? "?"})`);
  console.log("| corpus | articles | time | peak RSS (node) | peak RSS (Chromium) | index.html | whole report | first screen drawn | all charts drawn | charts |");
  console.log("|---|---|---|---|---|---|---|---|---|---|");
  for (const r of rows) console.log(r);
}

main().catch((err) => {
  console.error(`bench/report: ${err?.stack ?? err}`);
  process.exitCode = 1;
});
