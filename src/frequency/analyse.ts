/**
 * The word-frequency analysis in one call: defaults resolved, names found, terms counted, distinctive
 * terms scored by every method. The result is plain JSON: the CLI's --json, the report's
 * results.json and the notebook's tables all print this object.
 */
import { stem as porterStem } from "../text/stems";
import { stopwordSet } from "../text/stopwords";
import type { Document } from "../text/types";
import { countTerms, termRows, type CountOptions, type CountTable, type Group, type GroupBy, type TermRow } from "./counts";
import { distinctive, KEYNESS_METHODS, type DistinctiveRow, type KeynessMethod } from "./keyness";
import { phraseSet } from "./phrase-set";
import { findPhrases, type Phrase } from "./phrases";
import type { TermUnit } from "./units";

export interface FrequencyOptions {
  /** the unit of comparison: "article" (default), "outlet", "date" (publication day) or "topic" (story) */
  by?: GroupBy;
  /** group key → readable label (src/grouping's `groupLabel`); groups not in it are labelled by their key */
  labels?: ReadonlyMap<string, string>;
  /** "word" (default) or "stem" */
  unit?: TermUnit;
  /** longest n-gram in units; default 1 */
  ngram?: number;
  /** stopword list (token norms); default the text layer's English list; false keeps every word */
  stopwords?: readonly string[] | ReadonlySet<string> | false;
  /** count numbers as terms; default false */
  numbers?: boolean;
  /** multi-word names: true finds them in the text (default), false counts single words, or a list */
  phrases?: boolean | string[];
  /** terms per group in `terms`, distinctive rows per group and method; default 20 and 10 */
  top?: number;
  topDistinctive?: number;
  /** minimum count in the target for a distinctive term; default 3 */
  minCount?: number;
  methods?: KeynessMethod[];
  /** Dirichlet prior scale for log-odds; default 1 (the corpus counts themselves) */
  priorScale?: number;
}

export interface GroupRow {
  /** the group's key: article id, outlet, day or story (the name the JSON contract gives it) */
  article: string;
  /** what a reader sees: the article's label ("Fox News · 2012-06-03 · Sestak says…") or the group's name */
  label: string;
  outlet: string;
  articles: string[];
  published: string | null;
  words: number;
}

export interface FrequencyResult {
  by: GroupBy;
  unit: TermUnit;
  ngram: number;
  minCount: number;
  /** what per10k divides by */
  denominator: string;
  groups: GroupRow[];
  /** names merged into one term (empty when phrases are off) */
  phrases: Phrase[];
  terms: TermRow[];
  distinctive: DistinctiveRow[];
}

/** How many most frequent and distinctive terms a result lists per group, and how often a distinctive term must occur in it. */
export const FREQUENCY_DEFAULTS = { top: 20, topDistinctive: 10, minCount: 3 } as const;

export const DENOMINATOR = "words of the group (article, outlet, day or story) as the corpus command counts them: word and number tokens, stopwords included, punctuation and a split-off \"'s\" not";

/** Options for `countTerms`/`kwic` from user options, finding names in `docs` when asked. */
export function resolveCountOptions(docs: Document[], options: FrequencyOptions = {}): CountOptions & { found: Phrase[] } {
  const stopwords = options.stopwords === false ? new Set<string>() : stopwordSet(options.stopwords ?? undefined);
  let found: Phrase[] = [];
  let phrases = null;
  if (Array.isArray(options.phrases)) {
    phrases = phraseSet(options.phrases);
  } else if (options.phrases !== false) {
    found = findPhrases(docs, { stopwords: stopwordSet() });
    phrases = phraseSet(found.map((p) => p.key));
  }
  return {
    unit: options.unit ?? "word",
    stem: porterStem,
    numbers: options.numbers ?? false,
    stopwords,
    phrases,
    ngram: Math.max(1, Math.floor(options.ngram ?? 1)),
    by: options.by ?? "article",
    found,
  };
}

/** The count table (in memory, with Maps) plus the names it merged: for charts and KWIC. */
export function frequencyTable(docs: Document[], options: FrequencyOptions = {}): { table: CountTable; phrases: Phrase[]; ngram: number } {
  const resolved = resolveCountOptions(docs, options);
  return { table: countTerms(docs, resolved), phrases: resolved.found, ngram: resolved.ngram };
}

/** A group as the result lists it, labelled (src/grouping's label, else its key). */
export function groupRow(g: Group, labels?: ReadonlyMap<string, string>): GroupRow {
  return { article: g.key, label: labels?.get(g.key) ?? g.key, outlet: g.outlet, articles: g.articles, published: g.published, words: g.words };
}

/** The JSON result from a count table. */
export function summarise(table: CountTable, phrases: Phrase[], ngram: number, options: FrequencyOptions = {}): FrequencyResult {
  const minCount = options.minCount ?? FREQUENCY_DEFAULTS.minCount;
  const rows: DistinctiveRow[] = [];
  for (const method of options.methods ?? KEYNESS_METHODS) {
    rows.push(...distinctive(table, { method, minCount, top: options.topDistinctive ?? FREQUENCY_DEFAULTS.topDistinctive, priorScale: options.priorScale }));
  }
  return {
    by: table.by,
    unit: table.unit,
    ngram,
    minCount,
    denominator: DENOMINATOR,
    groups: table.groups.map((g) => groupRow(g, options.labels)),
    phrases,
    terms: termRows(table, options.top ?? FREQUENCY_DEFAULTS.top),
    distinctive: rows,
  };
}

export function analyseFrequencies(docs: Document[], options: FrequencyOptions = {}): FrequencyResult {
  const { table, phrases, ngram } = frequencyTable(docs, options);
  return summarise(table, phrases, ngram, options);
}
