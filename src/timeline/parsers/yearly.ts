/**
 * A named day or a month and day spoken of as the one that comes every year, not one of them: "our
 * kids can't openly celebrate Christmas", "Juneteenth is held on June 19". TIMEX3 writes such a date
 * without its year (XXXX-12-25). Only two tight cues count, both in the simple present: the day as the
 * object of celebrate/observe; a date right after "is celebrated on", after "is held on" or "falls on"
 * with "each year" or a named day of fixed date as subject ("Juneteenth, held on June 19"), and that
 * named day itself. A year in the sentence ("celebrate Christmas this
 * year", "in 2020") or a past or future verb in the clause ("did not celebrate", "will celebrate")
 * makes it one occurrence again.
 */
import { pointsForward, textAfter } from "./clause";

const OBJECT_OF = /\b(?:celebrates?|observes?)\s+(?:the\s+)?$/i;
const EVERY_YEAR = String.raw`(?:(?:each|every)\s+year\s+|annually\s+|yearly\s+)`;
/** named days on a fixed date: "Juneteenth, held on June 19" can only be every year's */
const FIXED_DAY = String.raw`(?:Christmas(?:\s+Day)?|Juneteenth|Halloween|Independence\s+Day|the\s+Fourth\s+of\s+July|New\s+Year['’]s\s+Day|Valentine['’]s\s+Day|Veterans\s+Day|St\.\s+Patrick['’]s\s+Day|Boxing\s+Day)`;
/** "is held on" a date: a schedule ("the vote is held on May 3") unless the day is a named one or every year's */
const HELD = String.raw`(?:(?:,\s*(?:which\s+is\s+)?|\s+(?:is|are)\s+)(?:held|celebrated|observed|marked)|\s+falls)\s+`;
const DATE_AFTER = new RegExp(String.raw`(?:\b(?:is|are)\s+(?:celebrated|observed)\s+${EVERY_YEAR}?|\b(?:(?:is|are)\s+(?:held|marked)|falls)\s+${EVERY_YEAR}|\b${FIXED_DAY}${HELD}${EVERY_YEAR}?)on\s+$`, "i");
const NAMED_BEFORE = new RegExp(String.raw`^${HELD}${EVERY_YEAR}?on\b`, "i");
const FIXED_NAME = new RegExp(String.raw`^${FIXED_DAY}$`, "i");
const YEAR_CUE = /\b(?:this|last|next|that)\s+year\b|\b(?:1[6-9]|20)\d\d\b/i;
const PAST_OR_PERFECT = /\b(?:did|didn['’]t|was|were|had|has|have)\b|\b[a-z]{3,}ed\s+(?:to\s+)?$/i;

/** Whether the date at text[index, index + length) is the yearly one (see above). */
export function isYearly(text: string, index: number, length: number): boolean {
  // after the last ". " or line break, at most 120 characters back (searched only there, not through the whole text)
  const lo = Math.max(0, index - 120);
  const near = text.slice(lo, index + 2);
  const start = Math.max(lo + near.lastIndexOf(". ", index - lo) + 1, lo + near.lastIndexOf("\n", index - lo) + 1, index - 120, 0);
  const endAt = textAfter(text, index + length, 80).search(/[.;!?](?:\s|$)|\n/);
  const before = text.slice(start, index);
  const after = text.slice(index + length, endAt < 0 ? index + length + 80 : index + length + endAt);
  const named = FIXED_NAME.test(text.slice(index, index + length)) && NAMED_BEFORE.test(after);
  if (!OBJECT_OF.test(before) && !DATE_AFTER.test(before) && !named) return false;
  if (YEAR_CUE.test(before) || YEAR_CUE.test(after)) return false;
  // the verb's own clause: "they did not celebrate Christmas", "gathered to celebrate Christmas"
  const verbAt = before.search(/\b(?:celebrates?|observes?|is|are|falls?)\s+(?:\S+\s+){0,4}$/i);
  const clause = before.slice(0, verbAt < 0 ? before.length : verbAt);
  if (PAST_OR_PERFECT.test(clause.split(/[,;—]/).pop() ?? "")) return false;
  return !pointsForward(text, index, length);
}
