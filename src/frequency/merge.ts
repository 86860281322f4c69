/**
 * A count table whose groups are merged under new keys: publication days into weeks or months when a
 * corpus spans more days than a chart has panels. Only the grouping changes (terms, corpus totals and
 * the rate denominator are the same words), so keyness and rates then compare the merged groups.
 */
import type { Grouping } from "../grouping/groups";
import type { CountTable, Group } from "./counts";
import type { TermCounts } from "./term-counts";

/**
 * `keyOf` returns the merged group's key; merged groups keep the order of their first member, or
 * `order`'s when given.
 */
export function mergeGroups(table: CountTable, keyOf: (group: Group) => string, order?: (a: Group, b: Group) => number): CountTable {
  const index = new Map<string, number>();
  const groups: Group[] = [];
  const members: number[][] = [];
  table.groups.forEach((g, i) => {
    const key = keyOf(g);
    const at = index.get(key);
    if (at === undefined) {
      index.set(key, groups.length);
      groups.push({ ...g, key, articles: [...g.articles] });
      members.push([i]);
      return;
    }
    const m = groups[at];
    if (m.outlet !== g.outlet) m.outlet = "unknown";
    m.articles.push(...g.articles);
    if (g.published && (m.published === null || g.published < m.published)) m.published = g.published;
    m.words += g.words;
    members[at].push(i);
  });
  // one pass over the members' counts per merged group, summed in a dense scratch array
  const scratch = new Int32Array(table.terms.length);
  const counts: TermCounts[] = members.map((list) => {
    if (list.length === 1) return table.counts[list[0]];
    const touched: number[] = [];
    for (const i of list) {
      const c = table.counts[i];
      for (let k = 0; k < c.ids.length; k++) {
        const id = c.ids[k];
        if (scratch[id] === 0) touched.push(id);
        scratch[id] += c.counts[k];
      }
    }
    const merged: TermCounts = { ids: new Int32Array(touched.length), counts: new Int32Array(touched.length) };
    touched.forEach((id, k) => {
      merged.ids[k] = id;
      merged.counts[k] = scratch[id];
      scratch[id] = 0;
    });
    return merged;
  });
  if (order) {
    const sorted = groups.map((g, i) => [g, counts[i]] as const).sort((p, q) => order(p[0], q[0]));
    groups.splice(0, groups.length, ...sorted.map((p) => p[0]));
    counts.splice(0, counts.length, ...sorted.map((p) => p[1]));
  }
  const df = new Array<number>(table.terms.length).fill(0);
  for (const c of counts) for (let i = 0; i < c.ids.length; i++) df[c.ids[i]]++;
  return { ...table, groups, counts, df };
}

/**
 * The count table of a unit from the per-article table (keyed by article id): groups keyed by the
 * grouping's `groupOf` (src/grouping's `unitKey`) and in its order, largest first or by day. The
 * same counts as counting by the unit directly, so a report counts the words once and derives every
 * unit it needs from them.
 */
export function tableForGrouping(articles: CountTable, grouping: Pick<Grouping, "unit" | "groupOf" | "groups">): CountTable {
  if (grouping.unit === "article") return articles;
  const position = new Map(grouping.groups.map((g, i) => [g.key, i]));
  const at = (key: string) => position.get(key) ?? Number.MAX_SAFE_INTEGER;
  const merged = mergeGroups(articles, (g) => grouping.groupOf.get(g.key) ?? g.key, (a, b) => at(a.key) - at(b.key));
  return { ...merged, by: grouping.unit };
}
