/**
 * Shingles of one article, per family, for the candidate filter (fingerprint.ts) — pure functions of
 * the text, so a store can compute them per article and get the same sets.
 *
 * Words are hashed to 32 bits by a character scanner (no lower-cased copy of the text, no word
 * strings). Only narration is shingled: words inside quotation marks (the quotes area's span finder)
 * are left out, and no shingle spans a quotation, because independent reports of one event repeat the
 * same quotations; only shared narration makes a copy or a rewrite (relation.ts says the same).
 *
 * Families (`SHINGLE_FAMILIES`, the default two measured in bench/overlap/rewrites.ts on synonym-swapped
 * copies made at run time, and on the bundled story's real word-swapped rewrite):
 *  - `words`: word 5-grams. Exact text; a synonym swap every fourth word leaves few of them (19 of 40
 *    one-in-four swaps found, none at one in three).
 *  - `masked`: 7-grams over the words reduced to their class — a stopword stays itself, any other word
 *    becomes "word", "Name" or "number". Function words are what a synonym spinner leaves alone
 *    (Stamatatos 2011, "Plagiarism detection using stopword n-grams"); keeping the slots of the content
 *    words makes a 7-gram specific enough that independent reports of one event rarely share 25% of
 *    them, and a one-for-one swap keeps every one (40 of 40 at every rate; the bundled rewrite keeps 29%, its word 5-grams 13%).
 *    Commonplace patterns are many: a hash sampled by more than 30 articles is no evidence, and an
 *    article with under 50 of them (a short text, or one that is mostly quotation) is left to `words`.
 * Also measured and not used: stopword-only n-grams (the sequence of an article's stopwords; 8-grams
 * missed the bundled rewrite, whose rewriter also swaps "but"/"however" and "I'm hearing"/"I hear"),
 * and the sequence of names and numbers (every report of the same event shares it: its 2-grams made 36
 * pairs of the bundled story and basil-dev candidates at containment 0.2, one of them a rewrite).
 */
import { findQuoteSpans } from "../quotes/spans";
import { ENGLISH_STOPWORDS } from "../text/stopwords";

export type ShingleTokens = "words" | "stopwords" | "masked" | "names";

export interface ShingleFamily {
  /** the name a signature row carries */
  name: string;
  /** which tokens make the sequence that is shingled */
  tokens: ShingleTokens;
  /** tokens per shingle */
  n: number;
  /** exact containment (shared shingles / shingles of the smaller article) a pair needs in this family */
  minContainment: number;
  /** shingles each article needs in this family before the family counts as evidence for it */
  minShingles: number;
  /** a hash sampled by more articles than this is boilerplate or a commonplace, not evidence */
  maxDf: number;
  /**
   * exact shingles in common that mark a shared passage (a sentence or two) in a corpus small enough
   * to compare every pair's full sets (fingerprint.ts `passagePairs`)
   */
  minShared: number;
}

/** The families the filter uses by default (one owner: the bench and the store read them from here). */
export const SHINGLE_FAMILIES: readonly ShingleFamily[] = [
  { name: "words", tokens: "words", n: 5, minContainment: 0.2, minShingles: 1, maxDf: 200, minShared: 4 },
  { name: "masked", tokens: "masked", n: 7, minContainment: 0.25, minShingles: 50, maxDf: 30, minShared: 10 },
];

/** Folded words of a text: letters and digits, lower case, apostrophes straightened (reference for the scanner). */
export function shingleWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).map((w) => w.replace(/’/g, "'"));
}

/** Per UTF-16 code unit: 0 = separator, 1 = lower-case or uncased letter, 2 = digit, 3 = upper-case letter; and its lower-case code unit. Filled lazily. */
const charClass = new Uint8Array(65536);
const lowerOf = new Uint16Array(65536);
const classKnown = new Uint8Array(65536);
function classify(c: number): void {
  const ch = String.fromCharCode(c);
  charClass[c] = /\p{Lu}|\p{Lt}/u.test(ch) ? 3 : /\p{L}/u.test(ch) ? 1 : /\p{N}/u.test(ch) ? 2 : 0;
  const low = ch.toLowerCase();
  lowerOf[c] = low.length === 1 ? low.charCodeAt(0) : c;
  classKnown[c] = 1;
}
for (let c = 0; c < 128; c++) classify(c);

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** The scanner's hash of a folded word (FNV-1a over its code units, apostrophes straightened). */
export function foldedHash(word: string): number {
  let h = FNV_OFFSET;
  for (const ch of word.toLowerCase().replace(/’/g, "'")) h = Math.imul(h ^ ch.charCodeAt(0), FNV_PRIME);
  return h >>> 0;
}

