/**
 * Sentence similarity for rewrites: several weak signals, combined by a logistic regression trained on
 * the MSR paraphrase corpus (bench/overlap/train-similarity.ts writes similarity-model.ts and prints its
 * cross-validated accuracy). The signals are the ones a word-swapping rewriter cannot hide all at once:
 * shared content stems, shared names and numbers, character trigrams (morphology), word order (bigrams).
 * Second round (MSRP 10-fold CV accuracy 74.6% → 76.3%, F1 82.2% → 83.4%): character trigram cosine of
 * the whole sentence (function words included), word n-gram precision both ways (BLEU-like, n = 1..4), numbers present on one
 * side only, negation mismatch, and word overlap weighted by IDF (document frequencies of the training
 * sentences, stored with the model; words rarer than the table's floor count as rare).
 */
import { predict } from "./logistic";
import type { SentenceView } from "./normalise";
import { SIMILARITY_IDF, SIMILARITY_MODEL } from "./similarity-model";
import { idfLookup, type IdfWeights } from "./idf";

export { buildIdfTable, idfLookup, type IdfTable, type IdfWeights } from "./idf";

const modelIdf = idfLookup(SIMILARITY_IDF);

export const FEATURE_NAMES = [
  "content_dice",
  "content_containment",
  "rare_jaccard",
  "trigram_cosine",
  "length_ratio",
  "bigram_dice",
  "number_mismatch",
  "rare_unmatched",
  "word_dice",
  "trigram_word_dice",
  "lcs_ratio",
  "unmatched_content",
  "char_trigram_cosine",
  "unigram_precision_min",
  "unigram_precision_max",
  "bigram_precision_min",
  "bigram_precision_max",
  "trigram_precision_min",
  "trigram_precision_max",
  "fourgram_precision_min",
  "fourgram_precision_max",
  "negation_mismatch",
  "numbers_one_side_max",
  "numbers_one_side_min",
  "idf_precision_min",
  "idf_precision_max",
  "idf_jaccard",
  "idf_unmatched_max",
  "idf_unmatched_min",
] as const;

/** Longest common subsequence of two word lists, as a share of the longer one: word order kept. */
export function lcsRatio(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const prev = new Uint16Array(b.length + 1);
  const cur = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    }
    prev.set(cur);
  }
  return prev[b.length] / Math.max(a.length, b.length);
}

/**
 * Token edit similarity: 1 − (word insertions, deletions and substitutions) / longer length. The measure
 * of `verbatim`: "the same words, allowing small edits". Unlike the LCS share it charges a swapped word
 * once, so three synonyms in a 24-word sentence (0.875) are a rewording, one changed word (0.958) is not.
 */
export function tokenEditSimilarity(a: string[], b: string[]): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 0;
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    [prev, cur] = [cur, prev];
  }
  return 1 - prev[b.length] / longer;
}

function dice(shared: number, total: number): number {
  return total === 0 ? 0 : (2 * shared) / total;
}

function intersect<T>(a: Set<T>, b: Set<T>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}

export function trigramCosine(a: SentenceView, b: SentenceView): number {
  if (a.gramNorm === 0 || b.gramNorm === 0) return 0;
  const [small, large] = a.grams.size <= b.grams.size ? [a.grams, b.grams] : [b.grams, a.grams];
  let dot = 0;
  for (const [g, c] of small) {
    const o = large.get(g);
    if (o) dot += c * o;
  }
  return dot / (a.gramNorm * b.gramNorm);
}

/** Cosine of the character trigram count vectors of the whole sentences (one merge of the sorted hash lists). */
export function charCosine(a: SentenceView, b: SentenceView): number {
  if (a.chars.norm === 0 || b.chars.norm === 0) return 0;
  const ka = a.chars.keys, kb = b.chars.keys, ca = a.chars.counts, cb = b.chars.counts;
  const na = ka.length, nb = kb.length;
  let dot = 0;
  let i = 0, j = 0;
  while (i < na && j < nb) {
    const x = ka[i], y = kb[j];
    if (x < y) i++;
    else if (x > y) j++;
    else { dot += ca[i] * cb[j]; i++; j++; }
  }
  return dot / (a.chars.norm * b.chars.norm);
}

