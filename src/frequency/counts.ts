/**
 * Term counts per article or per outlet: words (or stems), multi-word names, n-grams of 1..3.
 *
 * Rates are per 10,000 words, and the denominator is the number of words of the group as the
 * `corpus` command counts them (word and number tokens, stopwords included; punctuation and a
 * split-off "'s" not), so a rate means the same thing whatever terms
 * are listed: "war 45.2" = 45.2 times per 10,000 words of running text. Counting is case-folded;
 * each term keeps its most common written form for display ("White House", not "white house").
 *
 * Terms are interned to integer ids once for the whole corpus; per-group counts are Maps of id →
 * count, so keyness and TF-IDF work on integers.
 */
import type { Article } from "../corpus/article";
import { unitKey } from "../grouping/groups";
import type { Unit } from "../grouping/unit";
import { toDocument } from "../text/document";
import { fold } from "../text/normalise";
import { createSliceInterner } from "../text/slice-interner";
import { scanWords } from "../text/tokens";
import type { Document } from "../text/types";
import { mostCommon } from "./phrases";
import { forEachGram, isWord, walkRuns, type Run, type UnitOptions } from "./units";
import { fromMap, mergeCounts, type TermCounts } from "./term-counts";

const EMPTY: TermCounts = { ids: new Int32Array(0), counts: new Int32Array(0) };

/**
 * The unit of comparison (src/grouping): one group per article, per outlet, per publication day or
 * per story. Articles the metadata cannot place share one group ("outlet not known", "no date",
 * "no story named"), as on every chart of the report.
 */
export type GroupBy = Unit;

export interface CountOptions extends UnitOptions {
  /** longest n-gram, in units (a merged name is one unit); default 1 */
  ngram: number;
  /** the unit the articles are grouped by; the group key is `unitKey` of src/grouping */
  by: GroupBy;
}

/** A group of articles: one article, or all articles of one outlet, day or story. */
export interface Group {
  /** the group's key from src/grouping's `unitKey`: article id, outlet, day (YYYY-MM-DD) or story */
  key: string;
  /** the outlet its articles share; "unknown" when they name none or several (a day, a story) */
  outlet: string;
  articles: string[];
  /** earliest publication date of its articles (ISO), null when none is known */
  published: string | null;
  /** words (word and number tokens, stopwords included): the denominator of every rate */
  words: number;
}

export type TermKind = "word" | "stem" | "name" | "ngram";

export interface TermInfo {
  /** the counting key: folded words (or stems) joined by spaces */
  key: string;
  /** most common written form */
  display: string;
  kind: TermKind;
  /** number of units (1 for a word or a merged name) */
  n: number;
}

/** The in-memory index behind counts, keyness, TF-IDF and charts. */
export interface CountTable {
  by: GroupBy;
  unit: UnitOptions["unit"];
  groups: Group[];
  terms: TermInfo[];
  /** per group (same order as groups): term ids and their counts */
  counts: TermCounts[];
  /** term id → count in the whole corpus */
  total: number[];
  /** term id → number of groups that contain it */
  df: number[];
  /** all word tokens of the corpus */
  words: number;
}

/**
 * Group key of an article: src/grouping's `unitKey`, the one rule every section uses, so a group of
 * the word counts is the same group (same key, label, colour) as on every other chart.
 */
export function groupKey(doc: Document, by: GroupBy): string {
  return unitKey(doc.article, by);
}

/**
 * A counter that takes documents one at a time, so a large corpus never holds every document's
 * tokens at once (the benchmark streams 110 MB through it); `countTerms` is the one-shot form.
 */
export interface TermCounter {
  add(doc: Document): void;
  /**
   * Same as `add(toDocument(article))`; for single words without names it scans the text without
   * building tokens (the benchmark's path: about twice as fast on 110 MB).
   */
  addArticle(article: Article): void;
  finish(): CountTable;
}

