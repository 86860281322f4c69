/**
 * Names for the overlap charts: the report's grouping (src/grouping) when there is one, else one
 * group per article labelled from the overlap result's own metadata (outlet · day, or the id when it
 * reads as a name), so a notebook can draw a result on its own. The analysis writes ids into its
 * notes and verdicts; `withLabels` puts the readable labels in their place for hovers and prose.
 */
import type { OverlapResult } from "../overlap/index";
import { groupArticles, type Grouping } from "../grouping/groups";

export function overlapGrouping(r: OverlapResult, grouping?: Grouping): Grouping {
  if (grouping) return grouping;
  return groupArticles(r.articles.map((a) => ({ ...a, title: null })), { unit: "article", reason: "" });
}

/** The text with every id of `ids` replaced by its label (longest ids first, so "wp-12" is not read as "wp-1"). */
export function withLabels(text: string, ids: string[], label: (id: string) => string): string {
  const sorted = [...new Set(ids)].filter(Boolean).sort((x, y) => y.length - x.length);
  if (sorted.length === 0) return text;
  const re = new RegExp(sorted.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
  return text.replace(re, (id) => label(id));
}

/** Text cut at about `max` characters, with "…" (hover text stays short). */
export function cut(text: string, max = 160): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** "article" / "outlet" / "story" / "day" (or "cluster"): what one unit is called in a sentence, singular or plural. */
export function unitNoun(unit: Grouping["unit"] | "cluster", n = 1): string {
  const one = unit === "topic" ? "story" : unit === "date" ? "day" : unit;
  return n === 1 ? one : unit === "topic" ? "stories" : `${one}s`;
}
