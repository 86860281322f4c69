/**
 * The clause around an expression, and what its wording says of time: whether it points forward
 * ("will meet on Friday"), whether a month is a vote still ahead, which year a month written without
 * one is. Parsers read the words next to a match through `textBefore` and `textAfter`: windows of a
 * few dozen characters, never the text from its start (that made a schedule of dates quadratic).
 */
import { MODALS, MONTH_ABBREVIATION, PAST_FORMS } from "./lexicon";
import type { Day } from "../timex";

/** The `n` characters before `at` (fewer at the start of the text). */
export function textBefore(text: string, at: number, n: number): string {
  return text.slice(Math.max(0, at - n), at);
}

/** The `n` characters from `at` on (fewer at the end of the text). */
export function textAfter(text: string, at: number, n: number): string {
  return text.slice(at, at + n);
}

/**
 * Whether the clause around a relative expression points forward. News reports the past, so only an
 * explicit future cue ("will meet on Friday", "is scheduled for June") in the clause flips a bare
 * weekday or month to the next one.
 */
const ABBREVIATION = new RegExp(`\\b(?:[A-Z](?=\\.\\s+[A-Z][a-z])|[ap]\\.m|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|U\\.S|U\\.N|${MONTH_ABBREVIATION}|No|Inc|Corp|Co|Ltd)\\.`, "g");

