/**
 * Source overlap: who copied or rewrote whom, passage by passage. `analyseOverlap` is the one entry
 * point the CLI, the report and the notebook call; its result is the JSON of `newscompare overlap --json`.
 *
 * At every corpus size only the pairs the candidate filter proposes (fingerprint.ts: narration shingles
 * in two families — word 5-grams for copied text, masked 7-grams for rewrites that swap content words)
 * are aligned sentence by sentence; aligning a pair costs a few milliseconds, and a corpus of 255
 * articles has 32,385 pairs. `strategy: "all pairs"` aligns every pair instead, for comparison.
 * Corpora up to `listAllPairsUpTo` articles (LIST_ALL_PAIRS_UP_TO, 100) still list every pair: pairs with a few exact
 * shingles of narration or of a quotation in common are aligned too (one shared sentence is too little
 * for the sampled probe), and the rest are scored from what needs no alignment — quotations matched by
 * text and the names and numbers they share — so `shared quotes`, `same story` and `unrelated` mean
 * what they mean when every pair is aligned. That costs tokenising every article and scoring every
 * pair (at 255 articles 15 s of CPU instead of 7 s), so larger corpora list only the aligned pairs,
 * and `analyseOverlapArticles` tokenises only the articles in them (1,226 of allsides' 17,867), where
 * tokenising all of them would take 2 GB of heap and half a minute.
 */
import type { Article } from "../corpus/article";
import { toDocument } from "../text/document";
import type { Document } from "../text/types";
import { alignDocuments, type Alignment, type AlignOptions, type Passage } from "./align";
import { articlePrint, candidatesFromPrints, countInTexts, passagePairs, quotedShingles, SHINGLE_FAMILIES, type FingerprintOptions } from "./fingerprint";
import { documentViews, type SentenceView } from "./normalise";
import { direction, type Direction } from "./provenance";
import { extractQuotes } from "../quotes/extract";
import { matchQuotesByPosition, matchQuotesByText, quoteWords, type QuoteLike, type QuoteMatch } from "./quotes";
import { quotedMask, scorePair, sentenceWords, type PairScore, type SentenceWords } from "./relation";
import { findSubstitutions, type Substitution } from "./substitutions";

/**
 * Up to this many articles every pair is listed (a report compares articles one by one up to about
 * this size; beyond it the pairs that share no text are many and say nothing).
 */
export const LIST_ALL_PAIRS_UP_TO = 100;

export interface OverlapOptions {
  align?: AlignOptions;
  /** which pairs are aligned: the candidate filter's (default, at every size) or every pair (slow; for comparison) */
  strategy?: "candidate filter" | "all pairs";
  /** corpora up to this many articles list every pair, those outside the filter scored without alignment (default LIST_ALL_PAIRS_UP_TO) */
  listAllPairsUpTo?: number;
  /** the candidate filter's settings */
  fingerprint?: FingerprintOptions;
  /** quotes of the articles; default: the quotes extractor's speech and partial quotes (titles and scare quotes are not statements) */
  quotes?: QuoteLike[];
  progress?: (message: string) => void;
}

export interface OverlapResult {
  /** `words` is null for an article of a large corpus that was never tokenised (in no candidate pair) */
  articles: Array<{ id: string; outlet: string; published: string | null; words: number | null }>;
  /**
   * which pairs were aligned ("candidate filter" or "all pairs") and how many; `pairs_listed` counts the
   * pairs in `pairs`: the aligned ones, plus, in a corpus of up to `listAllPairsUpTo` articles, every
   * other pair scored from its quotes and names without alignment
   */
  method: { pairs_considered: number; pairs_aligned: number; pairs_listed: number; strategy: "all pairs" | "candidate filter" };
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
  const n = articles.length;
  const strategy = options.strategy ?? "candidate filter";
  const listAll = n <= (options.listAllPairsUpTo ?? LIST_ALL_PAIRS_UP_TO);
  // sentence views, word counts and quotes are built only for articles that are in a listed pair
  // (all of them for a small corpus, a few thousand of 20,000 behind the candidate filter)
  const viewCache: Array<SentenceView[] | undefined> = [];
  const wordCache: Array<SentenceWords | undefined> = [];
  const quoteCache: Array<QuoteLike[] | undefined> = [];
  const views = (i: number) => (viewCache[i] ??= documentViews(doc(i)));
  const words = (i: number) => (wordCache[i] ??= sentenceWords(doc(i), quotedMask(doc(i))));
  const quoteList = (i: number): QuoteLike[] => (quoteCache[i] ??= options.quotes
    ? options.quotes.filter((q) => q.article === articles[i].id)
    : extractQuotes(doc(i)).filter((q) => q.kind === "speech" || q.kind === "partial"));
  // pairs in (x, y) order, each aligned or only scored
  const todo: Array<[number, number, boolean]> = [];
  if (strategy === "all pairs") {
    for (let x = 0; x < n; x++) for (let y = x + 1; y < n; y++) todo.push([x, y, true]);
  } else {
    options.progress?.(`overlap: candidate filter over ${n} articles`);
    const families = options.fingerprint?.families ?? SHINGLE_FAMILIES;
    const prints = articles.map((a) => articlePrint(a.text, families, options.fingerprint?.sample));
    const candidates = candidatesFromPrints(prints, options.fingerprint);
    if (listAll) {
      // every pair is listed: those sharing a short passage (one sentence) or a quotation are aligned
      // too, so that their relation is the one aligning every pair gives
      const quoted = articles.map((a) => quotedShingles(a.text));
      const aligned = new Set([...candidates, ...passagePairs(prints, families, quoted)].map((c) => c.a * n + c.b));
      options.progress?.(`overlap: ${aligned.size} candidate pairs to align`);
      for (let x = 0; x < n; x++) for (let y = x + 1; y < n; y++) todo.push([x, y, aligned.has(x * n + y)]);
    } else {
      options.progress?.(`overlap: ${candidates.length} candidate pairs to align`);
      for (const c of candidates) todo.push([c.a, c.b, true]);
    }
  }
  const alignedCount = todo.filter((t) => t[2]).length;
  const quoteKeys = quoteTrigrams(n, quoteList);
  const quotes: QuoteMatch[] = [];

