/**
 * The quotes analysis's result (QuoteResult: every quotation, speakers merged across the corpus) for
 * the selected articles of a store: the stored quotes in ingest order, merged by src/quotes's own
 * `mergeSpeakers` with the spellings the speakers pass unified over the whole store.
 */
import { mergeSpeakers, type ArticleQuotes } from "../quotes/corpus";
import type { Attribution, Quote, QuoteKind, QuoteResult } from "../quotes/types";
import type { Store } from "./open";

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** A stored quote row back as the Quote the analysis made (speaker as the article named them). */
export function storedQuote(r: Record<string, unknown>): Quote {
  return {
    article: String(r.article), start: Number(r.start), end: Number(r.end), text: String(r.text), markStart: Number(r.mark_start), markEnd: Number(r.mark_end),
    parts: JSON.parse(String(r.parts)), closed: Boolean(r.closed), kind: r.kind as QuoteKind, speaker: str(r.speaker), speakerText: str(r.speaker_text),
    speakerStart: num(r.speaker_start), speakerEnd: num(r.speaker_end), role: str(r.role), cue: str(r.cue), cueStart: num(r.cue_start), cueEnd: num(r.cue_end),
    attribution: str(r.attribution) as Attribution | null, paragraph: Number(r.paragraph), words: Number(r.words),
  };
}

/** Every quote of the articles in unit_articles (selectStore), speakers merged. */
export async function storeQuoteResult(store: Store): Promise<QuoteResult> {
  const rows = await store.rows(`SELECT q.* FROM quotes q JOIN unit_articles u ON u.article = q.article ORDER BY u.seq, q.ord`);
  const analysed: ArticleQuotes[] = [];
  let current: { id: string; quotes: Quote[]; people: Map<string, { aliases: string[]; roles: string[] }> } | null = null;
  for (const r of rows) {
    const q = storedQuote(r);
    if (!current || current.id !== q.article) {
      current = { id: q.article, quotes: [], people: new Map() };
      analysed.push({ quotes: current.quotes, people: { people: current.people } });
    }
    current.quotes.push(q);
    if (q.speaker && r.person_aliases !== null && !current.people.has(q.speaker)) {
      current.people.set(q.speaker, { aliases: JSON.parse(String(r.person_aliases)), roles: JSON.parse(String(r.person_roles)) });
    }
  }
  const canonical = new Map((await store.rows("SELECT speaker, canonical FROM speakers")).map((r) => [String(r.speaker), String(r.canonical)]));
  return mergeSpeakers(analysed, canonical);
}
