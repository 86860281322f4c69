/**
 * Drops what looks like a date but is not one in the story:
 * - titles: "This Week" (ABC's programme), "Next Year" written in title case mid-sentence or in quotes,
 *   a programme in quotes ending in a date word (“Fox News Sunday”, NBC's “Today” show);
 * - events named by their date: "Jan. 6 defendants", "the Jan. 6 attack", "9/11" (not this year's 6 January);
 * - generic "now" and "today" inside quotations ("based on today's realities", "Strike now");
 * - the year of a copyright line ("Copyright © 2019 The Washington Times", "© 2005-2019"): page
 *   boilerplate, often years off the story.
 */
import type { Refiner } from "chrono-node";
import { specOf } from "../parsers/spec";
import { textBefore, textAfter } from "../parsers/clause";

const EVENT_NOUNS =
  /^\s*(?:defendants?|rioters?|committee|panel|attack|attacks|riot|insurrection|hearings?|protesters?|prosecutions?|cases?|pardons?|probe|investigation|anniversary|commission|mob|participants|offenders|convictions)\b/i;

/** right before a year: ©, (c) or "Copyright" (in either order), and the first year of a range */
const COPYRIGHT_BEFORE = /(?:©|\(c\)|\bcopyright\b)(?:\s*(?:©|\(c\)|copyright\b))?\s*(?:(?:19|20)\d\d\s*[-–]\s*)?$/i;

function insideQuote(text: string, index: number): boolean {
  const before = text.slice(0, index);
  const opens = (before.match(/[“]/g) ?? []).length - (before.match(/[”]/g) ?? []).length;
  if (opens > 0) return true;
  const straight = (before.match(/"/g) ?? []).length;
  if (straight % 2 === 1) return true;
  const ticks = (before.match(/``/g) ?? []).length - (before.match(/''/g) ?? []).length;
  return ticks > 0;
}

/**
 * A programme named in quotes: “Fox News Sunday,”, NBC’s “Today” show, “CNN Tonight”. The date word
 * ends the quoted title, after capitalised words (a network's name), or is the whole title when a
 * network, "show" or "told"/"on" frames it.
 */
const TITLE_OPEN = /[“"]((?:[A-Z][\w&'’.-]*\s+){0,4})$/;
const TITLE_CLOSE = /^[,.!?]?[”"]/;
function endsQuotedTitle(text: string, index: number, found: string): boolean {
  if (!/^[A-Z]/.test(found) || /\d/.test(found)) return false;
  const after = textAfter(text, index + found.length, 12);
  const open = textBefore(text, index, 40).match(TITLE_OPEN);
  if (!open || !TITLE_CLOSE.test(after)) return false;
  if (open[1].trim()) return true; // “Fox News Sunday”
  const framing = text.slice(Math.max(0, index - 20), index - 1);
  return /(?:\b(?:told|on|to|watch|watching)|['’]s)\s*$/.test(framing) || /^[,.!?]?[”"]\s+(?:show|program|programme|broadcast)\b/i.test(after);
}

export const notADateRefiner: Refiner = {
  refine(context, results) {
    return results.filter((r) => {
      const spec = specOf(r);
      if (!spec) return false;
      const text = r.text;
      const before = textBefore(context.text, r.index, 2);
      const after = context.text.slice(r.index + text.length);
      // a title: every word capitalised, in quotes or not at the start of the sentence
      if (/^(?:This|Last|Next)\s+(?:Week|Month|Year)$/.test(text) && (r.index > 0 || /^[”"’']/.test(after))) return false;
      if (/[“"‘']\s*$/.test(before) && /^\s*[”"’']/.test(after) && /^[A-Z]/.test(text) && /\s[A-Z]/.test(text)) return false;
      if (endsQuotedTitle(context.text, r.index, text)) return false;
      if (/^\d{4}$/.test(spec.value) && COPYRIGHT_BEFORE.test(textBefore(context.text, r.index, 30))) return false;
      // an event named after its date
      if (/^\d{4}-\d{2}-\d{2}$/.test(spec.value) && !/\d{4}/.test(text) && EVENT_NOUNS.test(after)) return false;
      if (/^\d{4}-\d{2}-\d{2}$/.test(spec.value) && !/\d{4}/.test(text) && /\b(?:the|since|of)\s*$/i.test(textBefore(context.text, r.index, 6)) && /^\s+[a-z]+(?:s|ers)\b/.test(after) && EVENT_NOUNS.test(after)) return false;
      // generic present inside a quotation
      if (insideQuote(context.text, r.index)) {
        if (spec.value === "PRESENT_REF" && /^(?:now|today|these days|nowadays)$/i.test(text)) return false;
        if (/^today$/i.test(text) && /^['’]s\b/.test(after)) return false;
      }
      return true;
    });
  },
};
