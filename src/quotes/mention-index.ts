/**
 * Where the mentions are, looked up by token or offset. The attribution asks "which mention ends at
 * this token / starts in it / starts here" for every quote; answering by scanning the mention list
 * cost the number of mentions per question, quadratic on a transcript (thousands of quotes, thousands
 * of "he"). Each answer is the first mention in list order that a scan would have found.
 */
import { firstTokenAtOrAfter } from "../text/token-search";
import type { Token } from "../text/types";
import type { Mention } from "./mentions";

export interface MentionIndex {
  /** first mention whose phrase or name starts inside token i */
  startingIn(i: number): Mention | undefined;
  /** first mention that ends where token i ends, or (not a name) covers token i */
  endingAt(i: number): Mention | undefined;
  /** first mention whose phrase starts at `offset` */
  phraseAt(offset: number): Mention | undefined;
  /** the mentions starting in [from, to), in list order (mentions are found left to right: sorted by start) */
  startingBetween(from: number, to: number): Mention[];
}

/** The token holding `offset` (start <= offset < end), or -1. */
function tokenHolding(tokens: Token[], offset: number): number {
  const i = firstTokenAtOrAfter(tokens, offset + 1) - 1;
  return i >= 0 && tokens[i].end > offset ? i : -1;
}

export function indexMentions(tokens: Token[], mentions: Mention[]): MentionIndex {
  // mention positions in list order: "first" below means the lowest position
  const position = new Map<Mention, number>();
  mentions.forEach((m, k) => position.set(m, k));
  const startingIn = new Map<number, Mention>();
  const byEnd = new Map<number, Mention>();
  const covering = new Map<number, Mention>();
  const byPhraseStart = new Map<number, Mention>();
  const setFirst = <K>(map: Map<K, Mention>, key: K, m: Mention) => {
    if (!map.has(key)) map.set(key, m);
  };
  for (const m of mentions) {
    for (const o of [m.phraseStart, m.start]) {
      const t = tokenHolding(tokens, o);
      if (t >= 0) setFirst(startingIn, t, m);
    }
    setFirst(byEnd, m.end, m);
    setFirst(byPhraseStart, m.phraseStart, m);
    if (m.kind !== "name") {
      // a pronoun is one token, a description a few
      for (let t = firstTokenAtOrAfter(tokens, m.start); t < tokens.length && tokens[t].end <= m.end; t++) setFirst(covering, t, m);
    }
  }
  const starts = mentions.map((m) => m.start);
  const firstStartingAt = (offset: number) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    startingIn: (i) => startingIn.get(i),
    endingAt: (i) => {
      const a = byEnd.get(tokens[i].end);
      const b = covering.get(i);
      if (!a || !b) return a ?? b;
      return position.get(a)! <= position.get(b)! ? a : b;
    },
    phraseAt: (offset) => byPhraseStart.get(offset),
    startingBetween: (from, to) => {
      const out: Mention[] = [];
      for (let k = firstStartingAt(from); k < mentions.length && mentions[k].start < to; k++) out.push(mentions[k]);
      return out;
    },
  };
}