export function createCounter(options: CountOptions): TermCounter {
  const ids = new Map<string, number>();
  const terms: TermInfo[] = [];
  const forms: Array<Map<string, number>> = [];
  const total: number[] = [];
  const groups: Group[] = [];
  const counts: TermCounts[] = [];
  const groupIndex = new Map<string, number>();
  let corpusWords = 0;
  let gc: Map<number, number> = new Map();
  let docCounts: TermCounts = EMPTY;
  let run: Run | null = null;
  const visit = (k: string, surface: string, from: number, _to: number, n: number) => {
    let id = ids.get(k);
    if (id === undefined) {
      id = terms.length;
      ids.set(k, id);
      const merged = n === 1 && run!.words[from] > 1;
      terms.push({ key: k, display: "", kind: n > 1 ? "ngram" : merged ? "name" : options.unit, n });
      forms.push(new Map());
      total.push(0);
    }
    const f = forms[id];
    f.set(surface, (f.get(surface) ?? 0) + 1);
    total[id]++;
    gc.set(id, (gc.get(id) ?? 0) + 1);
  };
  const onRun = (r: Run) => {
    run = r;
    forEachGram(r, options.ngram, visit);
  };

  // Fast path for single words without names (the common case and the benchmark): a token's
  // surface decides its norm, stem and stopword status, so one lookup per token on the surface
  // replaces folding, stemming, the stopword test and the term lookup. Same results as the walk.
  // Surfaces are interned by their characters in place (no string per token); `addArticle` also
  // skips building tokens, through the scanner that `tokenize` itself uses.
  const fast = options.ngram === 1 && !options.phrases;
  const surfaces = createSliceInterner();
  let surfaceTerm: Int32Array = new Int32Array(1024);
  let surfaceCount: Int32Array = new Int32Array(1024);
  let nSurfaces = 0;
  let scratch: Int32Array = new Int32Array(1024);
  let touched: Int32Array = new Int32Array(1024);
  let nTouched = 0;
  let docWords = 0;
  const numbers = options.numbers;
  /** term id of a new surface (-1 for a stopword) */
  const termOfSurface = (surface: string): number => {
    const norm = fold(surface);
    if (options.stopwords.has(norm)) return -1;
    const k = options.unit === "stem" ? options.stem(norm) : norm;
    const known = ids.get(k);
    if (known !== undefined) return known;
    const id = terms.length;
    ids.set(k, id);
    terms.push({ key: k, display: "", kind: options.unit, n: 1 });
    forms.push(new Map());
    total.push(0);
    return id;
  };
  /** count the word or number text[start, end) (the surface of one token) */
  const countWord = (text: string, start: number, end: number, number: boolean): void => {
    if (number) {
      docWords++;
      if (!numbers) return;
    } else if (!isApostrophe(text.charCodeAt(start))) docWords++;
    const s = surfaces.intern(text, start, end);
    if (s >= surfaceTerm.length) {
      surfaceTerm = grown(surfaceTerm, s + 1);
      surfaceCount = grown(surfaceCount, s + 1);
    }
    if (s === nSurfaces) {
      surfaceTerm[s] = termOfSurface(surfaces.get(s));
      nSurfaces++;
    }
    const id = surfaceTerm[s];
    if (id < 0) return;
    surfaceCount[s]++;
    total[id]++;
    if (id >= scratch.length) scratch = grown(scratch, id + 1);
    if (scratch[id]++ === 0) {
      if (nTouched === touched.length) touched = grown(touched, nTouched + 1);
      touched[nTouched++] = id;
    }
  };
  let current = "";
  const onWord = (start: number, end: number, number: boolean): void => countWord(current, start, end, number);
  /** the counts of the words seen since the last call; resets the per-document state */
  const takeCounts = (): TermCounts => {
    const n = nTouched;
    const tc: TermCounts = { ids: new Int32Array(n), counts: new Int32Array(n) };
    for (let i = 0; i < n; i++) {
      const id = touched[i];
      tc.ids[i] = id;
      tc.counts[i] = scratch[id];
      scratch[id] = 0;
    }
    nTouched = 0;
    return tc;
  };
  /** counts the document's single words; returns its word count (the rate denominator) */
  const addUnigrams = (doc: Document): number => {
    docWords = 0;
    for (const t of doc.tokens) if (t.kind === "word" || t.kind === "number") countWord(t.surface, 0, t.surface.length, t.kind === "number");
    docCounts = takeCounts();
    return docWords;
  };
  const addUnigramsOfText = (text: string): number => {
    docWords = 0;
    current = text;
    scanWords(text, onWord);
    current = "";
    docCounts = takeCounts();
    return docWords;
  };

  const addGroup = (doc: Document, count: () => number): void => {
    const key = groupKey(doc, options.by);
    let g = groupIndex.get(key);
    if (g === undefined) {
      g = groups.length;
      groupIndex.set(key, g);
      groups.push({ key, outlet: doc.article.outlet, articles: [], published: null, words: 0 });
      counts.push(EMPTY);
    }
    const group = groups[g];
    if (group.articles.length > 0 && group.outlet !== doc.article.outlet) group.outlet = "unknown";
    group.articles.push(doc.article.id);
    const pub = doc.article.published;
    if (pub && (group.published === null || pub < group.published)) group.published = pub;
    const words = count();
    counts[g] = counts[g] === EMPTY ? docCounts : mergeCounts(counts[g], docCounts);
    group.words += words;
    corpusWords += words;
  };
  const addWalked = (doc: Document): number => {
    let words = 0;
    gc = new Map();
    for (const t of doc.tokens) if (isWord(t)) words++;
    walkRuns(doc, options, onRun);
    docCounts = fromMap(gc);
    return words;
  };

  const add = (doc: Document): void => addGroup(doc, () => (fast ? addUnigrams(doc) : addWalked(doc)));

  return {
    add,
    addArticle(article) {
      if (!fast) add(toDocument(article));
      else addGroup({ article, tokens: [], sentences: [] }, () => addUnigramsOfText(article.text));
    },
    finish() {
      if (options.by === "date") {
        // days in calendar order (the undated articles' group after them)
        const order = groups.map((_, i) => i).sort((a, b) => compareDays(groups[a], groups[b]));
        const g2 = order.map((i) => groups[i]);
        const c2 = order.map((i) => counts[i]);
        groups.splice(0, groups.length, ...g2);
        counts.splice(0, counts.length, ...c2);
      }
      // Fast path: a term's display form is its most frequent surface (first seen on ties).
      const best = new Array<number>(terms.length).fill(-1);
      for (let s = 0; s < nSurfaces; s++) {
        const id = surfaceTerm[s];
        if (id >= 0 && (best[id] < 0 || surfaceCount[s] > surfaceCount[best[id]])) best[id] = s;
      }
      for (let id = 0; id < terms.length; id++) terms[id].display = best[id] >= 0 ? surfaces.get(best[id]) : mostCommon(forms[id]);
      const df = new Array<number>(terms.length).fill(0);
      for (const c of counts) for (let i = 0; i < c.ids.length; i++) df[c.ids[i]]++;
      return { by: options.by, unit: options.unit, groups, terms, counts, total, df, words: corpusWords };
    },
  };
}

