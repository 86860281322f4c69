/**
 * Quotes per unit of comparison (article, outlet, publication day or story): how many quotations
 * each unit gives, how many quoted words, how many without a speaker, and whose words they are (the
 * most quoted speakers, with their share of the unit's quoted words). The CLI's --json and the
 * report's results.json add it beside the quotes and speakers, keyed by the unit's group key.
 */
import type { Grouping } from "../grouping/groups";
import type { QuoteResult } from "./types";

/** Speakers listed per unit; the quotes list has every one. */
export const SPEAKERS_PER_UNIT = 10;

export interface QuoteUnit {
  key: string;
  label: string;
  /** article ids */
  articles: string[];
  /** quotations of people's words (speech and partial quotes) */
  quotes: number;
  words: number;
  /** of those, quotes with no speaker found */
  unattributed: number;
  /** the most quoted speakers in the unit, by quoted words; share = of the unit's quoted words */
  speakers: Array<{ name: string; quotes: number; words: number; share: number }>;
}

export function quoteUnits(result: QuoteResult, grouping: Grouping): QuoteUnit[] {
  const keyOf = (article: string) => grouping.groupOf.get(article) ?? article;
  const acc = new Map(grouping.groups.map((g) => [g.key, { quotes: 0, words: 0, unattributed: 0, speakers: new Map<string, { quotes: number; words: number }>() }]));
  for (const q of result.quotes) {
    if (q.kind !== "speech" && q.kind !== "partial") continue;
    const u = acc.get(keyOf(q.article));
    if (!u) continue;
    u.quotes++;
    u.words += q.words;
    if (!q.speaker) {
      u.unattributed++;
      continue;
    }
    const s = u.speakers.get(q.speaker) ?? { quotes: 0, words: 0 };
    s.quotes++;
    s.words += q.words;
    u.speakers.set(q.speaker, s);
  }
  return grouping.groups.map((g) => {
    const u = acc.get(g.key)!;
    const speakers = [...u.speakers]
      .sort((a, b) => b[1].words - a[1].words || b[1].quotes - a[1].quotes || a[0].localeCompare(b[0]))
      .slice(0, SPEAKERS_PER_UNIT)
      .map(([name, s]) => ({ name, quotes: s.quotes, words: s.words, share: u.words ? Math.round((s.words / u.words) * 1000) / 1000 : 0 }));
    return { key: g.key, label: g.label, articles: g.articles, quotes: u.quotes, words: u.words, unattributed: u.unattributed, speakers };
  });
}
