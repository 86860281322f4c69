/**
 * The store's tables: one owner for every column, its SQL type and what it holds. The worker writes
 * rows in this column order, the reader declares empty tables from it, and docs/SCALE.md describes
 * the same columns for Spark or Trino.
 *
 * Per-article tables (written at ingest, one Parquet file per table per batch):
 *   articles, texts, terms, mentions, quotes, signatures
 * Derived tables (rewritten whole by the passes after ingest or removal, from the per-article ones):
 *   outlets (spelling → outlet), speakers (name → canonical speaker), events, outlet_terms (term counts
 *   per outlet: what frequencies by outlet read), pairs
 */
/**
 * 2: articles carry their story as each source gives it (topic_field, topic_folder, topic_series;
 * src/corpus/topics.ts) and the length of their text as read (characters).
 */
export const SCHEMA_VERSION = 2;

export type ColumnType = "VARCHAR" | "INTEGER" | "BIGINT" | "DOUBLE" | "BOOLEAN";

export interface Column {
  name: string;
  type: ColumnType;
}

const col = (spec: string): Column[] =>
  spec.trim().split(/\s*,\s*/).map((c) => {
    const [name, type] = c.split(/\s+/);
    return { name, type: type as ColumnType };
  });

export const TABLES = {
  /**
   * one row per stored article: what `corpus` lists; `seq` is the ingest order, `batch` the file it is in;
   * topic_*: its story as each source of src/corpus/topics.ts gives it (which source the collection
   * follows is decided over the whole store by the passes: the `topic` column of the articles view)
   */
  articles: col(`id VARCHAR, seq BIGINT, batch VARCHAR, file VARCHAR, outlet VARCHAR, title VARCHAR, url VARCHAR, published VARCHAR,
    published_estimated BOOLEAN, language VARCHAR, authors VARCHAR, encoding VARCHAR, words INTEGER, sentences INTEGER,
    removed_chars INTEGER, characters INTEGER, reference VARCHAR, reference_estimated BOOLEAN, digest VARCHAR, topic_field VARCHAR, topic_folder VARCHAR,
    topic_series VARCHAR`),
  /** the text as read and what cleaning removed (JSON spans), so nothing is lost and pairs can be aligned later */
  texts: col(`article VARCHAR, raw VARCHAR, removed VARCHAR, meta VARCHAR`),
  /** word counts: `term` the folded word (the frequencies key), `stem` its Porter stem, `form` as written; `first` its first offset */
  terms: col(`article VARCHAR, term VARCHAR, stem VARCHAR, form VARCHAR, count INTEGER, first INTEGER`),
  /** the timeline's mentions, resolved against the article's reference date */
  mentions: col(`article VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR, type VARCHAR, value VARCHAR, mod VARCHAR, anchor VARCHAR,
    resolved_start VARCHAR, resolved_end VARCHAR, direction VARCHAR, sentence_start INTEGER, sentence_end INTEGER, sentence VARCHAR, ord INTEGER`),
  /** quotations with the speaker as the article names them (the speakers table merges spellings) */
  quotes: col(`article VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR, speaker VARCHAR, cue VARCHAR, words INTEGER, kind VARCHAR,
    attribution VARCHAR, speaker_text VARCHAR, role VARCHAR, mark_start INTEGER, mark_end INTEGER, paragraph INTEGER, closed BOOLEAN,
    parts VARCHAR, speaker_start INTEGER, speaker_end INTEGER, cue_start INTEGER, cue_end INTEGER, person_aliases VARCHAR, person_roles VARCHAR, ord INTEGER`),
  /** the overlap candidate filter's sampled shingle hashes per family; `shingles`: the article's shingles in that family */
  signatures: col(`article VARCHAR, family VARCHAR, hash BIGINT, shingles INTEGER`),
} as const;

export type TableName = keyof typeof TABLES;
export const ARTICLE_TABLES = Object.keys(TABLES) as TableName[];

export const DERIVED = {
  outlets: col(`spelling VARCHAR, outlet VARCHAR`),
  speakers: col(`speaker VARCHAR, canonical VARCHAR`),
  events: col(`event VARCHAR, value VARCHAR, label VARCHAR, clause VARCHAR, keywords VARCHAR, article VARCHAR, start INTEGER, "end" INTEGER, mention_value VARCHAR, conflict BOOLEAN`),
  outlet_terms: col(`unit VARCHAR, term VARCHAR, stem VARCHAR, form VARCHAR, count BIGINT, first_seen BIGINT`),
  pairs: col(`a VARCHAR, b VARCHAR, shared_a DOUBLE, shared_b DOUBLE, verbatim_a DOUBLE, verbatim_b DOUBLE, relation VARCHAR, containment DOUBLE, detail VARCHAR`),
} as const;

export type DerivedName = keyof typeof DERIVED;
export const DERIVED_TABLES = Object.keys(DERIVED) as DerivedName[];

/** A column name as SQL needs it ("end" is a keyword). */
export const bare = (c: Column) => c.name.replace(/"/g, "");
