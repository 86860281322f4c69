/**
 * Distinctive terms ("keyness"): each group (article or outlet) against the rest of the corpus, by
 * three methods. Sizes are word tokens (stopwords included), the same denominator as the rates:
 * n = words of the target, nr = words of all other groups; y = count in the target, yr = in the rest.
 *
 * - "logodds": log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008),
 *   ranked by its z-score. Prior: α_w = s·(y_w), the term's count in the whole corpus times a scale
 *   s (default 1), α0 = s·N. See `logOddsDirichlet` in stats.ts for δ, σ² and z.
 * - "g2": log-likelihood G² (Rayson & Garside 2000), signed + when the target uses the term more,
 *   with Hardie's (2014) Log Ratio beside it as the effect size. See stats.ts.
 * - "tfidf": tf · ln(N/df) over the groups (tfidf.ts).
 *
 * Every row carries the raw counts (count, restCount) beside the score. A term must occur at least
 * `minCount` times in the target (default 3) so a word used once or twice in a short article does not
 * top its list; for under-used terms the minimum applies to the rest.
 */
import { compareKeys, per10k, round, type CountTable, type TermKind } from "./counts";
import { g2TwoCorpus, logOddsDirichlet, logRatio } from "./stats";
import { idf } from "./tfidf";
import { countOf } from "./term-counts";

export type KeynessMethod = "logodds" | "g2" | "tfidf";
export const KEYNESS_METHODS: KeynessMethod[] = ["logodds", "g2", "tfidf"];

export interface KeynessOptions {
  method?: KeynessMethod;
  /** minimum count in the target (over-used) or in the rest (under-used); default 3 */
  minCount?: number;
  /** rows per group and direction; default 10 */
  top?: number;
  /** "over": terms the target uses more (default); "under": less; "both" */
  direction?: "over" | "under" | "both";
  /** scale s of the Dirichlet prior α_w = s·(corpus count); default 1 */
  priorScale?: number;
  /** only terms of n units in [minN, maxN]; default all */
  minN?: number;
  maxN?: number;
  /** score only these groups (keys) against the rest; default every group (a chart draws a dozen of a thousand) */
  groups?: ReadonlySet<string>;
}

/**
 * Scores equal to this many decimals rank as ties (then by count, then by term). A mathematical tie
 * can differ in its last bit between two math libraries (4·ln 9 and 8·ln 3 do between V8 and the C
 * library DuckDB uses), and the store's SQL (src/store/sql/keyness.sql) must rank as this code does.
 */
export const SCORE_RANK_DIGITS = 9;

/** Decimals a listed score keeps. */
export const SCORE_DIGITS = 3;

/** The figure listed beside each method's score, rounded: δ (logodds), Log Ratio (g2), idf and the groups using the term (tfidf). */
export function methodExtra(method: KeynessMethod, extra: number, df: number): Partial<DistinctiveRow> {
  if (method === "logodds") return { delta: round(extra, 4) };
  if (method === "g2") return { logRatio: round(extra, 3) };
  return { idf: round(extra, 4), df };
}

export interface DistinctiveRow {
  article: string;
  term: string;
  key: string;
  kind: TermKind;
  method: KeynessMethod;
  /** z (logodds), signed G² (g2) or tf-idf */
  score: number;
  count: number;
  per10k: number;
  restCount: number;
  restPer10k: number;
  direction: "over" | "under";
  /** logodds: δ, the log-odds ratio itself */
  delta?: number;
  /** g2: Hardie's Log Ratio (log2 of the rate ratio) */
  logRatio?: number;
  /** tfidf: idf and document frequency (groups) */
  idf?: number;
  df?: number;
}

interface Scored {
  id: number;
  count: number;
  rest: number;
  score: number;
  /** the score as ranked (SCORE_RANK_DIGITS), set before sorting */
  rankScore?: number;
  extra: Partial<DistinctiveRow>;
}

/** Distinctive terms of every group by one method, best first within each group. */
export function distinctive(table: CountTable, options: KeynessOptions = {}): DistinctiveRow[] {
  const method = options.method ?? "logodds";
  const minCount = options.minCount ?? 3;
  const top = options.top ?? 10;
  const direction = options.direction ?? "over";
  const s = options.priorScale ?? 1;
  const minN = options.minN ?? 1;
  const maxN = options.maxN ?? Infinity;
  const N = table.words;
  const nGroups = table.groups.length;
  const rows: DistinctiveRow[] = [];
  if (nGroups < 2) return rows;

  const score = (id: number, y: number, n: number): Scored => {
    const yr = table.total[id] - y;
    const nr = N - n;
    if (method === "logodds") {
      const r = logOddsDirichlet(y, yr, n, nr, s * table.total[id], s * N);
      return { id, count: y, rest: yr, score: r.z, extra: methodExtra(method, r.delta, table.df[id]) };
    }
    if (method === "g2") {
      const g = g2TwoCorpus(y, yr, n, nr);
      const over = y / n > yr / nr;
      return { id, count: y, rest: yr, score: over ? g : -g, extra: methodExtra(method, logRatio(y, yr, n, nr), table.df[id]) };
    }
    const i = idf(nGroups, table.df[id]);
    return { id, count: y, rest: yr, score: y * i, extra: methodExtra(method, i, table.df[id]) };
  };
  const inRange = (id: number) => table.terms[id].n >= minN && table.terms[id].n <= maxN;

  table.groups.forEach((group, g) => {
    if (options.groups && !options.groups.has(group.key)) return;
    const n = group.words;
    const gc = table.counts[g];
    if (direction !== "under") {
      const over: Scored[] = [];
      for (let i = 0; i < gc.ids.length; i++) {
        const id = gc.ids[i];
        const y = gc.counts[i];
        if (y < minCount || !inRange(id)) continue;
        const sc = score(id, y, n);
        if (sc.score > 0) over.push(sc);
      }
      pushTop(rows, table, group.key, n, method, over, top, "over");
    }
    if (direction !== "over" && method !== "tfidf") {
      const under: Scored[] = [];
      for (let id = 0; id < table.terms.length; id++) {
        const y = countOf(gc, id);
        if (table.total[id] - y < minCount || !inRange(id)) continue;
        const sc = score(id, y, n);
        if (sc.score < 0) under.push(sc);
      }
      pushTop(rows, table, group.key, n, method, under, top, "under");
    }
  });
  return rows;
}

function pushTop(
  rows: DistinctiveRow[],
  table: CountTable,
  article: string,
  n: number,
  method: KeynessMethod,
  list: Scored[],
  top: number,
  direction: "over" | "under",
): void {
  const sign = direction === "over" ? 1 : -1;
  // rounded once per term, not once per comparison (a collection's groups have hundreds of thousands)
  for (const sc of list) sc.rankScore = round(sc.score, SCORE_RANK_DIGITS);
  list.sort((a, b) => sign * (b.rankScore! - a.rankScore!) || b.count - a.count || compareKeys(table.terms[a.id].key, table.terms[b.id].key));
  const nr = table.words - n;
  for (const sc of list.slice(0, top)) {
    const t = table.terms[sc.id];
    rows.push({
      article,
      term: t.display,
      key: t.key,
      kind: t.kind,
      method,
      score: round(sc.score, SCORE_DIGITS),
      count: sc.count,
      per10k: round(per10k(sc.count, n)),
      restCount: sc.rest,
      restPer10k: round(per10k(sc.rest, nr)),
      direction,
      ...sc.extra,
    });
  }
}
