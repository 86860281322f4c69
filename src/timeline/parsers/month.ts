/**
 * Month names without a day: "June", "last June", "next March", "February 2022", "June of 2021".
 * A bare month is the latest one (this month included) unless the clause points forward; "last June"
 * is the June before the current month. Month-and-day dates ("June 12") are chrono's own parsers.
 * "May" and "March" are also ordinary words: without a year they need a date-like word before them,
 * or must be the attribute of an event ("the March deadline").
 */
import { timexParser, refDay } from "./spec";
import { yearOfUndated, textBefore } from "./clause";
import { MONTH, monthOf } from "./lexicon";
import type { Gate } from "../gate";
import { MONTH_WORD, MONTH_WORDS } from "./lexicon";

/**
 * "a televised March debate", "the March deadline", "their May primaries": May and March as an
 * attribute, after a determiner (and up to two lower-case words) and before an event noun. Only a noun
 * counts after it ("the speech May gave" names Theresa May), and only a determiner before it: after
 * "as" or "when", "May talks" and "May visits" are her too.
 */
const ATTRIBUTE_BEFORE = /\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our)(?:\s+[a-z][a-z-]*){0,2}\s+$/;
const EVENT_NOUN_AFTER =
  /^\s+(?:debates?|speech(?:es)?|address|deadline|meetings?|primar(?:y|ies)|elections?|rall(?:y|ies)|incident|reports?|visit|vote|interview|accession|summit|talks|trip|hearings?|ruling|referendum|conference|session|announcement|letter|memo|poll|survey|attacks?|shooting|ceasefire|agreement|deal|decision|order|tweet|statement|budget|runoff|caucus(?:es)?|convention|launch|issue|edition)\b(?![-'’])/;

const PATTERN = new RegExp(
  `(?<![\\w])(?<!(?<!\\b(?:mid|early|late))-)(?:((?:[Ll]ast|[Tt]his|[Nn]ext|[Tt]his past|[Tt]his coming|[Ee]arly|[Ll]ate|[Mm]id-?)\\s*))?(${MONTH})(?![\\w])(?:,?\\s+(?:of\\s+)?((?:1[6-9]|20)\\d\\d)(?![\\w]|[.,]\\d)|\\s+(this|last|next)\\s+year(?![\\w']))?(?!\\s*\\d{1,2}(?:st|nd|rd|th)?\\b(?![\\d,]*\\s*(?:people|troops|percent)))`,
  "g",
);

export const monthParser = timexParser(PATTERN, (match, context) => {
  const word = match[2];
  const m = monthOf(word);
  if (!m) return null;
  const prefix = (match[1] ?? "").toLowerCase().trim();
  const year = match[3];
  const before = textBefore(context.text, match.index ?? 0, 40);
  const at = (match.index ?? 0) + match[0].length;
  const attribute = ATTRIBUTE_BEFORE.test(before) && EVENT_NOUN_AFTER.test(context.text.slice(at, at + 20));
  if (/^(?:may|march)$/i.test(word) && !year && !prefix && !attribute && !/\b(?:in|since|until|till|by|of|from|through|during|before|after|early|late|mid|last|this|next|between|and|or|to)\s*$/i.test(before)) return null;
  const mod = /early/.test(prefix) ? "EARLY" : /late/.test(prefix) ? "LATE" : /mid/.test(prefix) ? "MID" : undefined;
  const pad = String(m).padStart(2, "0");
  if (year) return { type: "DATE", value: `${year}-${pad}`, mod };
  const ref = refDay(context);
  const relYear = match[4]?.toLowerCase();
  if (relYear) return { type: "DATE", value: `${ref.y + (relYear === "last" ? -1 : relYear === "next" ? 1 : 0)}-${pad}`, mod };
  let y: number;
  let dir: "past" | "future" | undefined;
  if (/last|past/.test(prefix)) {
    y = m < ref.m - 1 ? ref.y : ref.y - 1; // in March, "last February" is a year back (else: "last month")
    dir = "past";
  } else if (/next|coming/.test(prefix)) {
    y = m > ref.m ? ref.y : ref.y + 1;
    dir = "future";
  } else if (/this/.test(prefix)) {
    y = ref.y;
  } else {
    y = yearOfUndated(context.text, match.index ?? 0, match[0].length, ref, m, null);
    dir = y * 100 + m < ref.y * 100 + ref.m ? "past" : y * 100 + m > ref.y * 100 + ref.m ? "future" : undefined;
  }
  return { type: "DATE", value: `${y}-${pad}`, mod, dir };
});

export const monthGate: Gate = { parser: monthParser, trigger: MONTH_WORD, words: MONTH_WORDS };
