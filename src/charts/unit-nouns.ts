/**
 * What one group of a unit is called in a caption, a note or an axis title, so every chart and
 * sentence says "outlet" or "story" when it compares outlets or stories, not always "article".
 */
import type { Unit } from "../grouping/unit";

const NOUNS: Record<Unit, [string, string]> = {
  article: ["article", "articles"],
  outlet: ["outlet", "outlets"],
  date: ["publication day", "publication days"],
  topic: ["story", "stories"],
};

/** "outlet" / "outlets" for a unit. */
export function unitNoun(unit: Unit, plural = false): string {
  return NOUNS[unit][plural ? 1 : 0];
}

/** "1 outlet", "1,210 outlets". */
export function countOf(n: number, unit: Unit): string {
  return `${n.toLocaleString("en-US")} ${unitNoun(unit, n !== 1)}`;
}
