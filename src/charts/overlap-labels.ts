/**
 * Names for the overlap charts: the report's grouping (src/grouping) when there is one, else one
 * group per article labelled from the overlap result's own metadata (outlet · day, or the id when it
 * reads as a name), so a notebook can draw a result on its own. The analysis writes ids into its
 * notes and verdicts; `withLabels` puts the readable labels in their place for hovers and prose.
 */
import { unitNoun as nounOf } from "../grouping/unit";
import type { OverlapResult } from "../overlap/index";
import { groupArticles, type Grouping } from "../grouping/groups";

export { withLabels } from "../overlap/summary";

export function overlapGrouping(r: OverlapResult, grouping?: Grouping): Grouping {
  if (grouping) return grouping;
  return groupArticles(r.articles.map((a) => ({ ...a, title: null })), { unit: "article", reason: "" });
}

/** Text cut at about `max` characters, with "…" (hover text stays short). */
export function cut(text: string, max = 160): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** "article" / "outlet" / "story" / "day" (or "cluster"): what one unit is called in a sentence, singular or plural. */
export function unitNoun(unit: Grouping["unit"] | "cluster", n = 1): string {
  if (unit === "cluster") return n === 1 ? "cluster" : "clusters";
  return nounOf(unit, n !== 1);
}
