/**
 * Source overlap: who copied or rewrote whom, passage by passage. `analyseOverlap` is the one entry
 * point the CLI, the report and the notebook call; its result is the JSON of `newscompare overlap --json`.
 *
 * Small corpora (≤ `exhaustiveLimit` articles, default 300) align every pair: a word-swapping rewrite
 * defeats exact shingles, and aligning a pair of news articles costs a few milliseconds. Larger corpora
 * first go through the candidate filter (fingerprint.ts), which only finds pairs sharing exact text;
 * `analyseOverlapArticles` then tokenises only the articles in a candidate pair (1,226 of allsides'
 * 17,867), where tokenising all of them would take 2 GB of heap and half a minute.
 */
import type { Article } from "../corpus/article";
import { toDocument } from "../text/document";
import type { Document } from "../text/types";
import { alignDocuments, type Alignment, type AlignOptions, type Passage } from "./align";
import { candidatePairs, countInTexts } from "./fingerprint";
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
  /** `words` is null for an article of a large corpus that was never tokenised (in no candidate pair) */
  articles: Array<{ id: string; outlet: string; published: string | null; words: number | null }>;
  /** "all pairs" or "candidate filter" with how many pairs were aligned */
  method: { pairs_considered: number; pairs_aligned: number; strategy: "all pairs" | "candidate filter" };
  pairs: PairScore[];
  passages: Passage[];
  quotes: QuoteMatch[];
  substitutions: Substitution[];
  directions: Direction[];
}

/** Overlap of documents already tokenised. */
export function analyseOverlap(docs: Document[], options: OverlapOptions = {}): OverlapResult {
  return analyse(docs.map((d) => d.article), (i) => docs[i], (i) => docs[i], options);
}

/**
 * Overlap of articles, tokenised on demand: all of them for a small corpus, only those in a candidate
 * pair for a large one (each once, kept while the pairs are aligned).
 */
export function analyseOverlapArticles(articles: Article[], options: OverlapOptions = {}, tokenise: (a: Article) => Document = toDocument): OverlapResult {
  const built: Array<Document | undefined> = [];
  return analyse(articles, (i) => (built[i] ??= tokenise(articles[i])), (i) => built[i], options);
}

function analyse(articles: Article[], doc: (i: number) => Document, known: (i: number) => Document | undefined, options: OverlapOptions): OverlapResult {
  const limit = options.exhaustiveLimit ?? 300;
  const n = articles.length;
  // sentence views, word counts and quotes are built only for articles that are in a pair to align
  // (all of them for a small corpus, a few thousand of 20,000 behind the candidate filter)
  const viewCache: Array<SentenceView[] | undefined> = [];
  const wordCache: Array<SentenceWords | undefined> = [];
  const quoteCache: Array<QuoteLike[] | undefined> = [];
  const views = (i: number) => (viewCache[i] ??= documentViews(doc(i)));
  const words = (i: number) => (wordCache[i] ??= sentenceWords(doc(i), quotedMask(doc(i))));
  const quoteList = (i: number): QuoteLike[] => (quoteCache[i] ??= options.quotes
    ? options.quotes.filter((q) => q.article === articles[i].id)
    : extractQuotes(doc(i)).filter((q) => q.kind === "speech" || q.kind === "partial"));
  const todo: Array<[number, number]> = [];
  const strategy = n <= limit ? "all pairs" : "candidate filter";
  if (strategy === "all pairs") {
    for (let x = 0; x < n; x++) for (let y = x + 1; y < n; y++) todo.push([x, y]);
  } else {
    options.progress?.(`overlap: candidate filter over ${n} articles`);
    for (const c of candidatePairs(articles.map((a) => a.text))) todo.push([c.a, c.b]);
    options.progress?.(`overlap: ${todo.length} candidate pairs to align`);
  }
  const quotes: QuoteMatch[] = [];

  const pairs: PairScore[] = [];
  const passages: Passage[] = [];
  const substitutions: Substitution[] = [];
  const directions: Direction[] = [];
  const related: Array<{ x: number; y: number; al: Alignment; score: PairScore; subs: Substitution[] }> = [];
  todo.forEach(([x, y], k) => {
    if (k % 500 === 0 && k > 0) options.progress?.(`overlap: aligned ${k} of ${todo.length} pairs`);
    const A = doc(x);
    const B = doc(y);
    const al = alignDocuments(A, B, options.align, { a: views(x), b: views(y) });
    const byText = matchQuotesByText(quoteList(x), quoteList(y));
    const score = scorePair(al, A, B, words(x), words(y), views(x), views(y), byText.length, undefined, options.align?.verbatim);
    quotes.push(...byText, ...matchQuotesByPosition(al, A, B, quoteList(x), quoteList(y), byText));
    pairs.push(score);
    passages.push(...al.passages);
    if (score.relation === "copy" || score.relation === "rewrite" || score.relation === "shared passage") related.push({ x, y, al, score, subs: findSubstitutions(al, A, B) });
  });
  // direction, for copies, rewrites and shared passages; mangled names are checked against the rest of the corpus, in one
  // pass over all articles for a large corpus
  const names = related.flatMap((r) => r.subs.filter((s) => s.kind === "name").flatMap((s) => [s.from, s.to]));
  const corpusCounts = strategy === "candidate filter" && names.length > 0 ? countInTexts(articles.map((a) => a.text), names) : null;
  for (const { x, y, al, score, subs } of related) {
    const A = doc(x);
    const B = doc(y);
    const others = corpusCounts
      ? (needle: string) => (corpusCounts.get(needle) ?? 0) - occurrences(A.article.text, needle) - occurrences(B.article.text, needle)
      : articles.map((_, z) => z).filter((z) => z !== x && z !== y).map(doc);
    const dir = direction(al, score, A, B, subs, others);
    directions.push(dir);
    // orient the table from the probable source to the derived article
    substitutions.push(...(dir.source === B.article.id ? findSubstitutions(al, B, A, true) : subs));
  }
  return {
    articles: articles.map((a, i) => {
      const d = known(i);
      const w = wordCache[i] ?? (d ? sentenceWords(d, quotedMask(d)) : null);
      return { id: a.id, outlet: a.outlet, published: a.published, words: w ? w.words.reduce((s, x) => s + x, 0) : null };
    }),
    method: { pairs_considered: (n * (n - 1)) / 2, pairs_aligned: todo.length, strategy },
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
