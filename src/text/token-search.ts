import type { Token } from "./types";

/** Index of the first token starting at or after `offset` (tokens.length when none does): a binary search, tokens being in text order. */
export function firstTokenAtOrAfter(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
