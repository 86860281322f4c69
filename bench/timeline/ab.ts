/**
 * Timeline throughput of this checkout against another one (an older commit in a worktree), in one
 * process on the same articles: short rounds that alternate the two (and raw chrono-node, the
 * anchor), so a shared machine's load falls on both alike. The figure is the median over rounds of
 * the time ratio other / this (above 1: this checkout is faster), with its spread.
 *
 *   git worktree add --detach ../old COMMIT && ln -s "$PWD/node_modules" ../old/node_modules
 *   npx tsx bench/timeline/ab.ts ../old
 *
 * The sample is what throughput.ts reads (the first TIMELINE_BENCH_MB MB of allsides-baly2020,
 * default 6), in rounds of TIMELINE_AB_ARTICLES articles (default 100), TIMELINE_AB_PASSES times over
 * (default 3). Both run `articleTimeline` as the timeline command does (Articles, `published`
 * 2020-01-01 for articles without a date).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as chrono from "chrono-node";
import type { Article } from "../../src/corpus/article";
import { articleTimeline } from "../../src/timeline/analyse";
import { ALLSIDES, allsidesSample } from "./allsides-sample";

const MB = Number(process.env.TIMELINE_BENCH_MB ?? 6);
const ROUND = Number(process.env.TIMELINE_AB_ARTICLES ?? 100);
const PASSES = Number(process.env.TIMELINE_AB_PASSES ?? 3);

type Timeline = typeof articleTimeline;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function main() {
  const other = process.argv[2];
  if (!other) throw new Error("usage: npx tsx bench/timeline/ab.ts OTHER_CHECKOUT");
  if (!fs.existsSync(ALLSIDES)) {
    console.log(`allsides-baly2020 not found at ${ALLSIDES}: skipped`);
    return;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const theirs: Timeline = require(path.resolve(other, "src/timeline/analyse")).articleTimeline;
  const articles = allsidesSample(MB);
  const options = { published: "2020-01-01" };
  const ref = (a: Article) => new Date(`${a.published ?? "2020-01-01"}T12:00:00`);
  const sides: Record<"ours" | "theirs" | "raw", (batch: Article[]) => number> = {
    ours: (batch) => batch.reduce((n, a) => n + articleTimeline(a, options).mentions.length, 0),
    theirs: (batch) => batch.reduce((n, a) => n + theirs(a, options).mentions.length, 0),
    raw: (batch) => batch.reduce((n, a) => n + chrono.parse(a.text, ref(a)).length, 0),
  };
  for (const side of Object.values(sides)) side(articles.slice(0, 200)); // warm up (JIT)
  const names = Object.keys(sides) as Array<keyof typeof sides>;
  const seconds: Record<keyof typeof sides, number> = { ours: 0, theirs: 0, raw: 0 };
  const counts: Record<keyof typeof sides, number> = { ours: 0, theirs: 0, raw: 0 };
  const ratios: number[] = [];
  const anchor: number[] = [];
  let round = 0;
  for (let pass = 0; pass < PASSES; pass++) {
    for (let i = 0; i < articles.length; i += ROUND, round++) {
      const batch = articles.slice(i, i + ROUND);
      const t: Record<string, number> = {};
      for (let k = 0; k < names.length; k++) {
        const side = names[(round + k) % names.length]; // rotate who goes first
        const start = process.hrtime.bigint();
        counts[side] += sides[side](batch);
        t[side] = Number(process.hrtime.bigint() - start) / 1e9;
        seconds[side] += t[side];
      }
      ratios.push(t.theirs / t.ours);
      anchor.push(t.raw / t.ours);
    }
  }
  const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor(p * (xs.length - 1))];
  const mb = (articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1024 / 1024) * PASSES;
  console.log(`sample: ${articles.length} articles, ${(mb / PASSES).toFixed(1)} MB, ${PASSES} passes in rounds of ${ROUND} articles (${ratios.length} rounds)`);
  console.log(`this checkout: ${(mb / seconds.ours).toFixed(2)} MB/s, ${counts.ours / PASSES} mentions a pass`);
  console.log(`${other}: ${(mb / seconds.theirs).toFixed(2)} MB/s, ${counts.theirs / PASSES} mentions a pass`);
  console.log(`raw chrono-node: ${(mb / seconds.raw).toFixed(2)} MB/s`);
  console.log(`time ratio other / this: median ${median(ratios).toFixed(3)} (quartiles ${q(ratios, 0.25).toFixed(3)}–${q(ratios, 0.75).toFixed(3)}); this / raw chrono: ${median(anchor).toFixed(2)}×`);
}

main();
