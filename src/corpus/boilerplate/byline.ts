import type { RemovedSpan } from "../article";
import { headBeforeFound, type BoilerplateRule } from "./rule";

/** Lower-case words a byline may hold: "By Jane Doe and John Roe for The Times, staff writer". */
const BYLINE_CONNECTORS = new Set([
  "and", "&", "of", "the", "de", "del", "da", "di", "van", "von", "der", "den", "la", "le", "du", "bin",
  "al", "in", "for", "at", "staff", "writer", "writers", "reporter", "reporters", "correspondent",
  "correspondents", "editor", "contributor", "special", "senior", "chief", "news", "political",
  "national", "foreign", "·", "|", "-", "–", "—",
]);

const OUTLET_WORD = /\b(?:Press|News|Times|Post|Journal|Staff|Editors|Editorial|Board|Herald|Tribune|Guardian|Telegraph|Reuters|Wire|Agency|Service|Bureau|Desk|Correspondents?)\b/;

/**
 * A line that is only "By" and names: "By Eugene Kim", "By Michael Birnbaum, Robyn Dixon · The
 * Washington Post" (its "(c) 2025" tail is taken by the copyright rule first). "By the time …",
 * "By comparison, …", "By Sunday, the troops …", "By 2001, …" have lower-case words or numbers.
 */
export function looksLikeByline(text: string): boolean {
  const m = /^by\s+(.+)$/i.exec(text);
  if (!m || text.length > 200) return false;
  if (/[\p{Ll}]{2,}[.!?]$/u.test(text)) return false;
  const words = m[1].split(/[\s,;]+/).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > 20) return false;
  if (!/^\p{Lu}/u.test(words[0])) return false;
  // "By The Associated Press" is a byline, "By The Numbers" is a heading.
  if (/^the$/i.test(words[0]) && !OUTLET_WORD.test(m[1])) return false;
  return words.every((w) => {
    if (BYLINE_CONNECTORS.has(w)) return true;
    const core = w.replace(/^[("'“‘]+|[)"'”’:]+$/g, "");
    if (core.length === 0) return true;
    // Names and initials: capitalised letters, inner apostrophes, hyphens and dots ("O'Neil", "J.D.").
    return /^\p{Lu}[\p{L}'’.\-]*$/u.test(core);
  });
}

export const byline: BoilerplateRule = ({ lines, taken }) => {
  const spans: RemovedSpan[] = [];
  for (const line of lines) {
    const head = headBeforeFound(line, taken);
    if (head && looksLikeByline(head.text)) spans.push({ start: head.start, end: head.end, reason: "byline" });
  }
  return spans;
};