const SCHEDULED_PRESENT =
  /(?<!\b(?:on|sick|did|didn['’]t|not|never|could|couldn['’]t|would|wouldn['’]t|should|might|must|had|to)\s+)\b(?:meets?|begins?|convenes?|reconvenes?|resumes?|opens?|arrives?|departs?|leaves?|testif(?:y|ies)|kicks? off)\b(?:\s+[\w'’-]+){0,4}?\s+(?:on\s+|in\s+|at\s+)?$/i;

/**
 * A past act dated by the date right after its verb: "the policies announced Thursday will…", "flights
 * were diverted on Wednesday", "canceled Monday". Not a plan reported in the past ("scheduled Monday",
 * "postponed until…") nor a passive ahead ("will be released Monday", "is to be shown on Tuesday").
 */
const PAST_ACT_BEFORE = new RegExp(
  `(?<!\\b(?:${MODALS}|to|'ll)\\s+(?:be|have(?:\\s+been)?)\\s+)` +
    // "will buy as soon as trading opened Monday": a tense shifted back in a clause about what comes next
    `(?<!\\b(?:as soon as|once|until|till|when)\\s+(?:\\S+\\s+){0,3})` +
    `\\b(?!(?:headed|scheduled|rescheduled|expected|planned|slated|postponed|delayed|moved|pushed|extended|set|due|needed|required|asked|called|listed|billed|timed|aimed|earmarked|booked|reserved|targeted|announced\\s+for)\\b)` +
    `(?:${PAST_FORMS})\\s+(?:on\\s+)?$`,
  "i",
);

const PAST_PERFECT = /\bhad\s+(?:been\s+|already\s+)?[a-z]+(?:ed|en|ne|t)\b/;
/** a past perfect in the rest of the clause before the date */
const PAST_PERFECT_TO_END = new RegExp(PAST_PERFECT.source + "[^,;]*$");

/**
 * How far back pointsForward reads for the clause before a date, in characters. The cues sit in the
 * last 70 characters of the clause; the rest only tells where the clause starts. Reading from the
 * start of the text made each mention cost the text before it (a schedule of dates: quadratic).
 */
const CLAUSE_LOOKBACK = 300;

export function pointsForward(text: string, index: number, length: number): boolean {
  // abbreviation dots ("9 a.m. Tuesday", "Mr. Bush") do not end the clause
  const before = textBefore(text, index, CLAUSE_LOOKBACK).replace(ABBREVIATION, (m) => m.replace(/\./g, "_"));
  const at = before.length; // the date's offset in `before`
  const cut = Math.max(before.lastIndexOf(";"), before.lastIndexOf("—"), before.lastIndexOf(" – "), before.search(/[.!?]\s[^.!?]*$/));
  const clauseBefore = before.slice(Math.max(cut + 1, at - 70));
  const after = textAfter(text, index + length, 25);
  if (PAST_ACT_BEFORE.test(clauseBefore.slice(-40))) return false;
  const pre = clauseBefore.match(/(?:\b(?:will|won't|would|shall|going to|plans? to|planning|intends? to|(?<!\b(?:a|an|the|its|his|her|their|our|your)\s)(?:scheduled|planned)|set to|set for|is to|are to|due(?!\s+to\s+(?!(?:be|expire|take|arrive|meet|begin|start|end|close|open|report|release|testify|appear|leave|return|resume|vote|hold|deliver|announce|sign|make|face|decide|rule|go|come)\b))|expected to|expects to|hopes? to|upcoming|starting|effective|payable|expires?|deadline|as soon as|as early as|(?:ahead of|in advance of)(?![^,;]*\b(?:prior|previous|last|earlier)\b)|headed|heading|to leave|to travel|to meet|next(?!\s+to\b))\b|'ll\b)[^,;]*$/i);
  // "had been due to expire Friday", "as previously planned": a plan reported after the fact
  if (pre && !/\b(?:had(?:\s+been)?|previously)\s+$/i.test(clauseBefore.slice(0, pre.index))) return true;
  // a schedule in the present tense, as news writes it: "Arafat and Netanyahu meet separately Monday",
  // "the trial begins in June" (verbs that are seldom nouns; not after "did", "not" and the like)
  if (SCHEDULED_PRESENT.test(clauseBefore)) return true;
  // "an interview to be shown on Tuesday" (right before the date: "businesses to be acquired had revenue
  // for the year ended March 31" dates the revenue)
  if (/(?<!\b(?:found|said|believed|thought|reported|known|seemed|seems|appeared|appears|proved|out)\s)\bto be\s+[a-z]+(?:ed|en|wn)\s+(?:on\s+|in\s+|at\s+)?$/i.test(clauseBefore)) return true;
  // a deadline moved or given: "postponed until Tuesday morning", "has given them until 9 a.m. Tuesday"
  if (/\b(?:postpone[sd]?|delay(?:s|ed)?|extend(?:s|ed)?|given|gave|adjourn(?:s|ed)?|recess(?:es|ed)?)\b[^,;]*\buntil\b[^,;]*$/i.test(clauseBefore)) return true;
  if (/^\W*(?:will|is expected|is scheduled|would be held)\b/i.test(after)) return true;
  // a date opening its sentence governs the clause after it: "On Tuesday, the league plans to hold a
  // news conference", "Next month the court will rule"
  if (/^[\s"“'‘(]*(?:(?:on|and|also|then|but)\s+)?$/i.test(before.slice(cut + 1))) {
    const rest = textAfter(text, index + length, 90).split(/[.;!?]/)[0];
    const cue = rest.search(/\b(?:will|plans? to|(?:is|are) (?:scheduled|expected|due|set) to|(?:is|are) to)\b|'ll\b/i);
    // "On Friday, the company said it will cut jobs": the saying is the dated event, not the plan
    if (cue >= 0 && !/\b(?:said|says|say|told|tells)\b|\b[a-z]{2,}ed\b/.test(rest.slice(0, cue))) return true;
  }
  // a deadline: "pay down the loan by February", "by Friday"
  // ("had filed reports by Wednesday": a past perfect counts back, not to a deadline ahead)
  // ("By Tuesday, the president had reversed course": the same, with the clause after the date)
  if (/\bby\s+$/i.test(before) && !/\b(?:hurt|caused|hit|set|made|led|marked|followed|offset|driven|dominated)\s+by\s+$/i.test(before) && !PAST_PERFECT_TO_END.test(clauseBefore) && !PAST_PERFECT.test(textAfter(text, index + length, 80).split(/[.;!?]\s/)[0])) return true;
  return false;
}

/**
 * A month ahead in a clause about a vote: "losing control of the House in November", "the Nov. 5
 * general election". Elections are announced months ahead, so a November not yet come is this year's,
 * unless the clause counts back ("since the November elections", "back in November") or its verb is
 * in the past right before the date ("In November, the administration rolled out…" has no vote word).
 */
const VOTE_WORDS = /\b(?:elections?|midterms?|primar(?:y|ies)|ballots?|re-?election|reelection|voters|polls|caucus(?:es)?|runoff|referendum|(?:House|Senate)\b(?:\s+\w+){0,3}?\s+(?:in|after|before|by))\b/i;
const PAST_VERB = `(?:${PAST_FORMS}|said|told)`;
// before the date a reporting verb ("said Steele needs to refocus on the November election") dates the saying, not the vote
const PAST_VERB_BEFORE = `(?:${PAST_FORMS})`;
const COUNTS_BACK = new RegExp(`\\b(?:since|back in|ago|last)\\b|\\b${PAST_VERB_BEFORE}\\s+(?:\\S+\\s+){0,6}?(?:in|on|after|of|to|before|prior to)?\\s*(?:the\\s+)?$`, "i");

/** "On November 2nd, voters called for…": a past verb right after the date's subject */
const PAST_AFTER = new RegExp(`^(?:st|nd|rd|th)?,?\\s+(?:\\S+\\s+){0,7}?${PAST_VERB}\\b`, "i");

function voteAhead(text: string, index: number, length: number, ref: Day, m: number, d: number | null): boolean {
  if (m < ref.m || (m === ref.m && (d === null || d < ref.d))) return false; // passed this year: the latest one
  // the clause starts after the last ". " or line break, at most 200 characters back (searched only
  // there: a search back through the whole text cost every mention the text before it)
  const lo = Math.max(0, index - 200);
  const near = text.slice(lo, index + 2);
  const start = Math.max(lo + near.lastIndexOf(". ", index - lo), lo + near.lastIndexOf("\n", index - lo), index - 200, 0);
  const endAt = textAfter(text, index + length, 120).search(/[.;!?]\s|\n/);
  const clause = text.slice(start, endAt < 0 ? index + length + 120 : index + length + endAt);
  const after = textAfter(text, index + length, 50);
  return VOTE_WORDS.test(clause) && !COUNTS_BACK.test(text.slice(start, index)) && !PAST_AFTER.test(after);
}

/**
 * The year of a month (or month and day) written without one at text[index, index + length): the
 * latest, unless the clause points forward or is about a vote still ahead (see pickYear). One place
 * for the month names, chrono's month-and-day dates and the second day of a pair.
 */
export function yearOfUndated(text: string, index: number, length: number, ref: Day, m: number, d: number | null): number {
  return pickYear(ref, m, d, pointsForward(text, index, length) || voteAhead(text, index, length, ref, m, d));
}

/**
 * Picks the year of a month (or month and day) written without one. News reports the past: the
 * latest occurrence, unless the clause points forward, or unless that latest one is more than half a
 * year back while the next is under three months ahead ("payable Nov. 22" in late October).
 */
export function pickYear(ref: { y: number; m: number; d: number }, m: number, d: number | null, forward: boolean): number {
  const key = (y: number) => y * 10000 + m * 100 + (d ?? 0);
  const refKey = ref.y * 10000 + ref.m * 100 + (d === null ? 0 : ref.d);
  const past = key(ref.y) <= refKey ? ref.y : ref.y - 1;
  const next = key(ref.y) >= refKey ? ref.y : ref.y + 1;
  const monthsBack = (ref.y - past) * 12 + ref.m - m;
  const monthsAhead = (next - ref.y) * 12 + m - ref.m;
  // a forward cue on a day gone by at most two weeks ("to repatriate the child by Jan. 14", published
  // 15 January): a deadline that has passed, not the same day next year
  if (forward) return d !== null && Date.UTC(ref.y, ref.m - 1, ref.d) - Date.UTC(past, m - 1, d) <= 14 * 86_400_000 ? past : next;
  if (monthsBack > 6 && monthsAhead <= 2) return next;
  return past;
}
