/**
 * Extraction throughput on news text (allsides-baly2020), beside raw chrono-node (`chrono.parse`,
 * whole article per call) on the same text in the same run. A sample: the first ~6 MB of article
 * text (set TIMELINE_BENCH_MB to change). Both use each article's own date as reference, 2020-01-01
 * when it has none (for ours: `--published 2020-01-01`).
 *
 * Ours is what `newscompare timeline` runs per article: `articleTimeline` on the bare Article (the
 * command builds no Documents), i.e. sentence bounds + extraction + resolution. Not timed: loading
 * and the cross-article event grouping (groupEvents), which depends on how many articles report the
 * same events, not on the extractor. Also shown: the report's path (Documents already built for all
 * sections, so extraction only) and toDocument + extraction.
 *
 * The sides run interleaved (the order rotating) for TIMELINE_BENCH_ROUNDS rounds (default 5) and
 * the medians are reported, since the machine is shared.
 *
 *   npx tsx bench/timeline/throughput.ts
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as v8 from "node:v8";
import * as vm from "node:vm";
import * as chrono from "chrono-node";
import type { Article } from "../../src/corpus/article";
import { articleTimeline } from "../../src/timeline/analyse";
import { toDocument } from "../../src/text/document";
import type { Document } from "../../src/text/types";
import { ALLSIDES, allsidesSample } from "./allsides-sample";

const MB = Number(process.env.TIMELINE_BENCH_MB ?? 6);
const ROUNDS = Number(process.env.TIMELINE_BENCH_ROUNDS ?? 5);

// a full garbage collection before each timed side, so that no side pays for the garbage of the one
// before it (the report side drops 6 MB of Documents)
v8.setFlagsFromString("--expose-gc");
const collectGarbage = vm.runInNewContext("gc") as () => void;

function main() {
  if (!fs.existsSync(ALLSIDES)) {
    console.log(`allsides-baly2020 not found at ${ALLSIDES}: skipped`);
    return;
  }
  const articles = allsidesSample(MB);
  const mb = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1024 / 1024;
  const ref = (a: Article) => new Date(`${a.published ?? "2020-01-01"}T12:00:00`);
  const options = { published: "2020-01-01" }; // as `newscompare timeline --published 2020-01-01`
  // warm every side up (JIT) on the first 200 articles before timing
  for (const a of articles.slice(0, 200)) {
    articleTimeline(a, options);
    articleTimeline(toDocument(a), options);
    chrono.parse(a.text, ref(a));
  }
  const timed = (f: () => number) => () => {
    const t = process.hrtime.bigint();
    const n = f();
    return { s: Number(process.hrtime.bigint() - t) / 1e9, n };
  };
  const sides = {
    raw: timed(() => articles.reduce((n, a) => n + chrono.parse(a.text, ref(a)).length, 0)),
    command: timed(() => articles.reduce((n, a) => n + articleTimeline(a, options).mentions.length, 0)),
    report: () => {
      // the report's Documents, built for all sections before the timeline runs: not timed (and
      // dropped afterwards, so that the other sides do not pay for the larger heap)
      const docs: Document[] = articles.map(toDocument);
      collectGarbage();
      return timed(() => docs.reduce((n, d) => n + articleTimeline(d, options).mentions.length, 0))();
    },
    withToDocument: timed(() => articles.reduce((n, a) => n + articleTimeline(toDocument(a), options).mentions.length, 0)),
  };
  type Side = keyof typeof sides;
  const names = Object.keys(sides) as Side[];
  const seconds: Record<Side, number[]> = { raw: [], command: [], report: [], withToDocument: [] };
  const counts: Record<Side, number> = { raw: 0, command: 0, report: 0, withToDocument: 0 };
  const ratios: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    // the machine is shared: interleave the sides, rotating which goes first
    for (let k = 0; k < names.length; k++) {
      const side = names[(round + k) % names.length];
      collectGarbage();
      const r = sides[side]();
      seconds[side].push(r.s);
      counts[side] = r.n;
    }
    ratios.push(seconds.raw[round] / seconds.command[round]);
  }
  const mbs = (side: Side) => `${(mb / median(seconds[side])).toFixed(2)} MB/s, ${median(seconds[side]).toFixed(2)} s`;
  const ratio = (side: Side) => (median(seconds.raw) / median(seconds[side])).toFixed(2);

  console.log(`sample: ${articles.length} articles, ${mb.toFixed(1)} MB of text (first ${MB} MB of ${path.basename(ALLSIDES)}); ${ROUNDS} interleaved rounds, medians; load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} on ${os.cpus().length} cores`);
  console.log(`raw chrono-node (chrono.parse per article): ${mbs("raw")}, ${counts.raw} results`);
  console.log(`newscompare timeline command (articleTimeline on Articles): ${mbs("command")}, ${counts.command} mentions`);
  console.log(`ratio newscompare / raw chrono: median ${median(ratios).toFixed(2)}× (rounds ${ratios.map((r) => r.toFixed(2)).join(" ")})`);
  console.log(`  report (Documents prebuilt for all sections): ${mbs("report")}, ${counts.report} mentions, ${ratio("report")}× raw chrono`);
  console.log(`  toDocument + extraction: ${mbs("withToDocument")}, ${counts.withToDocument} mentions, ${ratio("withToDocument")}× raw chrono`);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

main();