export function countTerms(docs: Document[], options: CountOptions): CountTable {
  const counter = createCounter(options);
  for (const doc of docs) counter.add(doc);
  return counter.finish();
}

function grown(a: Int32Array, min: number): Int32Array {
  const b = new Int32Array(Math.max(min, a.length * 2));
  b.set(a);
  return b;
}

/** The apostrophes a split-off clitic ("'s", "’s") starts with: such a token is not a word of the rate denominator. */
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018 || c === 0x2bc || c === 0x2032 || c === 0xff07;
}

function compareDays(a: Group, b: Group): number {
  if (a.published && b.published) return compareKeys(a.key, b.key);
  if (a.published || b.published) return a.published ? -1 : 1;
  return 0;
}

/** Occurrences per 10,000 words. */
export function per10k(count: number, words: number): number {
  return words > 0 ? (count * 10000) / words : 0;
}

/** A row of the `terms` list of the JSON contract. */
export interface TermRow {
  /** group key (article id, or outlet when counting by outlet) */
  article: string;
  term: string;
  key: string;
  kind: TermKind;
  count: number;
  per10k: number;
}

/** The `top` most frequent terms of each group (all when top is Infinity), most frequent first. */
export function termRows(table: CountTable, top = 20, minN = 1, maxN = Infinity): TermRow[] {
  const rows: TermRow[] = [];
  table.groups.forEach((group, g) => {
    const list: Array<[number, number]> = [];
    const tc = table.counts[g];
    for (let i = 0; i < tc.ids.length; i++) {
      const id = tc.ids[i];
      const c = tc.counts[i];
      const n = table.terms[id].n;
      if (n >= minN && n <= maxN) list.push([id, c]);
    }
    list.sort((a, b) => b[1] - a[1] || compareKeys(table.terms[a[0]].key, table.terms[b[0]].key));
    for (const [id, c] of list.slice(0, top)) {
      const t = table.terms[id];
      rows.push({ article: group.key, term: t.display, key: t.key, kind: t.kind, count: c, per10k: round(per10k(c, group.words)) });
    }
  });
  return rows;
}

export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Two decimals: enough for rates and scores, stable in snapshots and JSON. */
export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
