/**
 * Sentence views for similarity: what survives a rewriter. Content words are Porter-stemmed (a stem
 * cache makes stemming a lookup); names, numbers and dates are kept apart as "rare" tokens because a
 * word-swapping rewriter mostly leaves them alone; character trigrams of the content words catch
 * morphology ("war"/"warfare", "phone"/"cellphone") that stems miss.
 */
import type { Document } from "../text/types";
import { createStemmer, porterStem } from "../text/stems";
import { SIMILARITY_STOPWORDS, stopwordSet } from "../text/stopwords";
import { foldApostrophes } from "../text/normalise";

/** Function words: they carry no content, and rewriters swap them freely (the list the model was trained with). */
export const STOPWORDS: ReadonlySet<string> = stopwordSet(SIMILARITY_STOPWORDS);

const stemmer = createStemmer(porterStem, { everyWord: true });
/** Porter stem of a content word through a cache, compounds led by a number included ("90-minute" → "90-minut"). */
export function stem(word: string): string {
  return stemmer.stem(word);
}

/** The similarity model's fold: lower case, apostrophes straightened ("Trump’s" and "trump's" alike). */
export const fold = foldApostrophes;

export interface SentenceView {
  /** folded word and number tokens, in order */
  words: string[];
  /** stems of content words */
  content: Set<string>;
  /** names, numbers and other capitalised words not at the sentence start (folded) */
  rare: Set<string>;
  /** numbers only, as written without separators */
  numbers: Set<string>;
  /** character trigrams of the padded content words */
  grams: Map<string, number>;
  gramNorm: number;
  /** distinct words, word bigrams and word trigrams of `words` */
  unigrams: Set<string>;
  bigrams: Set<string>;
  trigrams: Set<string>;
  fourgrams: Set<string>;
  /** character trigrams of the folded words joined by spaces, hashed (see charGrams) */
  chars: CharGrams;
  /** how many negation words (not, never, no, …n't): a flipped polarity is a different statement */
  negations: number;
}

/**
 * Character trigrams of the whole sentence (function words and spaces included) as a sorted list of
 * hashes with counts. Typed arrays: a long article has thousands of sentences and a Map per sentence
 * would cost ten times the memory. (4- and 5-grams were tried: no gain on MSRP, twice the time.)
 */
export interface CharGrams {
  keys: Uint32Array;
  counts: Uint16Array;
  /** Euclidean norm of the count vector */
  norm: number;
}

const NEGATION = /^(?:not|no|never|none|nobody|nothing|neither|nor|without|cannot)$|n't$/;

/** FNV-1a hashes of the character trigrams of ` s `, sorted and counted. */
export function charGrams(s: string): CharGrams {
  const p = ` ${s} `;
  const all = new Uint32Array(Math.max(0, p.length - 2));
  for (let k = 0; k + 3 <= p.length; k++) {
    let h = 0x811c9dc5;
    for (let c = k; c < k + 3; c++) h = Math.imul(h ^ p.charCodeAt(c), 0x01000193);
    all[k] = h >>> 0;
  }
  all.sort();
  const keys: number[] = [];
  const counts: number[] = [];
  for (const h of all) {
    if (keys.length > 0 && keys[keys.length - 1] === h) counts[counts.length - 1]++;
    else { keys.push(h); counts.push(1); }
  }
  let sq = 0;
  for (const c of counts) sq += c * c;
  return { keys: Uint32Array.from(keys), counts: Uint16Array.from(counts, (c) => Math.min(c, 65535)), norm: Math.sqrt(sq) };
}

export function sentenceView(surfaces: string[], kinds: string[]): SentenceView {
  const words: string[] = [];
  const content = new Set<string>();
  const rare = new Set<string>();
  const numbers = new Set<string>();
  const grams = new Map<string, number>();
  let first = true;
  for (let i = 0; i < surfaces.length; i++) {
    const kind = kinds[i];
    if (kind !== "word" && kind !== "number") continue;
    const surface = surfaces[i];
    const w = fold(surface);
    words.push(w);
    if (kind === "number") {
      const n = w.replace(/[,\s]/g, "");
      numbers.add(n);
      rare.add(n);
    } else if (!STOPWORDS.has(w)) {
      if (!first && /^\p{Lu}/u.test(surface)) rare.add(w);
      content.add(stem(w.replace(/'s$/, "")));
      const padded = ` ${w} `;
      for (let k = 0; k + 3 <= padded.length; k++) {
        const g = padded.slice(k, k + 3);
        grams.set(g, (grams.get(g) ?? 0) + 1);
      }
    }
    first = false;
  }
  let sq = 0;
  for (const c of grams.values()) sq += c * c;
  const bigrams = new Set<string>();
  for (let i = 1; i < words.length; i++) bigrams.add(`${words[i - 1]} ${words[i]}`);
  const trigrams = new Set<string>();
  for (let i = 2; i < words.length; i++) trigrams.add(`${words[i - 2]} ${words[i - 1]} ${words[i]}`);
  const fourgrams = new Set<string>();
  for (let i = 3; i < words.length; i++) fourgrams.add(`${words[i - 3]} ${words[i - 2]} ${words[i - 1]} ${words[i]}`);
  let negations = 0;
  for (const w of words) if (NEGATION.test(w)) negations++;
  return {
    words, content, rare, numbers, grams, gramNorm: Math.sqrt(sq), unigrams: new Set(words), bigrams, trigrams, fourgrams,
    chars: charGrams(words.join(" ")), negations,
  };
}

/** Views of every sentence of a document, from its tokens. */
export function documentViews(doc: Document): SentenceView[] {
  return doc.sentences.map((s) => {
    const toks = doc.tokens.slice(s.tokenStart, s.tokenEnd);
    return sentenceView(toks.map((t) => t.surface), toks.map((t) => t.kind));
  });
}

/** Plain string sentence → view, with a simple word splitter (paraphrase pairs, tests). */
export function textView(sentence: string): SentenceView {
  const surfaces: string[] = [];
  const kinds: string[] = [];
  for (const m of sentence.matchAll(/[\p{L}]+(?:['’][\p{L}]+)*|\p{N}+(?:[.,]\p{N}+)*/gu)) {
    surfaces.push(m[0]);
    kinds.push(/^\p{N}/u.test(m[0]) ? "number" : "word");
  }
  return sentenceView(surfaces, kinds);
}
