/**
 * Keep the articles of some outlets or of a date range: `--outlet`, `--from`, `--to` on a folder,
 * the same filters a store takes. Outlets match the settled name or any name of the same outlet
 * ("nyt" finds the New York Times), ignoring case; dates compare publication days, and an article
 * with no date is left out once a range is asked for (a range cannot say it is in).
 */
import type { Article } from "./article";
import { knownOutlet } from "./outlets";

export interface ArticleFilter {
  /** outlet names; an article of any of them is kept */
  outlets?: string[];
  /** first publication day kept, YYYY-MM-DD */
  from?: string;
  /** last publication day kept, YYYY-MM-DD */
  to?: string;
}

export interface FilterOutcome {
  kept: Article[];
  /** one sentence on what was left out, or null when the filter kept everything */
  note: string | null;
}

export function isEmptyFilter(f: ArticleFilter | undefined): boolean {
  return !f || (!(f.outlets && f.outlets.length) && !f.from && !f.to);
}

export function filterArticles(articles: Article[], filter: ArticleFilter | undefined): FilterOutcome {
  if (!filter || isEmptyFilter(filter)) return { kept: articles, note: null };
  const wanted = new Set((filter.outlets ?? []).flatMap((o) => [o.trim().toLowerCase(), (knownOutlet(o) ?? o).trim().toLowerCase()]));
  const kept = articles.filter((a) => {
    if (wanted.size && !wanted.has(a.outlet.toLowerCase())) return false;
    if (!filter.from && !filter.to) return true;
    const day = a.published?.slice(0, 10);
    if (!day) return false;
    return (!filter.from || day >= filter.from) && (!filter.to || day <= filter.to);
  });
  const asked = [
    filter.outlets?.length ? `outlet ${filter.outlets.join(" or ")}` : null,
    filter.from || filter.to ? `published ${filter.from ? `from ${filter.from}` : ""}${filter.from && filter.to ? " " : ""}${filter.to ? `to ${filter.to}` : ""}` : null,
  ].filter(Boolean).join(", ");
  return { kept, note: `${kept.length} of ${articles.length} articles kept (${asked})` };
}
