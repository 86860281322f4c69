/**
 * Source overlap: who copied or rewrote whom, passage by passage. `analyseOverlap` is the one entry
 * point the CLI, the report and the notebook call; its result is the JSON of `newscompare overlap --json`.
 *
 * Small corpora (≤ `exhaustiveLimit` articles, default 300) align every pair: a word-swapping rewrite
 * defeats exact shingles, and aligning a pair of news articles costs a few milliseconds. Larger corpora
 * first go through the candidate filter (fingerprint.ts), which only finds pairs sharing exact text.
 */
import type { Document } from "../text/types";
import { alignDocuments, type AlignOptions, type Passage } from "./align";
import { candidatePairs } from "./fingerprint";
import { documentViews, type SentenceView } from "./normalise";
import { direction, type Direction } from "./provenance";
import { extractQuotes } from "../quotes/extract";
import { matchQuotesByPosition, matchQuotesByText, type QuoteLike, type QuoteMatch } from "./quotes";
import { quotedMask, scorePair, sentenceWords, type PairScore, type SentenceWords } from "./relation";
import { findSubstitutions, type Substitution } from "./substitutions";

export interface OverlapOptions {
  align?: AlignOptions;
  /** align all pairs up to this many articles; above it, only candidate pairs */
  exhaustiveLimit?: number;
  /** quotes of the articles; default: the quotes extractor's speech and partial quotes (titles and scare quotes are not statements) */
  quotes?: QuoteLike[];
  progress?: (message: string) => void;
}

export interface OverlapResult {
  articles: Array<{ id: string; outlet: string; published: string | null; words: number }>;
  /** "all pairs" or "candidate filter" with how many pairs were aligned */
  method: { pairs_considered: number; pairs_aligned: number; strategy: "all pairs" | "candidate filter" };
  pairs: PairScore[];
  passages: Passage[];
  quotes: QuoteMatch[];
  substitutions: Substitution[];
  directions: Direction[];
}

export function analyseOverlap(docs: Document[], options: OverlapOptions = {}): OverlapResult {
  const limit = options.exhaustiveLimit ?? 300;
  // sentence views, word counts and quotes are built only for articles that are in a pair to align
  // (all of them for a small corpus, a few thousand of 20,000 behind the candidate filter)
  const viewCache: Array<SentenceView[] | undefined> = [];
  const wordCache: Array<SentenceWords | undefined> = [];
  const quoteCache: Array<QuoteLike[] | undefined> = [];
  const views = (i: number) => (viewCache[i] ??= documentViews(docs[i]));
  const words = (i: number) => (wordCache[i] ??= sentenceWords(docs[i], quotedMask(docs[i])));
  const quoteList = (i: number): QuoteLike[] => (quoteCache[i] ??= options.quotes
    ? options.quotes.filter((q) => q.article === docs[i].article.id)
    : extractQuotes(docs[i]).filter((q) => q.kind === "speech" || q.kind === "partial"));
  const todo: Array<[number, number]> = [];
  const strategy = docs.length <= limit ? "all pairs" : "candidate filter";
  if (strategy === "all pairs") {
    for (let x = 0; x < docs.length; x++) for (let y = x + 1; y < docs.length; y++) todo.push([x, y]);
  } else {
    options.progress?.(`overlap: candidate filter over ${docs.length} articles`);
    for (const c of candidatePairs(docs.map((d) => d.article.text))) todo.push([c.a, c.b]);
    options.progress?.(`overlap: ${todo.length} candidate pairs to align`);
  }
  // how often a string occurs in the articles other than x and y (names a rewriter mangled)
  let corpusText: string | null = null;
  const elsewhere = (x: number, y: number) => (needle: string) => {
    corpusText ??= docs.map((d) => d.article.text).join("\n");
    return occurrences(corpusText, needle) - occurrences(docs[x].article.text, needle) - occurrences(docs[y].article.text, needle);
  };
  const quotes: QuoteMatch[] = [];

  const pairs: PairScore[] = [];
  const passages: Passage[] = [];
  const substitutions: Substitution[] = [];
  const directions: Direction[] = [];
  todo.forEach(([x, y], k) => {
    if (k % 500 === 0 && k > 0) options.progress?.(`overlap: aligned ${k} of ${todo.length} pairs`);
    const A = docs[x];
    const B = docs[y];
    const al = alignDocuments(A, B, options.align, { a: views(x), b: views(y) });
    const byText = matchQuotesByText(quoteList(x), quoteList(y));
    const score = scorePair(al, A, B, words(x), words(y), views(x), views(y), byText.length);
    quotes.push(...byText, ...matchQuotesByPosition(al, A, B, quoteList(x), quoteList(y), byText));
    pairs.push(score);
    passages.push(...al.passages);
    if (score.relation === "copy" || score.relation === "rewrite") {
      const subs = findSubstitutions(al, A, B);
      const dir = direction(al, score, A, B, subs, strategy === "all pairs" ? docs.filter((_, z) => z !== x && z !== y) : elsewhere(x, y));
      directions.push(dir);
      // orient the table from the probable source to the derived article
      substitutions.push(...(dir.source === B.article.id ? findSubstitutions(al, B, A, true) : subs));
    }
  });
  return {
    articles: docs.map((d, i) => ({ id: d.article.id, outlet: d.article.outlet, published: d.article.published, words: (wordCache[i] ?? sentenceWords(d, quotedMask(d))).words.reduce((s, w) => s + w, 0) })),
    method: { pairs_considered: (docs.length * (docs.length - 1)) / 2, pairs_aligned: todo.length, strategy },
    pairs,
    passages,
    quotes,
    substitutions,
    directions,
  };
}

/** Non-overlapping occurrences of needle in haystack. */
function occurrences(haystack: string, needle: string): number {
  if (needle.length === 0) return 0;
  let n = 0;
  for (let k = haystack.indexOf(needle); k >= 0; k = haystack.indexOf(needle, k + needle.length)) n++;
  return n;
}

export { alignDocuments } from "./align";
export type { Alignment, Passage, SentencePair, AlignOptions } from "./align";
export type { PairScore, Relation } from "./relation";
export type { Substitution } from "./substitutions";
export type { Direction } from "./provenance";
export type { QuoteMatch } from "./quotes";
