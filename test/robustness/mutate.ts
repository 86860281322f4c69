/**
 * Seeded mutations of news text: what a scraper, a table, a transcript or an attacker makes of an
 * article. Each mutation takes text and a random source and returns new text; `mutant` applies a few
 * in a row. Used by the fuzz test (a few hundred small inputs) and bench/worst-case/fuzz.ts (many
 * larger ones, timed).
 */
import { PATTERNS, seededRandom } from "./patterns";

export type Random = () => number;

const int = (rnd: Random, n: number) => Math.floor(rnd() * n);
const pick = <T>(rnd: Random, xs: readonly T[]): T => xs[int(rnd, xs.length)];

/** A slice of `text` of up to `max` characters. */
function slice(rnd: Random, text: string, max: number): string {
  const start = int(rnd, Math.max(1, text.length));
  return text.slice(start, start + 1 + int(rnd, max));
}

const PUNCTUATION = [".", ",", ";", ":", "!", "?", "…", "—", "–", "-", "(", ")", "[", "]", "{", "}", "\"", "'", "“", "”", "‘", "’", "«", "»", "/", "\\", "*", "•", "|", "#", "@", "&", "%", "$", "€", "©"];
const ODD = ["\u00a0", "\u200b", "\u200e", "\u200f", "\u202e", "\ufeff", "\t", "\r", "\r\n", "\u2028", "\u0301", "\ud83d\ude00", "\ud800", "\udc00", "\u0007", "İ", "ß", "Σ", "ﬁ", "Ⅻ", "½", "٣", "𝟙"];
const WORDS = ["said", "told", "Jan.", "Feb. 3", "Monday", "next week", "2024", "1990s", "a.m.", "p.m.", "Mr.", "U.S.", "he", "she", "the president", "according to", "Trump", "Putin", "will", "had", "by", "on", "last year", "a day after", "the same day as", "every Tuesday", "Q3", "fiscal 2023", "\"", "“", "”"];

/** The mutations, by name. */
export const MUTATIONS: Record<string, (text: string, rnd: Random) => string> = {
  /** a slice repeated many times in place (tables, lists, scraper loops) */
  repeatSlice: (t, rnd) => {
    const at = int(rnd, t.length + 1);
    const piece = slice(rnd, t, 40);
    return t.slice(0, at) + piece.repeat(1 + int(rnd, Math.max(1, t.length / piece.length))) + t.slice(at);
  },
  /** a stretch with its spaces, newlines or sentence ends taken out */
  strip: (t, rnd) => {
    const a = int(rnd, t.length + 1);
    const b = Math.min(t.length, a + int(rnd, t.length + 1));
    const what = pick(rnd, [/\s+/g, /\n+/g, /[.!?]+/g, /[^\p{L}\s]+/gu]);
    return t.slice(0, a) + t.slice(a, b).replace(what, "") + t.slice(b);
  },
  /** characters replaced by punctuation */
  punctuate: (t, rnd) => {
    const chars = [...t];
    const n = int(rnd, Math.max(1, chars.length / 4));
    for (let k = 0; k < n; k++) chars[int(rnd, chars.length)] = pick(rnd, PUNCTUATION);
    return chars.join("");
  },
  /** odd characters (controls, lone surrogates, direction marks, combining marks) sprinkled in */
  oddChars: (t, rnd) => {
    let out = t;
    for (let k = 0, n = 1 + int(rnd, 50); k < n; k++) {
      const at = int(rnd, out.length + 1);
      out = out.slice(0, at) + pick(rnd, ODD).repeat(1 + int(rnd, 3)) + out.slice(at);
    }
    return out;
  },
  /** date, quote and speech words dropped in everywhere */
  words: (t, rnd) => {
    const parts = t.split(" ");
    for (let k = 0, n = int(rnd, parts.length); k < n; k++) parts.splice(int(rnd, parts.length + 1), 0, pick(rnd, WORDS));
    return parts.join(" ");
  },
  /** slices of the text shuffled */
  shuffle: (t, rnd) => {
    const pieces: string[] = [];
    for (let k = 0, n = 2 + int(rnd, 30); k < n; k++) pieces.push(slice(rnd, t, 2000));
    return pieces.join(pick(rnd, ["", " ", "\n", "\n\n"]));
  },
  /** a pathological pattern spliced in */
  pattern: (t, rnd) => {
    const name = pick(rnd, Object.keys(PATTERNS));
    const at = int(rnd, t.length + 1);
    return t.slice(0, at) + PATTERNS[name](1 + int(rnd, Math.max(1, t.length)), t, int(rnd, 1000)) + t.slice(at);
  },
  /** cut to a random length */
  cut: (t, rnd) => {
    const a = int(rnd, Math.max(1, t.length / 2));
    return t.slice(a, a + 1 + int(rnd, Math.max(1, t.length - a)));
  },
  /** lines made of one case */
  recase: (t, rnd) => (rnd() < 0.5 ? t.toUpperCase() : t.toLowerCase()),
};

/** `base` with 1–4 mutations applied, from `seed`; `name` lists them. */
export function mutant(base: string, seed: number, maxChars = 60_000): { text: string; name: string } {
  const rnd = seededRandom(seed);
  const names: string[] = [];
  let text = base;
  for (let k = 0, n = 1 + int(rnd, 4); k < n; k++) {
    const name = pick(rnd, Object.keys(MUTATIONS));
    names.push(name);
    text = MUTATIONS[name](text, rnd);
    if (text.length > maxChars) text = text.slice(0, maxChars);
  }
  return { text, name: names.join("+") };
}
