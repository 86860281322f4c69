/**
 * Quotes of a whole corpus with one name per speaker: the spellings the articles use (Zelensky,
 * Zelenskyy, Zelenskiy; Mike and Michael Waltz) merged with `mergeNames`, the most-quoted spelling kept.
 */
import type { Article } from "../corpus/article";
import type { Document } from "../text/types";
import { analyseQuotes } from "./extract";
import { mergeNames, speakerId, type Person } from "./names";
import type { Quote, QuoteResult, Speaker } from "./types";

/** Kinds that carry someone's words (scare quotes and titles never have a speaker). */
export function isAttributable(q: Quote): boolean {
  return q.kind === "speech" || q.kind === "partial";
}

export function quoteCorpus(inputs: Array<Document | Article>): QuoteResult {
  const analysed = inputs.map((d) => analyseQuotes(d));
  const counts = new Map<string, number>();
  for (const { quotes } of analysed) for (const q of quotes) if (q.speaker) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
  return mergeSpeakers(analysed, mergeNames(counts));
}

/**
 * One article's quotes and what its text says of each person quoted (aliases, roles): analyseQuotes'
 * result, or the same read back from a store.
 */
export interface ArticleQuotes {
  quotes: Quote[];
  people: { people: ReadonlyMap<string, Pick<Person, "aliases" | "roles">> };
}

/**
 * The corpus's quotes with one name per speaker (`canonical`: spelling → merged name, mergeNames'
 * result) and the speakers with their totals, roles and aliases, most quoted words first.
 */
export function mergeSpeakers(analysed: ArticleQuotes[], canonical: ReadonlyMap<string, string>): QuoteResult {
  const speakers = new Map<string, Speaker>();
  // a speaker's articles as a set beside the list: a collection's most quoted speaker is in a hundred thousand
  const seen = new Map<Speaker, Set<string>>();
  const quotes: Quote[] = [];
  for (const { quotes: qs, people } of analysed) {
    for (const q of qs) {
      if (!q.speaker) {
        quotes.push(q);
        continue;
      }
      const name = canonical.get(q.speaker) ?? q.speaker;
      const out = { ...q, speaker: name };
      quotes.push(out);
      let sp = speakers.get(name);
      if (!sp) {
        sp = { id: speakerId(name), name, roles: [], aliases: [], articles: [], quotes: 0, words: 0 };
        speakers.set(name, sp);
        seen.set(sp, new Set());
      }
      sp.quotes++;
      sp.words += q.words;
      const articles = seen.get(sp)!;
      if (!articles.has(q.article)) {
        articles.add(q.article);
        sp.articles.push(q.article);
      }
      const person = people.people.get(q.speaker);
      const aliases = [q.speaker, ...(person ? person.aliases : [])];
      if (q.attribution === "descriptor" && q.speakerText) aliases.push(q.speakerText);
      for (const a of aliases) if (a !== name && !sp.aliases.includes(a)) sp.aliases.push(a);
      for (const r of [...(person ? person.roles : []), ...(q.role ? [q.role] : [])]) if (!sp.roles.includes(r)) sp.roles.push(r);
    }
  }
  const list = [...speakers.values()].sort((a, b) => b.words - a.words || a.name.localeCompare(b.name));
  return { quotes, speakers: list };
}
