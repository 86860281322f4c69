/**
 * bench/ingest: a collection of N synthetic articles (make-collection.ts, built from allsides at run
 * time, gzip JSONL in a temporary folder) streamed into a store, then the collection queries timed.
 * For each size: articles/s, MB/s (uncompressed JSONL), peak RSS, store size, the frequencies-by-outlet
 * queries, the overlap candidate join and its recall of the planted copies and rewrites, and the
 * corpus passes. Beside it, in the same run, the in-memory path on the first size (every article
 * loaded and analysed in one process) as the anchor.
 *
 *   npx tsx bench/ingest/run.ts [--sizes 17867,100000,1000000] [--workers N] [--keep] [--no-passes] [--no-anchor]
 *                               [--reuse DIR]
 *
 * --reuse DIR: a size whose collection-N and store-N are in DIR (a --keep run's folder) is not made,
 * ingested or passed again; only the queries are timed, on that store as the earlier run left it
 * (its ingest and pass figures are that run's). A million articles take about 90 minutes to make,
 * ingest and pass; their queries a few minutes.
 *
 * The anchor (the in-memory path) runs on 17,867 articles, the size of allsides itself, whatever the
 * sizes: on its own collection when 17,867 is not among them.
 *
 * Targets (issue 14): 1M ingested in <= 45 min with peak RSS <= 2 GB; frequencies by outlet <= 10 s;
 * candidate join on 1M <= 5 min with planted recall >= 0.95.
 */
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ALLSIDES, makeCollection } from "./make-collection";
import { openStore } from "../../src/store/open";
import { candidateRows } from "../../src/store/overlap-pass";
import { storeFrequencies, usesOutletTerms } from "../../src/store/query";
import type { Planted } from "./make-collection";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

function child(...args: string[]): Record<string, number> {
  const out = execFileSync(process.execPath, ["--require", "tsx/cjs", path.join(__dirname, "child.ts"), ...args], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 1 << 26,
    env: { ...process.env, DOTENV_CONFIG_QUIET: "true" },
  });
  return JSON.parse(out.trim().split("\n").pop()!);
}

function du(dir: string): number {
  let n = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    n += e.isDirectory() ? du(p) : fs.statSync(p).size;
  }
  return n;
}

async function timed<T>(f: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const r = await f();
  return [r, (performance.now() - t) / 1000];
}

