/**
 * Source overlap per unit of comparison (outlet, day, story): how much of one outlet's text is found
 * in another outlet's articles. Readers compare outlets, not 4,000 article pairs; the numbers here are
 * computed from the pairs' `shared_a`/`shared_b` alone, so every article-level fact stays in the pairs.
 *
 * share(U → V), the row unit U's words found in the column unit V: for each article a of U, the
 * largest share of a's words inside passages aligned with any ONE article of V (other than a itself),
 * averaged over U's articles weighted by their words. The best single match, not the sum over V's
 * articles: a wire story run by five papers of V is found once, not five times, and the value stays a
 * share of U's words (0..1). share(U → U) compares U's articles with U's other articles (an outlet
 * re-running its own text).
 *
 * found(U): for each article, its best match in the whole corpus, attributed to that match's unit and
 * averaged the same way; the parts add up to the share of U's words found anywhere (≤ 1).
 */
import type { OverlapResult } from "./index";
import { describeClusters, syndicationClusters, type ClusterSummary } from "./clusters";

/** What the aggregation needs of a grouping (src/grouping): the groups and each article's group key. */
export interface UnitGroups {
  groups: ReadonlyArray<{ key: string; label: string; articles: string[] }>;
  groupOf: ReadonlyMap<string, string>;
}

export interface UnitOverlapCell {
  /** the row unit's words found in the column unit's articles, 0..1 (see the module comment) */
  share: number;
  /** row-unit articles with any words found in a column-unit article */
  articles_found: number;
  /** the row-unit article found most in the column unit, with its best match there */
  best: { article: string; match: string; share: number } | null;
}

export interface UnitOverlap {
  /** the units in the grouping's order (largest first), with their articles and words */
  units: Array<{ key: string; label: string; articles: number; words: number }>;
  /** cells[i][j]: unit i's words found in unit j's articles */
  cells: UnitOverlapCell[][];
  /** found[i][j]: the part of unit i's words whose best match anywhere lies in unit j; sum over j ≤ 1 */
  found: number[][];
}

/**
 * Unit × unit overlap. Articles of a large corpus that were never tokenised (`words: null`: in no
 * candidate pair, so nothing of them is found anywhere) weigh `words(id)` when given, else the mean
 * of the known word counts.
 */
export function unitOverlap(r: OverlapResult, grouping: UnitGroups, words?: (id: string) => number | undefined): UnitOverlap {
  const units = grouping.groups;
  const index = new Map(units.map((g, i) => [g.key, i]));
  const known = r.articles.filter((a) => a.words !== null).map((a) => a.words!);
  const mean = known.length ? known.reduce((s, w) => s + w, 0) / known.length : 1;
  const weight = new Map(r.articles.map((a) => [a.id, a.words ?? words?.(a.id) ?? mean]));
  // per article, per column unit: its best match there; and its best match anywhere
  const bestIn = new Map<string, Map<number, { match: string; share: number }>>();
  const bestAnywhere = new Map<string, { unit: number; match: string; share: number }>();
  const consider = (article: string, match: string, share: number) => {
    if (share <= 0) return;
    const u = index.get(grouping.groupOf.get(match) ?? "");
    if (u === undefined) return;
    let m = bestIn.get(article);
    if (!m) bestIn.set(article, (m = new Map()));
    const old = m.get(u);
    if (!old || share > old.share) m.set(u, { match, share });
    const any = bestAnywhere.get(article);
    if (!any || share > any.share) bestAnywhere.set(article, { unit: u, match, share });
  };
  for (const p of r.pairs) {
    consider(p.a, p.b, p.shared_a);
    consider(p.b, p.a, p.shared_b);
  }
  const n = units.length;
  const out: UnitOverlap = { units: [], cells: [], found: [] };
  units.forEach((g) => {
    const total = g.articles.reduce((s, a) => s + (weight.get(a) ?? 0), 0);
    const cells: UnitOverlapCell[] = Array.from({ length: n }, () => ({ share: 0, articles_found: 0, best: null }));
    const found = new Array<number>(n).fill(0);
    for (const a of g.articles) {
      const w = (weight.get(a) ?? 0) / (total || 1);
      for (const [j, m] of bestIn.get(a) ?? []) {
        const c = cells[j];
        c.share += w * m.share;
        c.articles_found++;
        if (!c.best || m.share > c.best.share) c.best = { article: a, match: m.match, share: m.share };
      }
      const any = bestAnywhere.get(a);
      if (any) found[any.unit] += w * any.share;
    }
    out.units.push({ key: g.key, label: g.label, articles: g.articles.length, words: Math.round(total) });
    out.cells.push(cells);
    out.found.push(found);
  });
  return out;
}

export interface UnitOverlapRow {
  /** the row unit's key and the column unit's key */
  unit: string;
  found_in: string;
  share: number;
  articles: number;
  articles_found: number;
  best_article: string | null;
  best_match: string | null;
  best_share: number | null;
}

/**
 * The non-zero cells, largest share first (a unit × unit matrix of 350 outlets is 122,500 cells,
 * nearly all 0): the per-unit part of `--json` and the CSV.
 */
export function unitOverlapRows(u: UnitOverlap): UnitOverlapRow[] {
  const rows: UnitOverlapRow[] = [];
  u.cells.forEach((row, i) => row.forEach((c, j) => {
    if (c.share <= 0) return;
    rows.push({
      unit: u.units[i].key, found_in: u.units[j].key, share: round(c.share),
      articles: u.units[i].articles, articles_found: c.articles_found,
      best_article: c.best?.article ?? null, best_match: c.best?.match ?? null, best_share: c.best ? round(c.best.share) : null,
    });
  }));
  return rows.sort((x, y) => y.share - x.share);
}

/** The overlap as `newscompare overlap --json` and the report's results.json give it. */
export interface OverlapByUnit extends OverlapResult {
  /** the unit of comparison */
  unit: string;
  /** syndication clusters (copy and rewrite links), largest first */
  clusters: ClusterSummary[];
  /** per unit when the unit is not the article: the units and the non-zero unit × unit cells */
  by_unit: { units: UnitOverlap["units"]; cells: UnitOverlapRow[] } | null;
}

/** The article-level result with its clusters and, unless compared per article, its per-unit matrix. */
export function overlapByUnit(r: OverlapResult, grouping: UnitGroups & { unit: string }, words?: (id: string) => number | undefined): OverlapByUnit {
  const clusters = describeClusters(syndicationClusters(r.pairs), r.pairs, r.articles);
  if (grouping.unit === "article") return { ...r, unit: grouping.unit, clusters, by_unit: null };
  const u = unitOverlap(r, grouping, words);
  return { ...r, unit: grouping.unit, clusters, by_unit: { units: u.units, cells: unitOverlapRows(u) } };
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