const STOPWORD_HASHES: ReadonlySet<number> = new Set(ENGLISH_STOPWORDS.map(foldedHash));

/** Word kinds the scanner records: the classes `masked` and `names` see. */
export const WORD = 0;
export const STOPWORD = 1;
export const NAME = 2;
export const NUMBER = 3;

export interface ScannedWords {
  /** FNV-1a hash of each folded word */
  hash: Uint32Array;
  /** offset of each word's first character */
  start: Int32Array;
  /** WORD, STOPWORD, NAME (starts with an upper-case letter) or NUMBER (starts with a digit) */
  kind: Uint8Array;
}

/**
 * The text's folded words, in order, hashed while scanning (letters and digits lower-cased; an
 * apostrophe between a word and a letter joins) — the words of `shingleWords` — with their offsets
 * and kinds.
 */
export function scanWords(text: string): ScannedWords {
  let cap = Math.max(16, text.length >> 3);
  let hash = new Uint32Array(cap);
  let start = new Int32Array(cap);
  let kind = new Uint8Array(cap);
  let n = 0;
  let h = FNV_OFFSET;
  let wordStart = -1;
  let first = 0;
  const push = () => {
    if (n === cap) {
      cap *= 2;
      const h2 = new Uint32Array(cap); h2.set(hash); hash = h2;
      const s2 = new Int32Array(cap); s2.set(start); start = s2;
      const k2 = new Uint8Array(cap); k2.set(kind); kind = k2;
    }
    const hv = h >>> 0;
    hash[n] = hv;
    start[n] = wordStart;
    kind[n] = first === 2 ? NUMBER : STOPWORD_HASHES.has(hv) ? STOPWORD : first === 3 ? NAME : WORD;
    n++;
    wordStart = -1;
  };
  const len = text.length;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    if (classKnown[c] === 0) classify(c);
    const cls = charClass[c];
    if (cls !== 0) {
      if (wordStart < 0) { h = FNV_OFFSET; wordStart = i; first = cls; }
      h = Math.imul(h ^ lowerOf[c], FNV_PRIME);
      continue;
    }
    if (wordStart < 0) continue;
    if ((c === 39 || c === 0x2019) && i + 1 < len) {
      const next = text.charCodeAt(i + 1);
      if (classKnown[next] === 0) classify(next);
      if (charClass[next] === 1 || charClass[next] === 3) { h = Math.imul(h ^ 39, FNV_PRIME); continue; }
    }
    push();
  }
  if (wordStart >= 0) push();
  return { hash: hash.subarray(0, n), start: start.subarray(0, n), kind: kind.subarray(0, n) };
}

/** 32-bit FNV-1a hashes of the text's folded words, in order. */
export function wordHashes(text: string): Uint32Array {
  return scanWords(text).hash;
}

/**
 * The narration words: the scanned words outside quotation marks, and for each the segment it sits in
 * (a quotation ends a segment; shingles stay inside one).
 */
export function narrationWords(text: string): ScannedWords & { segment: Int32Array } {
  const all = scanWords(text);
  const spans = findQuoteSpans(text);
  if (spans.length === 0) return { ...all, segment: new Int32Array(all.hash.length) };
  const keep: number[] = [];
  const segment: number[] = [];
  let s = 0;
  let seg = 0;
  let lastSpan = -1;
  for (let i = 0; i < all.hash.length; i++) {
    const at = all.start[i];
    while (s < spans.length && spans[s].markEnd <= at) s++;
    if (s < spans.length && spans[s].markStart <= at) continue;
    // a quotation closed since the previous kept word: a new segment
    if (s - 1 !== lastSpan) { if (keep.length > 0) seg++; lastSpan = s - 1; }
    keep.push(i);
    segment.push(seg);
  }
  const pick = <T extends Uint32Array | Int32Array | Uint8Array>(arr: T, make: (n: number) => T): T => {
    const out = make(keep.length);
    keep.forEach((i, k) => { out[k] = arr[i]; });
    return out;
  };
  return {
    hash: pick(all.hash, (n) => new Uint32Array(n)),
    start: pick(all.start, (n) => new Int32Array(n)),
    kind: pick(all.kind, (n) => new Uint8Array(n)),
    segment: Int32Array.from(segment),
  };
}

