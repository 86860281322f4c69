/**
 * The 255-article overlap benchmark corpus, built at run time: the bundled story (5), basil-dev (90),
 * synthetic copies of `sources` of those articles — each swapped at one word in four, one in three and
 * one in two (spin.ts), and its half put inside another article (a partial copy) — and, to fill 255,
 * articles of WikiRef220 (news on five other events). `truth` lists the pairs the generator made:
 * source ↔ each copy, and host ↔ partial copy (the host is whole inside it).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { loadCorpus } from "../../src/corpus/load";
import type { Article } from "../../src/corpus/article";
import { partialCopy, spin, spinner } from "./spin";

export const STORY = path.resolve(__dirname, "../../data/trump-putin-call");
export const BASIL = path.resolve(__dirname, "../../..", "shared/corpora/stories/basil-dev");
export const WIKIREF = path.resolve(__dirname, "../../..", "shared/corpora/encodings/WikiRef220");

export type Kind = "swap 1/4" | "swap 1/3" | "swap 1/2" | "partial: source" | "partial: host";
export interface TruthPair { a: string; b: string; kind: Kind }

export const RATES: Array<[Kind, number]> = [["swap 1/4", 1 / 4], ["swap 1/3", 1 / 3], ["swap 1/2", 1 / 2]];

function derived(base: Article, id: string, text: string): Article {
  return { ...base, id, file: `${id}.txt`, title: null, raw: text, text, removed: [], meta: {} };
}

/** null when basil-dev is absent; with 40 sources the copies alone fill 255 (the heaviest mix). */
export function corpus255(sources = 40, size = 255): { articles: Article[]; truth: TruthPair[]; swapRates: Record<string, number>; filler: number } | null {
  if (!fs.existsSync(BASIL)) return null;
  const real = [...loadCorpus(STORY).articles, ...loadCorpus(BASIL).articles];
  const s = spinner(real.map((a) => a.text));
  const step = real.length / sources;
  const picked = Array.from({ length: sources }, (_, k) => real[Math.floor(k * step)]);
  const articles = [...real];
  const truth: TruthPair[] = [];
  const swapped: Record<string, [number, number]> = {};
  picked.forEach((src, k) => {
    RATES.forEach(([kind, rate], r) => {
      const copy = spin(src.text, rate, s, 1000 * k + r + 1);
      const id = `spun-${k}-${kind.slice(5).replace("/", "in")}`;
      articles.push(derived(src, id, copy.text));
      truth.push({ a: src.id, b: id, kind });
      const acc = (swapped[kind] ??= [0, 0]);
      acc[0] += copy.swapped;
      acc[1] += copy.words;
    });
    // the host: an article half the corpus away (another event)
    const host = real[(real.indexOf(src) + Math.floor(real.length / 2)) % real.length];
    const id = `partial-${k}`;
    articles.push(derived(host, id, partialCopy(src.text, host.text)));
    truth.push({ a: src.id, b: id, kind: "partial: source" }, { a: host.id, b: id, kind: "partial: host" });
  });
  const swapRates = Object.fromEntries(Object.entries(swapped).map(([k, [x, n]]) => [k, x / n]));
  const fill = articles.length < size && fs.existsSync(WIKIREF) ? loadCorpus(WIKIREF, { skipBad: true }).articles.slice(0, size - articles.length) : [];
  return { articles: [...articles, ...fill], truth, swapRates, filler: fill.length };
}
