import type { Token } from "./types";

/**
 * What counts as a word everywhere a number of words is shown (corpus table, report, per-10k rates):
 * word and number tokens, but not punctuation and not a split-off possessive "'s", which the
 * tokenizer keeps as a token of its own so that "Trump’s" counts as "Trump".
 */
export function isCountedWord(token: Token): boolean {
  if (token.kind === "number") return true;
  if (token.kind !== "word") return false;
  // a word token starts with a letter, a digit or a currency sign ("$7-billion") unless it is the
  // split-off clitic, which starts with an apostrophe; char codes keep this cheap on the counting path
  const c = token.surface.charCodeAt(0);
  return c !== 39 && c !== 0x2019 && c !== 0x2018 && c !== 0x2bc && c !== 0x2032 && c !== 0xff07;
}

/** Number of counted words among `tokens` (optionally only those in [from, to)). */
export function countWords(tokens: Token[], from = 0, to = tokens.length): number {
  let n = 0;
  for (let i = from; i < to; i++) if (isCountedWord(tokens[i])) n++;
  return n;
}
