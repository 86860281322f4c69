import type { Article } from "./article";

/**
 * One spelling per outlet across a corpus. Sources disagree on case ("nyt" in most BASIL files,
 * "NYT" in a few), which would give one outlet two colours, two legend entries and two groups in
 * every per-outlet count. Names equal but for case and surrounding space become the spelling most
 * articles use; a tie goes to the spelling with more capitals ("NYT" over "nyt"). The spelling as
 * given stays in `meta.outlet_as_given` when it changed.
 */
export function unifyOutletNames(articles: Article[]): void {
  const spellings = new Map<string, Map<string, number>>();
  for (const a of articles) {
    const key = a.outlet.trim().toLowerCase();
    const forms = spellings.get(key) ?? new Map<string, number>();
    forms.set(a.outlet.trim(), (forms.get(a.outlet.trim()) ?? 0) + 1);
    spellings.set(key, forms);
  }
  const capitals = (s: string) => (s.match(/\p{Lu}/gu) ?? []).length;
  const chosen = new Map<string, string>();
  for (const [key, forms] of spellings) {
    const best = [...forms].sort((x, y) => y[1] - x[1] || capitals(y[0]) - capitals(x[0]) || x[0].localeCompare(y[0]))[0][0];
    chosen.set(key, best);
  }
  for (const a of articles) {
    const best = chosen.get(a.outlet.trim().toLowerCase())!;
    if (best !== a.outlet) {
      a.meta = { ...a.meta, outlet_as_given: a.outlet };
      a.outlet = best;
    }
  }
}
