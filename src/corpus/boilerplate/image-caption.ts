import type { RemovedSpan } from "../article";
import type { Line } from "./lines";
import { touched, type BoilerplateRule } from "./rule";
import { SpanSet } from "./span-set";

const MONTH = String.raw`(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`;
/** A full calendar date, the mark of a picture caption: "Jan. 24, 2025", "January 24, 2025", "14 November 2015". */
const FULL_DATE = new RegExp(String.raw`\b(?:${MONTH}\s+\d{1,2},?\s+(?:19|20)\d{2}|\d{1,2}\s+${MONTH}\s+(?:19|20)\d{2})\b`);

/**
 * Does the line read as a picture caption? A caption has a full date ("… in Moscow, Jan. 24, 2025.")
 * or pairs two pictures with " | "; it does not open with a quotation, and it is not a heading (it
 * ends like a sentence). The first paragraph under a headline has none of these by default, so a
 * credit line right under a headline ("Photo credit …" in first-call-web) takes only itself.
 */
export function looksLikeCaption(text: string): boolean {
  if (text.length < 20 || text.length > 600) return false;
  if (/^["“‘']/.test(text)) return false;
  if (!/[.!?)"”’]$/.test(text)) return false;
  return FULL_DATE.test(text) || / \| /.test(text);
}

/** A caption that says so: "Image caption John Atkinson was the third victim named" (BBC). */
const LABELLED = /^image caption\s+\S/i;

/**
 * The caption that goes with a photo credit: the head of the same line when the credit is a tail
 * ("… on Sunday. Credit John Kolesidis/Reuters"), the rest of the line when the credit announces it
 * ("Image copyright EPA Image caption …"), else the line directly above the credit when it reads as
 * a caption. Also any line labelled "Image caption". Lines below a credit are never taken: there the
 * article resumes (a heading such as "Breaking the silence", or the lede).
 */
export const imageCaption: BoilerplateRule = ({ raw, lines, found, taken }) => {
  const spans: RemovedSpan[] = [];
  const mine = new SpanSet(raw.length);
  const push = (span: RemovedSpan) => {
    spans.push(span);
    mine.add(span);
  };
  for (const line of lines) {
    if (LABELLED.test(line.text) && !touched(line, taken)) push({ start: line.start, end: line.end, reason: "image caption" });
  }
  for (const credit of found) {
    if (credit.reason !== "photo credit") continue;
    const line = lineHolding(lines, credit.start);
    if (!line) continue;
    if (credit.end < line.end) {
      // credit first, then the caption it announces ("Image copyright EPA Image caption …")
      const rest = line.text.slice(credit.end - line.start);
      const lead = rest.length - rest.trimStart().length;
      if (credit.start === line.start && /^\s*(?:image\s+)?caption\b/i.test(rest)) {
        push({ start: credit.end + lead, end: line.end, reason: "image caption" });
      }
      continue;
    }
    if (line.start < credit.start) {
      const head = line.text.slice(0, credit.start - line.start).trimEnd();
      if (head.length > 0) push({ start: line.start, end: line.start + head.length, reason: "image caption" });
      continue;
    }
    const above = line.index > 0 ? lines[line.index - 1] : null;
    if (above && !touched(above, taken) && !touched(above, mine) && looksLikeCaption(above.text)) {
      push({ start: above.start, end: above.end, reason: "image caption" });
    }
  }
  return spans;
};

/** The line holding `offset` (lines are in text order and do not overlap), by binary search. */
function lineHolding(lines: Line[], offset: number): Line | undefined {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  const line = lines[lo - 1];
  return line && offset < line.end ? line : undefined;
}