  const pairs: PairScore[] = [];
  const passages: Passage[] = [];
  const substitutions: Substitution[] = [];
  const directions: Direction[] = [];
  const related: Array<{ x: number; y: number; al: Alignment; score: PairScore; subs: Substitution[] }> = [];
  let done = 0;
  for (const [x, y, align] of todo) {
    const A = doc(x);
    const B = doc(y);
    // quotes are compared by text only where the two share three quoted words in a row (a match needs
    // that run), which most pairs do not
    const shared = sharedQuotes(quoteKeys(x), quoteKeys(y), quoteList(x), quoteList(y));
    const byText = shared ? matchQuotesByText(shared[0], shared[1]) : [];
    // a pair the filter did not propose: no alignment
    if (!align) {
      quotes.push(...byText);
      pairs.push(scorePair({ a: A.article.id, b: B.article.id, pairs: [], passages: [] }, A, B, words(x), words(y), views(x), views(y), byText.length, undefined, options.align?.verbatim));
      continue;
    }
    if (done % 500 === 0 && done > 0) options.progress?.(`overlap: aligned ${done} of ${alignedCount} pairs`);
    done++;
    const al = alignDocuments(A, B, options.align, { a: views(x), b: views(y) });
    const score = scorePair(al, A, B, words(x), words(y), views(x), views(y), byText.length, undefined, options.align?.verbatim);
    quotes.push(...byText, ...matchQuotesByPosition(al, A, B, quoteList(x), quoteList(y), byText));
    pairs.push(score);
    passages.push(...al.passages);
    if (score.relation === "copy" || score.relation === "rewrite" || score.relation === "shared passage") related.push({ x, y, al, score, subs: findSubstitutions(al, A, B) });
  }
  // direction, for copies, rewrites and shared passages; mangled names are checked against the rest of the corpus, in one
  // pass over all articles (the same counts as scanning the other articles pair by pair, which took 5 s of
  // 255 articles with 550 related pairs)
  const names = related.flatMap((r) => r.subs.filter((s) => s.kind === "name").flatMap((s) => [s.from, s.to]));
  const corpusCounts = names.length > 0 ? countInTexts(articles.map((a) => a.text), names) : null;
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
    method: { pairs_considered: (n * (n - 1)) / 2, pairs_aligned: alignedCount, pairs_listed: pairs.length, strategy },
    pairs,
    passages,
    quotes,
    substitutions,
    directions,
  };
}

interface QuoteTrigrams {
  /** per quote, its word trigrams in matchQuotesByText's word key (lower case, straight apostrophes) */
  each: Array<Set<string>>;
  all: Set<string>;
}

/** Per article, built on demand: the word trigrams of its quotes. */
function quoteTrigrams(n: number, quoteList: (i: number) => QuoteLike[]): (i: number) => QuoteTrigrams {
  const cache: Array<QuoteTrigrams | undefined> = new Array(n);
  return (i) => {
    const known = cache[i];
    if (known) return known;
    const each = quoteList(i).map((q) => {
      const w = quoteWords(q.text).map((x) => x.toLowerCase().replace(/[’‘]/g, "'"));
      const out = new Set<string>();
      for (let k = 0; k + 2 < w.length; k++) out.add(`${w[k]} ${w[k + 1]} ${w[k + 2]}`);
      return out;
    });
    const all = new Set<string>();
    for (const set of each) for (const t of set) all.add(t);
    return (cache[i] = { each, all });
  };
}

/**
 * The quotes of a and b that share a word trigram with some quote of the other, or null when none do.
 * matchQuotesByText needs a run of three equal words, so the quotes left out can match nothing, and
 * leaving them out changes no match.
 */
function sharedQuotes(ka: QuoteTrigrams, kb: QuoteTrigrams, qa: QuoteLike[], qb: QuoteLike[]): [QuoteLike[], QuoteLike[]] | null {
  const [small, large] = ka.all.size <= kb.all.size ? [ka.all, kb.all] : [kb.all, ka.all];
  let any = false;
  for (const t of small) if (large.has(t)) { any = true; break; }
  if (!any) return null;
  const meets = (set: Set<string>, other: Set<string>) => { for (const t of set) if (other.has(t)) return true; return false; };
  return [qa.filter((_, k) => meets(ka.each[k], kb.all)), qb.filter((_, k) => meets(kb.each[k], ka.all))];
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