async function main(): Promise<void> {
  if (!fs.existsSync(ALLSIDES)) {
    console.log(`bench/ingest: ${ALLSIDES} is not here (shared research data); nothing to measure`);
    return;
  }
  const sizes = arg("--sizes", "17867,100000,1000000").split(",").map(Number);
  const workers = Number(arg("--workers", String(os.availableParallelism?.() ?? os.cpus().length)));
  const keep = process.argv.includes("--keep");
  const passes = !process.argv.includes("--no-passes");
  const anchor = !process.argv.includes("--no-anchor");
  const reuse = arg("--reuse", "");
  const ANCHOR_SIZE = 17_867;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "newscompare-bench-ingest-"));
  console.log(`bench/ingest: sizes ${sizes.join(", ")}, ${workers} workers, in ${root}; load average at start ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`);
  const f = (x: number, d = 1) => x.toFixed(d);
  const runAnchor = (dir: string) => {
    const m = child("memory", dir);
    console.log(`  anchor, in-memory path on ${m.read} articles: ${f(m.seconds)} s (load ${f(m.load)}, tokenise ${f(m.tokenise - m.load)}, frequencies ${f(m.frequencies - m.tokenise)}, timeline ${f(m.timeline - m.frequencies)}, quotes ${f(m.quotes - m.timeline)}, overlap ${f(m.overlap - m.quotes)}), ${f(m.read / m.seconds, 0)} articles/s, ${f(m.cpuSeconds)} CPU s, peak RSS ${m.maxRssMB} MB`);
  };
  if (anchor && !sizes.includes(ANCHOR_SIZE)) {
    const dir = path.join(root, `collection-${ANCHOR_SIZE}`);
    await makeCollection(ANCHOR_SIZE, dir);
    console.log(`\nanchor collection: ${ANCHOR_SIZE.toLocaleString("en-US")} articles`);
    runAnchor(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  for (const n of sizes) {
    const reused = reuse && fs.existsSync(path.join(reuse, `store-${n}`, "store.json")) && fs.existsSync(path.join(reuse, `collection-${n}`, "_planted.json"));
    if (reused) {
      const store = path.join(reuse, `store-${n}`);
      const planted = JSON.parse(fs.readFileSync(path.join(reuse, `collection-${n}`, "_planted.json"), "utf8")) as Planted[];
      console.log(`\nN = ${n.toLocaleString("en-US")}: store reused from ${reuse} (made, ingested and passed by an earlier run; ${f(du(store) / 1e6, 0)} MB): queries only`);
      await timeQueries(store, planted);
      continue;
    }
    const dir = path.join(root, `collection-${n}`);
    const store = path.join(root, `store-${n}`);
    const [col, makeSecs] = await timed(() => makeCollection(n, dir));
    const mb = col.bytes / 1e6;
    console.log(`\nN = ${n.toLocaleString("en-US")}: collection made in ${f(makeSecs)} s, ${f(mb, 0)} MB of JSONL (${f(col.files.reduce((s, x) => s + fs.statSync(x).size, 0) / 1e6, 0)} MB gzip)`);
    if (anchor && n === ANCHOR_SIZE) runAnchor(dir);
    const s = child("ingest", dir, store, String(workers));
    const size = du(store);
    console.log(`  ingest: ${f(s.seconds)} s, ${f(s.stored / s.seconds, 0)} articles/s, ${f(mb / s.seconds)} MB/s, ${f(s.cpuSeconds)} CPU s (${f((s.cpuSeconds * 1000) / s.stored, 1)} ms per article), peak RSS ${s.maxRssMB} MB, store ${f(size / 1e6, 0)} MB (${f(size / s.stored / 1e3, 2)} KB/article), ${s.problems} records not read`);
    if (passes) {
      // a failed pass is a figure too: the queries below still run on the store (without its derived tables)
      try {
        const p = child("passes", store, String(workers));
        console.log(`  corpus passes (outlets, speakers, events, outlet terms, overlap alignment): ${f(p.seconds)} s, ${f(p.cpuSeconds)} CPU s, peak RSS ${p.maxRssMB} MB`);
      } catch (err) {
        console.log(`  corpus passes FAILED: ${(err as Error).message.split("\n")[0]}`);
      }
    }
    await timeQueries(store, col.planted);
    if (!keep) {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(store, { recursive: true, force: true });
    }
  }
  if (!keep) fs.rmSync(root, { recursive: true, force: true });
}

/** The collection queries on a store: frequencies by outlet and by outlet × month, the candidate join and its planted recall. */
async function timeQueries(store: string, planted: Planted[]): Promise<void> {
  const f = (x: number, d = 1) => x.toFixed(d);
  const db = await openStore(store);
  try {
    const [freq, tFreq] = await timed(() => storeFrequencies(db, { by: "outlet", top: 20, topDistinctive: 10 }));
    const rollup = usesOutletTerms(db, { by: "outlet" });
    console.log(`  frequencies by outlet (top terms + keyness by 3 methods, ${freq.groups.length} outlets): ${f(tFreq)} s${rollup ? " from outlet_terms" : " from the terms table"}`);
    // the command as a user runs it: the selection (every article's metadata, for groups and labels) and the scoring
    const cliStart = performance.now();
    const cli = spawnSync(process.execPath, [path.join(__dirname, "../../bin/newscompare.js"), "frequencies", "--store", store, "--by", "outlet"], { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
    const cliSecs = (performance.now() - cliStart) / 1000;
    console.log(`  newscompare frequencies --store DIR --by outlet: ${cli.status === 0 ? `${f(cliSecs)} s` : `FAILED (${cli.stderr.trim().split("\n").pop()})`}`);
    try {
      const [month, tMonth] = await timed(() => storeFrequencies(db, { by: "outlet_month", top: 20, topDistinctive: 10 }));
      console.log(`  frequencies by outlet × month (${month.groups.length} units, from the terms table): ${f(tMonth)} s`);
    } catch (err) {
      // past DuckDB's default memory limit the store refuses in one line; the same query with more memory is the figure
      console.log(`  frequencies by outlet × month: refused at the default memory limit: ${(err as Error).message}`);
      const big = await openStore(store, { memoryLimit: "8GB" });
      try {
        const [month, tMonth] = await timed(() => storeFrequencies(big, { by: "outlet_month", top: 20, topDistinctive: 10 }));
        console.log(`  frequencies by outlet × month with --memory-limit 8GB (${month.groups.length} units): ${f(tMonth)} s, process peak RSS so far ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
      } finally {
        big.close();
      }
    }
    const [cands, tJoin] = await timed(() => candidateRows(db));
    const found = new Set(cands.map((c) => `${c.a}\u0000${c.b}`));
    const has = (x: string, y: string) => found.has(`${x < y ? x : y}\u0000${x < y ? y : x}`);
    const recall = (["copy", "rewrite"] as const).map((kind) => {
      const list = planted.filter((p) => p.kind === kind);
      const hit = list.filter((p) => has(p.source, p.copy)).length;
      return `${kind} ${f(hit / Math.max(1, list.length), 3)} (${hit}/${list.length})`;
    });
    console.log(`  candidate join: ${f(tJoin)} s, ${cands.length.toLocaleString("en-US")} pairs; planted recall: ${recall.join(", ")}`);
  } finally {
    db.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
