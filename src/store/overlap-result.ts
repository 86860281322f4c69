/**
 * The overlap analysis's result (OverlapResult) for the selected articles of a store: the pairs the
 * overlap pass aligned (both articles kept), each with the passages, quotes, swapped words and
 * direction the in-memory code found for it (stored with the pair), in ingest order.
 *
 * `links` keeps the detail (passages, quotes, substitutions, directions) of the linked pairs only —
 * copy, rewrite, shared passage, what the report draws — while every pair's score and evidence stay:
 * a large collection aligns many pairs that share a quotation or a loose sentence.
 */
import { GRAPH_LINKS } from "../overlap/clusters";
import type { OverlapResult } from "../overlap/index";
import type { PairScore } from "../overlap/relation";
import type { Store } from "./open";
import type { StoreSelection } from "./selection";

export interface StoreOverlapOptions {
  /** keep the detail of every pair (default) or of the linked pairs only */
  detail?: "all" | "links";
}

export async function storeOverlapResult(store: Store, sel: StoreSelection, options: StoreOverlapOptions = {}): Promise<OverlapResult> {
  const links = options.detail === "links";
  const rows = await store.rows(`SELECT p.relation, p.detail FROM pairs p JOIN unit_articles x ON x.article = p.a JOIN unit_articles y ON y.article = p.b
    ORDER BY least(x.seq, y.seq), greatest(x.seq, y.seq)`);
  const out: OverlapResult = {
    articles: sel.articles.map((a) => ({ id: a.id, outlet: a.outlet, published: a.published, words: a.words })),
    method: { pairs_considered: (sel.articles.length * (sel.articles.length - 1)) / 2, pairs_aligned: rows.length, pairs_listed: rows.length, strategy: "candidate filter" },
    pairs: [],
    passages: [],
    quotes: [],
    substitutions: [],
    directions: [],
  };
  for (const r of rows) {
    const d = JSON.parse(String(r.detail)) as Pick<OverlapResult, "passages" | "quotes" | "substitutions" | "directions"> & { pair: PairScore };
    out.pairs.push(d.pair);
    if (links && !GRAPH_LINKS.has(d.pair.relation)) continue;
    out.passages.push(...d.passages);
    out.quotes.push(...d.quotes);
    out.substitutions.push(...d.substitutions);
    out.directions.push(...d.directions);
  }
  return out;
}

/** The relation of every aligned pair of the selection (what syndication clusters and sources need), without the detail. */
export async function storePairRelations(store: Store): Promise<Array<{ a: string; b: string; relation: PairScore["relation"] }>> {
  const rows = await store.rows(`SELECT p.a, p.b, p.relation FROM pairs p JOIN unit_articles x ON x.article = p.a JOIN unit_articles y ON y.article = p.b
    ORDER BY least(x.seq, y.seq), greatest(x.seq, y.seq)`);
  return rows.map((r) => ({ a: String(r.a), b: String(r.b), relation: r.relation as PairScore["relation"] }));
}
