/**
 * Word document frequencies (IDF) for the similarity model: the table stored with the model
 * (similarity-model.ts) and the lookup over it. Apart from similarity.ts so that the generated model
 * file can name the table's type without importing the module that reads it.
 */
import type { SentenceView } from "./normalise";

/** Document frequencies of words over a set of sentences; words below `minDf` are left out (and count as df = minDf). */
export interface IdfTable {
  sentences: number;
  minDf: number;
  df: Record<string, number>;
}

/** IDF of a word, and the summed IDF of a sentence's distinct words (cached per sentence view). */
export interface IdfWeights {
  idf(word: string): number;
  mass(view: SentenceView): number;
}

/** IDF lookup for a table: log((N + 1) / (df + 1)), unknown words at the floor's df. */
export function idfLookup(table: IdfTable): IdfWeights {
  const map = new Map<string, number>();
  for (const w of Object.keys(table.df)) map.set(w, Math.log((table.sentences + 1) / (table.df[w] + 1)));
  const unseen = table.minDf > 1 ? Math.log((table.sentences + 1) / table.minDf) : Math.log(table.sentences + 1);
  const idf = (word: string) => map.get(word) ?? unseen;
  const masses = new WeakMap<SentenceView, number>();
  return {
    idf,
    mass(view) {
      let m = masses.get(view);
      if (m === undefined) {
        m = 0;
        for (const w of view.unigrams) m += idf(w);
        masses.set(view, m);
      }
      return m;
    },
  };
}

/** Builds the table from sentences (their folded words), keeping words seen in at least minDf sentences. */
export function buildIdfTable(sentences: SentenceView[], minDf: number): IdfTable {
  const counts = new Map<string, number>();
  for (const v of sentences) for (const w of v.unigrams) counts.set(w, (counts.get(w) ?? 0) + 1);
  const df: Record<string, number> = {};
  for (const [w, c] of [...counts].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))) if (c >= minDf) df[w] = c;
  return { sentences: sentences.length, minDf, df };
}
