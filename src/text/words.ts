import type { Token } from "./types";

/**
 * What counts as a word everywhere a number of words is shown (corpus table, report, per-10k rates):
 * word and number tokens, but not punctuation and not a split-off possessive "'s", which the
 * tokenizer keeps as a token of its own so that "Trump’s" counts as "Trump".
 */
export function isCountedWord(token: Token): boolean {
  return token.kind === "number" || (token.kind === "word" && /^[\p{L}\p{N}]/u.test(token.surface));
}

/** Number of counted words among `tokens` (optionally only those in [from, to)). */
export function countWords(tokens: Token[], from = 0, to = tokens.length): number {
  let n = 0;
  for (let i = from; i < to; i++) if (isCountedWord(tokens[i])) n++;
  return n;
}