/** Token hashes the masked family uses for a word that is not a stopword, by kind. */
const MASK = [foldedHash("\u0001word"), 0, foldedHash("\u0001Name"), foldedHash("\u0001number")];

/** Sorted distinct 32-bit hashes of n-token shingles of a token sequence, inside segments; `salt` keeps families apart. */
export function shingleSet(tokens: Uint32Array, segment: Int32Array | null, n: number, salt: number): Uint32Array {
  const count = Math.max(0, tokens.length - n + 1);
  const out = new Uint32Array(count);
  let m = 0;
  for (let i = 0; i < count; i++) {
    if (segment && segment[i] !== segment[i + n - 1]) continue;
    let h = (0x9e3779b9 ^ salt) >>> 0;
    for (let j = 0; j < n; j++) {
      h = Math.imul(h ^ tokens[i + j], 0x85ebca6b);
      h ^= h >>> 13;
    }
    h = Math.imul(h ^ (h >>> 16), 0xc2b2ae35);
    out[m++] = (h ^ (h >>> 16)) >>> 0;
  }
  const used = out.subarray(0, m).sort();
  let u = 0;
  for (let i = 0; i < m; i++) if (i === 0 || used[i] !== used[i - 1]) used[u++] = used[i];
  return used.slice(0, u);
}

/** The token sequence a family shingles, from the narration words. */
export function familyTokens(words: ScannedWords & { segment: Int32Array }, tokens: ShingleTokens): { tokens: Uint32Array; segment: Int32Array } {
  if (tokens === "words") return { tokens: words.hash, segment: words.segment };
  if (tokens === "masked") {
    const out = new Uint32Array(words.hash.length);
    for (let i = 0; i < out.length; i++) out[i] = words.kind[i] === STOPWORD ? words.hash[i] : MASK[words.kind[i]];
    return { tokens: out, segment: words.segment };
  }
  const keep = (k: number) => (tokens === "stopwords" ? k === STOPWORD : k === NAME || k === NUMBER);
  let n = 0;
  for (let i = 0; i < words.kind.length; i++) if (keep(words.kind[i])) n++;
  const out = new Uint32Array(n);
  const segment = new Int32Array(n);
  n = 0;
  for (let i = 0; i < words.kind.length; i++) {
    if (!keep(words.kind[i])) continue;
    out[n] = words.hash[i];
    segment[n++] = words.segment[i];
  }
  return { tokens: out, segment };
}

/**
 * Word 5-grams of the text inside quotation marks (one segment per quotation): not a family of the
 * filter — shared quotations make no copy — but what a small corpus uses to align the pairs that repeat
 * a quotation, so that their `shared quotes` relation is the one aligning every pair gives (index.ts).
 */
export function quotedShingles(text: string, n = 5): Uint32Array {
  const all = scanWords(text);
  const spans = findQuoteSpans(text);
  const tokens: number[] = [];
  const segment: number[] = [];
  let s = 0;
  for (let i = 0; i < all.hash.length; i++) {
    const at = all.start[i];
    while (s < spans.length && spans[s].markEnd <= at) s++;
    if (s < spans.length && spans[s].markStart <= at) { tokens.push(all.hash[i]); segment.push(s); }
  }
  return shingleSet(Uint32Array.from(tokens), Int32Array.from(segment), n, 0x51);
}

/** A family's salt: its name hashed, so equal token runs of two families never share a hash. */
export const familySalt = (family: ShingleFamily): number => foldedHash(`${family.name}/${family.n}`);

/** The article's shingle set in each family (narration only), sorted and distinct. */
export function articleShingles(text: string, families: readonly ShingleFamily[] = SHINGLE_FAMILIES): Uint32Array[] {
  const words = narrationWords(text);
  return families.map((f) => {
    const seq = familyTokens(words, f.tokens);
    return shingleSet(seq.tokens, seq.segment, f.n, familySalt(f));
  });
}

/** Distinct 32-bit hashes of the text's k-word shingles over ALL its words (quotations included), sorted: the exhaustive pass's sets. */
export function shingleHashes(text: string, k = 5): Uint32Array {
  return shingleSet(wordHashes(text), null, k, 0);
}
