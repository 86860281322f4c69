/**
 * Sentence and passage alignment between two documents. Shingles miss a disguised rewrite (every few
 * words are swapped), so we align SENTENCES scored by the similarity classifier:
 *  1. anchors: a monotone dynamic-programming alignment of confident sentence pairs (order respected);
 *  2. gap filling: between two anchors the bar is lower, because a rewrite keeps the order of the
 *     original and a sentence sitting between two aligned ones is very likely aligned too;
 *  3. moved passages: sentences still unaligned are matched anywhere with a high bar.
 * Consecutive aligned sentences form passages, `verbatim` when the words are the same allowing small
 * edits (token edit similarity ≥ 0.9), else `reworded`. A reworded pair needs a similarity of at least
 * `reworded` (0.35) whatever step found it: the low gap bar once aligned two unrelated opening sentences
 * at 0.21; on the bundled rewrite the weakest true pair scores 0.47, on basil-dev (independent reports)
 * every gap pair below 0.35 was unrelated.
 */
import type { Document } from "../text/types";
import { documentViews, type SentenceView } from "./normalise";
import { lcsRatio, sentenceSimilarity, tokenEditSimilarity } from "./similarity";

export interface AlignOptions {
  /** similarity a sentence pair needs to be an anchor */
  anchor?: number;
  /** similarity needed between two anchors */
  gap?: number;
  /** similarity needed for a pair out of order (moved passage) */
  moved?: number;
  /** token edit similarity at or above which a sentence pair is verbatim */
  verbatim?: number;
  /** similarity a pair that is not verbatim needs to be aligned at all (as reworded) */
  reworded?: number;
}

export const DEFAULT_ALIGN: Required<AlignOptions> = { anchor: 0.5, gap: 0.2, moved: 0.7, verbatim: 0.9, reworded: 0.35 };

export interface SentencePair {
  /** sentence indices in a and b */
  i: number;
  j: number;
  similarity: number;
  /** share of the longer sentence's words in a common subsequence */
  lcs: number;
  /** token edit similarity (1 − word edits / longer length): verbatim at ≥ 0.9 */
  edit: number;
  how: "anchor" | "gap" | "moved";
}

export interface Passage {
  a: string;
  b: string;
  a_start: number;
  a_end: number;
  b_start: number;
  b_end: number;
  kind: "verbatim" | "reworded";
  similarity: number;
  /** sentence index ranges (inclusive) */
  a_sentences: [number, number];
  b_sentences: [number, number];
}

export interface Alignment {
  a: string;
  b: string;
  pairs: SentencePair[];
  passages: Passage[];
}

/**
 * Similarity of the sentence pairs worth scoring (others stay 0): pairs sharing a content stem or a
 * rare token that is itself rare in b (≤ 2% of b's sentences, at least 10), so that in long articles
 * "said" or "people" do not make every pair a candidate. A sentence made only of common words still
 * looks through all its keys.
 */
export function scoreMatrix(va: SentenceView[], vb: SentenceView[]): Float32Array {
  const m = vb.length;
  const s = new Float32Array(va.length * m);
  const index = new Map<string, number[]>();
  const add = (k: string, j: number) => {
    const list = index.get(k);
    if (list) list.push(j);
    else index.set(k, [j]);
  };
  vb.forEach((v, j) => {
    for (const t of v.content) add(t, j);
    for (const t of v.rare) add("#" + t, j);
  });
  const cap = Math.max(10, Math.ceil(m * 0.02));
  const seen = new Int32Array(m).fill(-1);
  va.forEach((v, i) => {
    const keys = [...v.content, ...[...v.rare].map((r) => "#" + r)];
    const lists = keys.map((k) => index.get(k)).filter((l): l is number[] => l !== undefined);
    const selective = lists.filter((l) => l.length <= cap);
    for (const list of selective.length > 0 ? selective : lists) {
      for (const j of list) {
        if (seen[j] === i) continue;
        seen[j] = i;
        s[i * m + j] = sentenceSimilarity(v, vb[j]);
      }
    }
  });
  return s;
}

/** Monotone alignment maximising the sum of (similarity - bar) over a block of the matrix. */
function monotone(s: Float32Array, m: number, i0: number, i1: number, j0: number, j1: number, bar: number): Array<[number, number]> {
  const h = i1 - i0;
  const w = j1 - j0;
  if (h <= 0 || w <= 0) return [];
  const best = new Float64Array((h + 1) * (w + 1));
  const move = new Uint8Array((h + 1) * (w + 1));
  const W = w + 1;
  for (let i = 1; i <= h; i++) {
    for (let j = 1; j <= w; j++) {
      let v = best[(i - 1) * W + j];
      let mv = 1;
      if (best[i * W + j - 1] > v) { v = best[i * W + j - 1]; mv = 2; }
      const gain = s[(i0 + i - 1) * m + j0 + j - 1] - bar;
      if (gain > 0 && best[(i - 1) * W + j - 1] + gain > v) { v = best[(i - 1) * W + j - 1] + gain; mv = 3; }
      best[i * W + j] = v;
      move[i * W + j] = mv;
    }
  }
  const out: Array<[number, number]> = [];
  let i = h;
  let j = w;
  while (i > 0 && j > 0) {
    const mv = move[i * W + j];
    if (mv === 3) { out.push([i0 + i - 1, j0 + j - 1]); i--; j--; }
    else if (mv === 1) i--;
    else j--;
  }
  return out.reverse();
}

