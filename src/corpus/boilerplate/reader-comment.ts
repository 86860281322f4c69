import type { RemovedSpan } from "../article";
import type { Line } from "./lines";
import { lineSpan, type BoilerplateRule } from "./rule";

/**
 * Where a report ends. Strength says how much evidence the text after it needs to count as
 * readers' comments: none after a "Comments" heading, one sign after a contributors' line or a
 * wire service's "(Reporting by …; Editing by …)", two after a bare separator (a separator also
 * breaks sections inside features, where the article simply goes on).
 */
export function endMarkerStrength(text: string): 0 | 1 | 2 | 3 {
  if (/^(?:\d+\s+)?(?:reader(?:s['’])?\s+|user\s+)?comments?(?:\s*\(\d+\))?:?$|^(?:join|leave|add|post) (?:the conversation|a comment|your comment)\.?$|^(?:view|show|read) (?:all )?\d*\s*comments?$/i.test(text)) return 3;
  if (text.length <= 500 && /\b(?:contributed|contributing)\b(?: reporting)?[^.]{0,40}\bto (?:this|the) (?:report|article|story)\.?\)?$|^\(?(?:Additional )?(?:reporting|writing) by\b.*\)?$|contributed reporting\.?\)?$/i.test(text)) return 2;
  if (/^(?:[-–—_*=~•·]\s*){3,}$/.test(text)) return 1;
  return 0;
}

/** `text` with quotations taken out: a report quotes people who say "I", "you" and "!". */
function outsideQuotes(text: string): string {
  return text.replace(/“[^“”]*”|"[^"]*"|‘[^‘’]*’(?![\p{L}])/gu, " ");
}

/**
 * Signs that a paragraph is a reader talking, not the report: "!" outside quotes, "I/we/our" and
 * "you" outside quotes. A paragraph that attributes ("said", "told", "according to") reads as
 * reporting and scores nothing.
 */
export function commentScore(text: string): number {
  const own = outsideQuotes(text);
  if (/\b(?:said|says|told|according to|reported|announced|wrote)\b/i.test(own)) return 0;
  let score = 0;
  if (/!/.test(own)) score++;
  if (/\b(?:I|I['’]m|I['’]ve|my|me|we|we['’]re|our|us)\b/.test(own)) score++;
  if (/\b(?:you|your|you['’]re)\b/i.test(own)) score++;
  return score;
}

/**
 * Readers' comments appended after the article's end: after an end marker, the first paragraph
 * that reads as a comment starts the comments, which run to the end of the text (one span per
 * line). The markers themselves (the contributors' line, the separator) stay: they belong to the
 * article as published.
 */
export const readerComment: BoilerplateRule = ({ lines }) => {
  let strength = 0;
  let startAt: Line | null = null;
  for (const line of lines) {
    const marker = endMarkerStrength(line.text);
    if (marker > 0) {
      strength = Math.max(strength, marker);
      continue;
    }
    if (strength === 0) continue;
    const needed = strength === 3 ? 0 : strength === 2 ? 1 : 2;
    if (commentScore(line.text) >= needed) {
      startAt = line;
      break;
    }
  }
  if (!startAt) return [];
  return lines.slice(startAt.index).map((l) => lineSpan(l, "reader comment"));
};
