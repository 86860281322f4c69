/**
 * Porter stems (natural's PorterStemmer) behind a cache, and surface forms per folded term.
 *
 * Why the cache: a news corpus has few word types and many tokens; natural's stemmer allocates on
 * every call, so stemming each type once turns the slowest step into a Map lookup.
 */
import type { Token } from "./types";
import { ownCopy } from "./own-copy";

type PorterModule = { stem(word: string): string };
let porter: PorterModule | undefined;
/**
 * natural's Porter stemmer, loaded on first use from its own module: requiring all of natural takes
 * about a second and its data make the process's heap large enough to slow tokenising afterwards
 * by 2-3x (measured in bench/tokenise); natural is pinned, so the path is stable.
 */
export function porterStem(word: string): string {
  if (!porter) {
    // Never all of natural, not even as a fallback: its storage modules call dotenv, which would read a
    // .env file from the working directory (test/natural-imports.test.ts).
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    porter = require("natural/lib/natural/stemmers/porter_stemmer") as PorterModule;
  }
  return porter.stem(word);
}

export interface Stemmer {
  /** stem of a token norm; norms not starting with a letter ("'s", "1990s", "$60") or shorter than 3 come back unchanged */
  stem(norm: string): string;
  /** distinct norms stemmed so far */
  readonly size: number;
  /** how many times the underlying stemmer ran (== size: once per type) */
  readonly computations: number;
}

const startsWithLetter = /^\p{L}/u;

/**
 * A stemmer with its own cache; `compute` defaults to natural's Porter stemmer. `everyWord` stems
 * what the guard leaves alone too (words under 3 letters, words led by a digit: "90-minute").
 */
export function createStemmer(compute: (word: string) => string = porterStem, options: { everyWord?: boolean } = {}): Stemmer {
  const guard = !options.everyWord;
  const cache = new Map<string, string>();
  let computations = 0;
  return {
    stem(norm: string): string {
      let s = cache.get(norm);
      if (s === undefined) {
        computations++;
        // key and stem both from a copy: a stem is often the word itself or a slice of it, which would keep the text alive too
        const key = ownCopy(norm);
        s = guard && (key.length < 3 || !startsWithLetter.test(key)) ? key : compute(key);
        cache.set(key, s);
      }
      return s;
    },
    get size() {
      return cache.size;
    },
    get computations() {
      return computations;
    },
  };
}

const shared = createStemmer();

/** Porter stem of a token norm, cached process-wide: stem("talks") === "talk". */
export function stem(norm: string): string {
  return shared.stem(norm);
}

export interface TermForms {
  /** the folded key (norm, or whatever `key` returned) */
  term: string;
  count: number;
  /** surfaces as written, most frequent first (ties: first seen first) */
  forms: { surface: string; count: number }[];
}

/**
 * Group tokens by a folded key (default: norm; pass `t => stem(t.norm)` for stems) and keep how each
 * was written, so a table can show "Trump" for the term "trump" or "talks/talked" for "talk".
 */
export function termForms(tokens: readonly Token[], key: (t: Token) => string | null = (t) => t.norm): Map<string, TermForms> {
  const out = new Map<string, TermForms>();
  for (const t of tokens) {
    const k = key(t);
    if (k === null) continue;
    let e = out.get(k);
    if (!e) {
      e = { term: k, count: 0, forms: [] };
      out.set(k, e);
    }
    e.count++;
    const f = e.forms.find((x) => x.surface === t.surface);
    if (f) f.count++;
    else e.forms.push({ surface: t.surface, count: 1 });
  }
  for (const e of out.values()) e.forms.sort((a, b) => b.count - a.count);
  return out;
}

/** The most common way a term was written ("Trump" for "trump"); the term itself when unseen. */
export function displayForm(forms: TermForms | undefined, term: string): string {
  return forms && forms.forms.length > 0 ? forms.forms[0].surface : term;
}
