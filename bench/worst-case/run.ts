/**
 * Each stage's time on the texts that used to make it slow down faster than the text grows
 * (test/robustness/patterns.ts), at 50, 100 and 200 KB (1 KB = 1,000 characters), beside plain news
 * of the same size measured in the same run. Plain news is basil-dev's articles one after another
 * (../shared/corpora), or the bundled story repeated when basil-dev is absent.
 *
 * Prints per pattern and stage: ms at each size, ms per KB, `lin` = ms per KB at the largest size /
 * ms per KB at the smallest (1.0 is linear; the bar is 1.5) and `×plain` = time / plain
 * news's time at the largest size (the bar is 10).
 *
 *   npx tsx bench/worst-case/run.ts [--patterns dates,dotted] [--sizes 50,100,200]
 *
 * Each pattern runs in a child process (child.ts) killed after WORST_CASE_TIMEOUT seconds (default
 * 300), so a stage that stalls shows as a timeout instead of stalling the bench. Times are CPU
 * milliseconds of the child (the machine is shared), best of three interleaved rounds
 * (WORST_CASE_ROUNDS), after a warm-up on plain news.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { PATTERNS } from "../../test/robustness/patterns";
import { newsText } from "./news";
import { STAGES, type Stage } from "./stages";

const TIMEOUT_S = Number(process.env.WORST_CASE_TIMEOUT ?? 300);

type Cell = number | "timeout" | "error" | undefined;

function argList(name: string, fallback: string[]): string[] {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1].split(",").filter(Boolean) : fallback;
}

/** One pattern at every size, in a child process: size → stage → ms (or why there is none). */
function measure(pattern: string, sizes: number[]): Map<number, Map<Stage, Cell>> {
  const out = new Map(sizes.map((kb) => [kb, new Map<Stage, Cell>()]));
  const r = spawnSync(process.execPath, ["--require", "tsx/cjs", path.join(__dirname, "child.ts"), pattern, sizes.join(",")], {
    encoding: "utf8",
    timeout: TIMEOUT_S * 1000,
    maxBuffer: 1 << 20,
    env: { ...process.env, DOTENV_CONFIG_QUIET: "true" },
  });
  for (const line of r.stdout.split("\n")) {
    if (!line.startsWith("{")) continue;
    const { kb, stage, ms } = JSON.parse(line) as { kb: number; stage: Stage; ms: number };
    out.get(kb)!.set(stage, ms);
  }
  const missing = sizes.flatMap((kb) => STAGES.filter((s) => !out.get(kb)!.has(s)).map((s) => [kb, s] as const))[0];
  if (missing) {
    const timedOut = r.error && (r.error as NodeJS.ErrnoException).code === "ETIMEDOUT";
    out.get(missing[0])!.set(missing[1], timedOut ? "timeout" : "error");
    if (!timedOut) process.stderr.write(`${pattern} ${missing[0]} KB, ${missing[1]}: ${(r.stderr || "").trim().split("\n").slice(-3).join(" | ")}\n`);
  }
  return out;
}

const fmt = (x: number, digits = 0) => x.toFixed(digits);

function main(): void {
  const sizes = argList("--sizes", ["50", "100", "200"]).map(Number);
  const patterns = ["plain", ...argList("--patterns", Object.keys(PATTERNS)).filter((p) => p !== "plain")];
  for (const p of patterns) if (p !== "plain" && !PATTERNS[p]) throw new Error(`bench/worst-case: no pattern '${p}' (known: ${Object.keys(PATTERNS).join(", ")})`);
  const { source } = newsText();
  const started = Date.now();
  const results = new Map<string, Map<number, Map<Stage, Cell>>>();
  for (const p of patterns) {
    results.set(p, measure(p, sizes));
    process.stderr.write(`  ${p} done\n`);
  }
  const top = sizes[sizes.length - 1];
  const low = sizes[0];
  const cell = (v: Cell) => (v === undefined ? "—" : typeof v === "number" ? fmt(v, v < 10 ? 1 : 0) : v === "timeout" ? `>${TIMEOUT_S}s` : v);
  const header = ["pattern", "stage", ...sizes.map((s) => `ms@${s}K`), ...sizes.map((s) => `ms/KB@${s}K`), "lin", "×plain"];
  const rows: string[][] = [];
  let worstLin = 0;
  let worstPlain = 0;
  for (const p of patterns) {
    for (const stage of STAGES) {
      const ms = sizes.map((s) => results.get(p)!.get(s)!.get(stage));
      const perKb = ms.map((v, i) => (typeof v === "number" ? fmt(v / sizes[i], 3) : "—"));
      const a = ms[0];
      const b = ms[ms.length - 1];
      const lin = typeof a === "number" && typeof b === "number" ? b / top / (a / low) : null;
      const plain = results.get("plain")!.get(top)!.get(stage);
      const ratio = typeof b === "number" && typeof plain === "number" ? b / plain : null;
      if (lin !== null) worstLin = Math.max(worstLin, lin);
      if (ratio !== null && p !== "plain") worstPlain = Math.max(worstPlain, ratio);
      rows.push([p, stage, ...ms.map(cell), ...perKb, lin === null ? "—" : fmt(lin, 2), ratio === null ? "—" : fmt(ratio, 1)]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((x, i) => (i < 2 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join("  ");
  console.log(`worst-case stage times; plain news = ${source}; 1 KB = 1,000 characters; CPU ms, best of ${process.env.WORST_CASE_ROUNDS ?? 3} interleaved rounds; ${((Date.now() - started) / 1000).toFixed(0)} s in all`);
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  console.log(`worst lin (ms/KB at ${top} K ÷ at ${low} K): ${fmt(worstLin, 2)} (bar 1.5); worst ×plain at ${top} K: ${fmt(worstPlain, 1)} (bar 10)`);
}

main();
