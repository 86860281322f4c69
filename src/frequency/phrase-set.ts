/**
 * A lookup of multi-word names by their folded words, for merging them into one unit while walking a
 * run. Built from any list of phrases (found in the text by `findPhrases`, or given by a user).
 */
import { fold } from "../text/normalise";

export interface PhraseSet {
  /** number of words of the longest phrase starting at norms[i] (0 when none) */
  matchAt(norms: readonly string[], i: number): number;
  /** the phrases, as folded words joined by single spaces */
  keys: string[];
}

/** `phrases`: each a string of words ("White House") or an array of folded words. */
export function phraseSet(phrases: Iterable<string | readonly string[]>): PhraseSet {
  const byFirst = new Map<string, string[][]>();
  const keys: string[] = [];
  for (const p of phrases) {
    const words = (typeof p === "string" ? p.split(/\s+/) : [...p]).filter(Boolean).map(foldWord);
    if (words.length < 2) continue;
    const key = words.join(" ");
    if (keys.includes(key)) continue;
    keys.push(key);
    const list = byFirst.get(words[0]) ?? [];
    list.push(words);
    list.sort((a, b) => b.length - a.length);
    byFirst.set(words[0], list);
  }
  return {
    keys,
    matchAt(norms, i) {
      const list = byFirst.get(norms[i]);
      if (!list) return 0;
      for (const words of list) {
        if (i + words.length > norms.length) continue;
        let ok = true;
        for (let k = 1; k < words.length; k++) {
          if (norms[i + k] !== words[k]) {
            ok = false;
            break;
          }
        }
        if (ok) return words.length;
      }
      return 0;
    },
  };
}

/** Folds a word typed by a user exactly as the tokenizer folds token norms. */
export function foldWord(word: string): string {
  return fold(word);
}