function wordCount(v: SentenceView): number {
  return v.words.length;
}

/** Align two documents sentence by sentence and group the result into passages. */
export function alignDocuments(a: Document, b: Document, options: AlignOptions = {}, views?: { a: SentenceView[]; b: SentenceView[] }): Alignment {
  const o = { ...DEFAULT_ALIGN, ...options };
  const va = views?.a ?? documentViews(a);
  const vb = views?.b ?? documentViews(b);
  const n = va.length;
  const m = vb.length;
  const s = scoreMatrix(va, vb);
  const how = new Map<number, SentencePair["how"]>();
  const anchors = monotone(s, m, 0, n, 0, m, o.anchor);
  for (const [i, j] of anchors) how.set(i * m + j, "anchor");
  // gap filling between consecutive anchors (and before the first / after the last)
  const bounds: Array<[number, number]> = [[-1, -1], ...anchors, [n, m]];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const [ia, ja] = bounds[k];
    const [ib, jb] = bounds[k + 1];
    const edge = k === 0 || k + 1 === bounds.length - 1;
    // before the first / after the last anchor, only sentences right next to it get the lower bar
    const i0 = ia + 1, i1 = ib, j0 = ja + 1, j1 = jb;
    if (edge && anchors.length === 0) continue;
    const lo = edge && k === 0 ? Math.max(i0, i1 - 3) : i0;
    const hi = edge && k !== 0 ? Math.min(i1, i0 + 3) : i1;
    const lo2 = edge && k === 0 ? Math.max(j0, j1 - 3) : j0;
    const hi2 = edge && k !== 0 ? Math.min(j1, j0 + 3) : j1;
    for (const [i, j] of monotone(s, m, lo, hi, lo2, hi2, o.gap)) how.set(i * m + j, "gap");
  }
  // moved passages: unaligned against unaligned, best first
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  for (const key of how.keys()) { usedA.add(Math.floor(key / m)); usedB.add(key % m); }
  const moved: Array<[number, number, number]> = [];
  for (let i = 0; i < n; i++) {
    if (usedA.has(i)) continue;
    for (let j = 0; j < m; j++) if (!usedB.has(j) && s[i * m + j] >= o.moved) moved.push([s[i * m + j], i, j]);
  }
  moved.sort((x, y) => y[0] - x[0]);
  for (const [, i, j] of moved) {
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i); usedB.add(j);
    how.set(i * m + j, "moved");
  }
  const pairs: SentencePair[] = [...how.entries()]
    .map(([key, h]) => {
      const i = Math.floor(key / m);
      const j = key % m;
      return { i, j, similarity: s[key], lcs: lcsRatio(va[i].words, vb[j].words), edit: tokenEditSimilarity(va[i].words, vb[j].words), how: h };
    })
    .filter((p) => p.edit >= o.verbatim || p.similarity >= o.reworded)
    .sort((x, y) => x.i - y.i || x.j - y.j);
  return { a: a.article.id, b: b.article.id, pairs, passages: toPassages(a, b, pairs, va, o.verbatim) };
}

/** Runs of pairs that advance together in both articles, split where the kind changes. */
function toPassages(a: Document, b: Document, pairs: SentencePair[], va: SentenceView[], verbatimBar: number): Passage[] {
  const out: Passage[] = [];
  let run: SentencePair[] = [];
  const kindOf = (p: SentencePair) => (p.edit >= verbatimBar ? "verbatim" : "reworded");
  const flush = () => {
    if (run.length === 0) return;
    const first = run[0];
    const last = run[run.length - 1];
    let weight = 0;
    let sum = 0;
    for (const p of run) { const w = Math.max(1, wordCount(va[p.i])); weight += w; sum += w * p.similarity; }
    const bj = run.map((p) => p.j);
    const jMin = Math.min(...bj);
    const jMax = Math.max(...bj);
    out.push({
      a: a.article.id, b: b.article.id,
      a_start: a.sentences[first.i].start, a_end: a.sentences[last.i].end,
      b_start: b.sentences[jMin].start, b_end: b.sentences[jMax].end,
      kind: kindOf(first), similarity: Math.round((sum / weight) * 1000) / 1000,
      a_sentences: [first.i, last.i], b_sentences: [jMin, jMax],
    });
    run = [];
  };
  for (const p of pairs) {
    const prev = run[run.length - 1];
    if (prev && (p.i !== prev.i + 1 || p.j !== prev.j + 1 || kindOf(p) !== kindOf(prev))) flush();
    run.push(p);
  }
  flush();
  return out;
}
