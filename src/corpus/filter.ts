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

/** The lower-case outlet names an article's settled outlet must be among (each name and the outlet it is a usual name of); a store's query takes the same list. */
export function wantedOutlets(filter: ArticleFilter): string[] {
  return [...new Set((filter.outlets ?? []).flatMap((o) => [o.trim().toLowerCase(), (knownOutlet(o) ?? o).trim().toLowerCase()]))];
}

export function filterArticles(articles: Article[], filter: ArticleFilter | undefined): FilterOutcome {
  if (!filter || isEmptyFilter(filter)) return { kept: articles, note: null };
  const wanted = new Set(wantedOutlets(filter));
  const kept = articles.filter((a) => {
    if (wanted.size && !wanted.has(a.outlet.toLowerCase())) return false;
    if (!filter.from && !filter.to) return true;
    const day = a.published?.slice(0, 10);
    if (!day) return false;
    return (!filter.from || day >= filter.from) && (!filter.to || day <= filter.to);
  });
  return { kept, note: filterNote(filter, kept.length, articles.length) };
}

/** What a filter kept, in one sentence; null for no filter. */
export function filterNote(filter: ArticleFilter, kept: number, of: number): string | null {
  if (isEmptyFilter(filter)) return null;
  const asked = [
    filter.outlets?.length ? `outlet ${filter.outlets.join(" or ")}` : null,
    filter.from || filter.to ? `published ${filter.from ? `from ${filter.from}` : ""}${filter.from && filter.to ? " " : ""}${filter.to ? `to ${filter.to}` : ""}` : null,
  ].filter(Boolean).join(", ");
  return `${kept.toLocaleString("en-US")} of ${of.toLocaleString("en-US")} articles kept (${asked})`;
}