/** Share of each side's distinct n-grams found on the other side (i of them shared), as [lower, higher]. */
function precisions(x: Set<string>, y: Set<string>, i: number): [number, number] {
  const px = x.size === 0 ? 0 : i / x.size;
  const py = y.size === 0 ? 0 : i / y.size;
  return [Math.min(px, py), Math.max(px, py)];
}

function missing<T>(x: Set<T>, y: Set<T>): number {
  let n = 0;
  for (const v of x) if (!y.has(v)) n++;
  return n;
}

/** IDF-weighted word overlap: precision both ways, weighted Jaccard, and the unmatched IDF mass of each side (/20). */
function idfOverlap(a: SentenceView, b: SentenceView, weights: IdfWeights, sharedWords: number): number[] {
  const sa = weights.mass(a);
  const sb = weights.mass(b);
  let shared = 0;
  if (sharedWords > 0) {
    const [small, large] = a.unigrams.size <= b.unigrams.size ? [a.unigrams, b.unigrams] : [b.unigrams, a.unigrams];
    for (const w of small) if (large.has(w)) shared += weights.idf(w);
  }
  const pa = sa === 0 ? 0 : shared / sa;
  const pb = sb === 0 ? 0 : shared / sb;
  const union = sa + sb - shared;
  return [Math.min(pa, pb), Math.max(pa, pb), union === 0 ? 0 : shared / union, Math.max(sa - shared, sb - shared) / 20, Math.min(sa - shared, sb - shared) / 20];
}

/**
 * The feature vector of a sentence pair (symmetric in a and b). `idf` defaults to the model's table;
 * cross-validation passes one built from the training folds only.
 */
export function pairFeatures(a: SentenceView, b: SentenceView, idf: IdfWeights = modelIdf): number[] {
  const ci = intersect(a.content, b.content);
  const cs = a.content.size + b.content.size;
  const ri = intersect(a.rare, b.rare);
  const ru = a.rare.size + b.rare.size - ri;
  const bi = intersect(a.bigrams, b.bigrams);
  const bs = a.bigrams.size + b.bigrams.size;
  const la = a.words.length;
  const lb = b.words.length;
  const ni = intersect(a.numbers, b.numbers);
  const ui = intersect(a.unigrams, b.unigrams);
  const ti = bi === 0 ? 0 : intersect(a.trigrams, b.trigrams);
  const numbersOnlyA = missing(a.numbers, b.numbers);
  const numbersOnlyB = missing(b.numbers, a.numbers);
  const numberMismatch = a.numbers.size > 0 && b.numbers.size > 0 && (ni < a.numbers.size || ni < b.numbers.size) ? 1 : 0;
  return [
    cs === 0 ? 0 : (2 * ci) / cs,
    ci === 0 ? 0 : ci / Math.min(a.content.size, b.content.size),
    ru === 0 ? 0 : ri / ru,
    trigramCosine(a, b),
    la === 0 || lb === 0 ? 0 : Math.min(la, lb) / Math.max(la, lb),
    bs === 0 ? 0 : (2 * bi) / bs,
    numberMismatch,
    (ru - ri) / (ru + 1),
    dice(ui, a.unigrams.size + b.unigrams.size),
    dice(ti, a.trigrams.size + b.trigrams.size),
    ci === 0 ? 0 : lcsRatio(a.words, b.words),
    Math.min(1, (cs - 2 * ci) / 10),
    charCosine(a, b),
    ...precisions(a.unigrams, b.unigrams, ui),
    ...precisions(a.bigrams, b.bigrams, bi),
    ...precisions(a.trigrams, b.trigrams, ti),
    ...precisions(a.fourgrams, b.fourgrams, ti === 0 ? 0 : intersect(a.fourgrams, b.fourgrams)),
    a.negations % 2 !== b.negations % 2 ? 1 : 0,
    Math.min(1, Math.max(numbersOnlyA, numbersOnlyB)),
    Math.min(1, Math.min(numbersOnlyA, numbersOnlyB)),
    ...idfOverlap(a, b, idf, ui),
  ];
}

/** Probability that two sentences say the same thing (paraphrase or copy), 0..1. */
export function sentenceSimilarity(a: SentenceView, b: SentenceView): number {
  return predict(SIMILARITY_MODEL, pairFeatures(a, b));
}
