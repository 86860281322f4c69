/**
 * Sentence similarity for rewrites: several weak signals, combined by a logistic regression trained on
 * the MSR paraphrase corpus (bench/overlap/train-similarity.ts writes similarity-model.ts and prints its
 * cross-validated accuracy). The signals are the ones a word-swapping rewriter cannot hide all at once:
 * shared content stems, shared names and numbers, character trigrams (morphology), word order (bigrams).
 */
import { predict } from "./logistic";
import type { SentenceView } from "./normalise";
import { SIMILARITY_MODEL } from "./similarity-model";

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

function setDice(a: Set<string>, b: Set<string>): number {
  const total = a.size + b.size;
  return total === 0 ? 0 : (2 * intersect(a, b)) / total;
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

/** The feature vector of a sentence pair (symmetric in a and b). */
export function pairFeatures(a: SentenceView, b: SentenceView): number[] {
  const ci = intersect(a.content, b.content);
  const cs = a.content.size + b.content.size;
  const ri = intersect(a.rare, b.rare);
  const ru = a.rare.size + b.rare.size - ri;
  const bi = intersect(a.bigrams, b.bigrams);
  const bs = a.bigrams.size + b.bigrams.size;
  const la = a.words.length;
  const lb = b.words.length;
  const ni = intersect(a.numbers, b.numbers);
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
    setDice(a.unigrams, b.unigrams),
    setDice(a.trigrams, b.trigrams),
    ci === 0 ? 0 : lcsRatio(a.words, b.words),
    Math.min(1, (cs - 2 * ci) / 10),
  ];
}

/** Probability that two sentences say the same thing (paraphrase or copy), 0..1. */
export function sentenceSimilarity(a: SentenceView, b: SentenceView): number {
  return predict(SIMILARITY_MODEL, pairFeatures(a, b));
}
