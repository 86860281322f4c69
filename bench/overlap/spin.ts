/**
 * Synonym-swapped and partial copies of real articles, made at run time for the overlap benchmarks
 * (no corpus text is stored). A synonym spinner replaces content words and leaves function words, names
 * and numbers alone; so does `spin`:
 *  - a word may be swapped when it is not a stopword, does not start with a digit, and occurs in lower
 *    case somewhere in the corpus (a thesaurus knows "house", and so the "House" of "White House", but
 *    not "Putin");
 *  - `rate` is the share of ALL words swapped (one in four, one in three, one in two), taken from the
 *    swappable ones at random (all of them when there are fewer);
 *  - the replacement comes from a small list of news synonyms (some of two words, as "term" → "time
 *    period"), else a "near word" from the corpus' own vocabulary: another word with the same last two
 *    letters and about the same length (WordNet is not available offline; what matters is that the word
 *    changed and the function words stayed).
 * `partialCopy` puts a contiguous half of one article (whole paragraphs) inside another.
 */
import { seededRandom } from "../../test/support/random";
import { ENGLISH_STOPWORDS } from "../../src/text/stopwords";

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const STOP = new Set(ENGLISH_STOPWORDS);

/** Common news words and what a spinner puts in their place. */
export const NEWS_SYNONYMS: Record<string, string> = {
  said: "mentioned", says: "states", told: "informed", president: "leader", government: "administration",
  war: "warfare", term: "time period", call: "name", called: "named", house: "home", news: "information",
  people: "individuals", country: "nation", city: "town", year: "yr", years: "yrs", week: "wk", new: "brand new",
  official: "authorized", officials: "authorities", report: "account", reported: "documented", think: "feel",
  help: "assist", big: "large", small: "little", want: "desire", wants: "needs", show: "present", shows: "presents",
  plan: "strategy", plans: "strategies", deal: "agreement", talks: "discussions", meeting: "assembly", began: "started",
  start: "begin", end: "finish", ended: "completed", police: "law enforcement", law: "legislation", money: "funds",
  percent: "per cent", truth: "reality", social: "societal", attack: "assault", killed: "slain",
  important: "essential", major: "main", leaders: "heads", according: "in accordance", statement: "assertion",
};


/** The corpus' swappable vocabulary: words seen in lower case, not stopwords, not numbers. */
export function vocabulary(texts: string[]): Set<string> {
  const out = new Set<string>();
  for (const t of texts) for (const m of t.matchAll(WORD)) {
    const w = m[0];
    if (w === w.toLowerCase() && !/^\p{N}/u.test(w) && !STOP.has(w.replace(/’/g, "'"))) out.add(w);
  }
  return out;
}

export interface Spinner {
  /** words that may be swapped */
  common: Set<string>;
  /** near words by their last two letters */
  near: Map<string, string[]>;
}

export function spinner(texts: string[]): Spinner {
  const common = vocabulary(texts);
  const near = new Map<string, string[]>();
  for (const w of [...common].sort()) {
    const key = w.slice(-2);
    const list = near.get(key);
    if (list) list.push(w);
    else near.set(key, [w]);
  }
  return { common, near };
}

function replacement(word: string, s: Spinner, rnd: () => number): string {
  const lower = word.toLowerCase();
  let out = NEWS_SYNONYMS[lower];
  if (!out) {
    const options = (s.near.get(lower.slice(-2)) ?? []).filter((w) => w !== lower && Math.abs(w.length - lower.length) <= 2);
    out = options.length > 0 ? options[Math.floor(rnd() * options.length)] : `${lower}s`;
  }
  return word[0] !== lower[0] ? out[0].toUpperCase() + out.slice(1) : out;
}

/** A copy of `text` with `rate` of its words swapped; also how many words were swapped of how many. */
export function spin(text: string, rate: number, s: Spinner, seed: number): { text: string; swapped: number; words: number } {
  const rnd = seededRandom(seed);
  const words = [...text.matchAll(WORD)];
  const swappable = words.map((m, i) => ({ m, i })).filter(({ m }) => {
    const lower = m[0].toLowerCase();
    return s.common.has(lower) && !STOP.has(lower.replace(/’/g, "'"));
  });
  for (let i = swappable.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [swappable[i], swappable[j]] = [swappable[j], swappable[i]];
  }
  const chosen = new Set(swappable.slice(0, Math.round(rate * words.length)).map((x) => x.i));
  let out = "";
  let last = 0;
  words.forEach((m, i) => {
    if (!chosen.has(i)) return;
    out += text.slice(last, m.index) + replacement(m[0], s, rnd);
    last = (m.index ?? 0) + m[0].length;
  });
  return { text: out + text.slice(last), swapped: chosen.size, words: words.length };
}

/** `host` with a contiguous half of `source`'s paragraphs (by words) put in its middle. */
export function partialCopy(source: string, host: string): string {
  const paras = source.split(/\n\s*\n|\n/).filter((p) => p.trim());
  const words = paras.map((p) => [...p.matchAll(WORD)].length);
  const total = words.reduce((x, y) => x + y, 0);
  const from = Math.floor(paras.length / 4);
  let taken = 0;
  const half: string[] = [];
  for (let i = from; taken < total / 2; i = (i + 1) % paras.length) {
    half.push(paras[i]);
    taken += words[i];
    if (half.length === paras.length) break;
  }
  const hostParas = host.split(/\n\s*\n|\n/).filter((p) => p.trim());
  const mid = Math.ceil(hostParas.length / 2);
  return [...hostParas.slice(0, mid), ...half, ...hostParas.slice(mid)].join("\n\n");
}
