import type { GroupRow } from "../../src/frequency/analyse";
import type { TermRow } from "../../src/frequency/counts";
import type { DistinctiveRow } from "../../src/frequency/keyness";
import type { TermRate } from "../../src/frequency/rates";
import type { PairComparison } from "../../src/frequency/compare";

/** Three hand-made groups: two articles of one outlet, one of an unknown outlet. */
export const GROUPS: GroupRow[] = [
  { article: "wp-1", label: "Washington Post · 2025-02-12 · Call lasts 90 minutes", outlet: "Washington Post", articles: ["wp-1"], published: "2025-02-12", words: 1000 },
  { article: "wp-2", label: "Washington Post · 2025-02-13 · wp-2", outlet: "Washington Post", articles: ["wp-2"], published: "2025-02-13", words: 500 },
  { article: "blog<7>", label: "A blog <post>", outlet: "unknown", articles: ["blog<7>"], published: null, words: 200 },
];

export const TERMS: TermRow[] = [
  { article: "wp-1", term: "Trump", key: "trump", kind: "word", count: 20, per10k: 200 },
  { article: "wp-1", term: "White House", key: "white house", kind: "name", count: 5, per10k: 50 },
  { article: "wp-2", term: "Putin", key: "putin", kind: "word", count: 8, per10k: 160 },
  { article: "blog<7>", term: "war", key: "war", kind: "word", count: 3, per10k: 150 },
];

const row = (article: string, term: string, score: number, count: number, restCount: number, direction: "over" | "under"): DistinctiveRow => ({
  article, term, key: term.toLowerCase(), kind: "word", method: "logodds", score, count, per10k: count * 10, restCount, restPer10k: restCount * 5, direction,
});
export const DISTINCTIVE: DistinctiveRow[] = [
  row("wp-1", "Kellogg", 2.1, 5, 0, "over"),
  row("wp-1", "war", -1.2, 2, 14, "under"),
  row("wp-2", "Kyiv", 1.5, 4, 1, "over"),
  row("blog<7>", "warfare", 2.9, 11, 0, "over"),
  { ...row("blog<7>", "warfare", 17.7, 11, 0, "over"), method: "tfidf" },
];

export const RATES: TermRate[] = [
  { article: "wp-1", published: "2025-02-12", term: "call", key: "call", count: 4, per10k: 40 },
  { article: "wp-2", published: "2025-02-13", term: "call", key: "call", count: 0, per10k: 0 },
  { article: "blog<7>", published: null, term: "call", key: "call", count: 1, per10k: 50 },
  { article: "wp-1", published: "2025-02-12", term: "war", key: "war", count: 2, per10k: 20 },
  { article: "wp-2", published: "2025-02-13", term: "war", key: "war", count: 3, per10k: 60 },
  { article: "blog<7>", published: null, term: "war", key: "war", count: 3, per10k: 150 },
];

export const PAIR: PairComparison = {
  a: "wp-1", b: "wp-2", wordsA: 1000, wordsB: 500,
  rows: [
    { term: "Trump", key: "trump", countA: 20, countB: 10, per10kA: 200, per10kB: 200, logRatio: 0 },
    { term: "Kellogg", key: "kellogg", countA: 5, countB: 0, per10kA: 50, per10kB: 0, logRatio: 3.322 },
    { term: "Kyiv", key: "kyiv", countA: 1, countB: 4, per10kA: 10, per10kB: 80, logRatio: -3 },
  ],
};
