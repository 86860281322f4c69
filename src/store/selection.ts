/**
 * The articles of a store a command or report works on: the filters (`--outlet`, `--from`, `--to`,
 * with the folder path's rules) applied in SQL, then the unit of comparison and the readable labels
 * made by src/grouping from the articles' metadata, exactly as for a loaded folder. What follows
 * (counts, quotes, mentions, pairs) is read for these articles only, through the `unit_articles`
 * table this leaves behind (one row per kept article with its unit key).
 */
import type { ArticleFilter } from "../corpus/filter";
import { filterNote, wantedOutlets } from "../corpus/filter";
import { groupArticles, type Grouping, type GroupSource } from "../grouping/groups";
import type { LabelStyle } from "../grouping/labels";
import { chooseUnit, type Unit, type UnitChoice } from "../grouping/unit";
import type { Store } from "./open";
import { selectArticles } from "./query";
import type { UnitQuery } from "./sql";

/**
 * Up to this many selected articles, what reads a store works as on a story: a store's report reads
 * every quotation, mention and aligned pair into memory and draws the in-memory report's own
 * timeline, quotes and overlap sections from them, and `frequencies --store` scores the whole count
 * table with the in-memory code (both made for stories of this size). Past it, the report's sections
 * draw what can be aggregated in the store and say what they leave out, and frequencies are scored
 * in SQL; filters (--outlet, --from, --to) select fewer.
 */
export const MAX_DETAIL_ARTICLES = 20_000;

/** A kept article's metadata, as the grouping and the corpus charts need it. */
export interface StoredArticle extends GroupSource {
  file: string;
  publishedEstimated: boolean;
  words: number;
  sentences: number;
  removedChars: number;
  /** length of the text as read */
  characters: number;
  /** ingest order */
  seq: number;
}

export interface StoreSelection {
  /** the kept articles in ingest order */
  articles: StoredArticle[];
  grouping: Grouping;
  /** all the store holds */
  stored: number;
  /** the filter's note ("12 of 90 articles kept (outlet Fox News)"), or null with no filter */
  note: string | null;
  /** the filters as store queries take them (the unit is the grouping's) */
  query: Omit<UnitQuery, "by">;
}

export interface SelectOptions {
  filter?: ArticleFilter;
  by?: Unit;
  label?: LabelStyle;
  /** the unit when none is asked for: "outlet" compares outlets whenever two are named (a store's report); default src/grouping's choice */
  defaultUnit?: "outlet";
}

/** The unit when `--by` is not given: a collection is compared per outlet whenever it names two, else as src/grouping chooses. */
function unitFor(articles: StoredArticle[], options: SelectOptions): UnitChoice {
  if (options.by || options.defaultUnit !== "outlet") return chooseUnit(articles, options.by);
  const outlets = new Set(articles.map((a) => a.outlet).filter((o) => o && o !== "unknown")).size;
  if (outlets < 2) return chooseUnit(articles);
  return { unit: "outlet", reason: `Compared per outlet, as a collection is: ${articles.length.toLocaleString("en-US")} articles from ${outlets.toLocaleString("en-US")} outlets (--by article, date or topic compares otherwise).` };
}

export async function selectStore(store: Store, options: SelectOptions = {}): Promise<StoreSelection> {
  const f = options.filter;
  const query = { outlets: f ? wantedOutlets(f) : [], from: f?.from, to: f?.to };
  await selectArticles(store, { ...query, by: options.by ?? "outlet" });
  const articles: StoredArticle[] = [];
  // a collection's million rows read a chunk at a time, each kept only as its article
  await store.forEachRow(`SELECT a.id, a.file, a.title, u.outlet, a.published, a.published_estimated, a.topic, a.words, a.sentences,
    a.removed_chars, a.characters, a.seq FROM unit_articles u JOIN articles a ON a.id = u.article ORDER BY a.seq`, (r) => {
    const [id, file, title, outlet, published, estimated, topic, words, sentences, removed, characters, seq] = r;
    const a: StoredArticle = {
      id: String(id), file: String(file), title: title === null ? null : String(title), outlet: String(outlet),
      published: published === null ? null : String(published), publishedEstimated: Boolean(estimated),
      words: Number(words), sentences: Number(sentences), removedChars: Number(removed), characters: Number(characters), seq: Number(seq),
    };
    if (topic !== null) a.topic = String(topic);
    articles.push(a);
  });
  const choice = unitFor(articles, options);
  // the unit_articles table every later query joins: keyed by the chosen unit
  if (choice.unit !== (options.by ?? "outlet")) await selectArticles(store, { ...query, by: choice.unit });
  const stored = store.state.batches.reduce((n, b) => n + b.articles, 0);
  return { articles, grouping: groupArticles(articles, choice, options.label), stored, note: f ? filterNote(f, articles.length, stored) : null, query };
}
