/**
 * How our parsers talk to the rest of the pipeline. chrono results carry tags through its refiners
 * (merges keep them), so each of our parsers attaches one `timex:` tag holding a JSON TimexSpec:
 * the TIMEX3 type and value computed against the reference date, plus, for expressions that count
 * from another date ("a year earlier", "the previous day"), the step to take from that anchor.
 */
import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import type { TimexSpec } from "../types";
import { fromUtc, type Day } from "../timex";

export const TAG = "timex:";

/**
 * Specs by tag: specOf runs several times per result (each refiner asks), and parsing the tag's JSON
 * each time was a visible share of extraction time. Specs are read-only once tagged.
 */
const specs = new Map<string, TimexSpec>();

function remember(tag: string, spec: TimexSpec): TimexSpec {
  if (specs.size > 50_000) specs.clear();
  specs.set(tag, spec);
  return spec;
}

/** The spec a result carries: the latest one added (refiners add a revised spec rather than edit it). */
export function specOf(result: { tags(): Set<string> }): TimexSpec | null {
  let last: string | null = null;
  for (const tag of result.tags()) if (tag.startsWith(TAG)) last = tag;
  if (last === null) return null;
  return specs.get(last) ?? remember(last, JSON.parse(last.slice(TAG.length)) as TimexSpec);
}

export function withSpec(result: ParsingResult, spec: TimexSpec): ParsingResult {
  const tag = TAG + JSON.stringify(spec);
  const tags = result.start.tags();
  if (tags.has(tag)) tags.delete(tag); // re-adding moves it last
  result.start.addTag(tag);
  if (!specs.has(tag)) remember(tag, JSON.parse(tag.slice(TAG.length)) as TimexSpec); // a copy: the caller's object may change
  return result;
}

/** The reference date as a calendar day (chrono holds it as a local-time Date). */
export function refDay(context: ParsingContext): Day {
  const r = context.refDate;
  return fromUtc(new Date(Date.UTC(r.getFullYear(), r.getMonth(), r.getDate())));
}

/**
 * A parser: `pattern` must not consume text before the expression (use a look-behind for word
 * boundaries); `build` returns the spec, or null to reject the match.
 */
export function timexParser(
  pattern: RegExp,
  build: (match: RegExpMatchArray, context: ParsingContext) => TimexSpec | null,
): Parser {
  const local = new RegExp(pattern.source, pattern.flags.replace("g", ""));
  return {
    // chrono re-runs the pattern on the remaining text: a global regex would carry lastIndex over
    pattern: () => local,
    extract(context, match) {
      const spec = build(match, context);
      if (!spec) return null;
      const text = match[0];
      const result = context.createParsingResult(match.index ?? 0, text);
      return withSpec(result, spec);
    },
  };
}


/**
 * Whether the clause around a relative expression points forward. News reports the past, so only an
 * explicit future cue ("will meet on Friday", "is scheduled for June") in the clause flips a bare
 * weekday or month to the next one.
 */
const ABBREVIATION = /\b(?:[A-Z](?=\.\s+[A-Z][a-z])|[ap]\.m|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|U\.S|U\.N|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|No|Inc|Corp|Co|Ltd)\./g;

const SCHEDULED_PRESENT =
  /(?<!\b(?:on|sick|did|didn['’]t|not|never|could|couldn['’]t|would|wouldn['’]t|should|might|must|had|to)\s+)\b(?:meets?|begins?|convenes?|reconvenes?|resumes?|opens?|arrives?|departs?|leaves?|testif(?:y|ies)|kicks? off)\b(?:\s+[\w'’-]+){0,4}?\s+(?:on\s+|in\s+|at\s+)?$/i;

// regular past forms, and the irregular ones news uses most ("Trump and Putin also spoke in November"); none
// that is also a base form ("want to beat Trump in November")
const PAST_FORMS =
  "was|were|had|did|won|lost|held|took|taken|swept|found|made|came|went|saw|began|spoke|met|ran|gave|got|sent|left|" +
  "fell|rose|wrote|became|brought|led|kept|paid|sold|chose|fought|grew|knew|stood|struck|threw|[a-z]{3,}ed";

/**
 * A past act dated by the date right after its verb: "the policies announced Thursday will…", "flights
 * were diverted on Wednesday", "canceled Monday". Not a plan reported in the past ("scheduled Monday",
 * "postponed until…") nor a passive ahead ("will be released Monday", "is to be shown on Tuesday").
 */
const PAST_ACT_BEFORE = new RegExp(
  `(?<!\\b(?:will|would|shall|could|may|might|must|should|to|'ll)\\s+(?:be|have(?:\\s+been)?)\\s+)` +
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
  const before = text.slice(Math.max(0, index - CLAUSE_LOOKBACK), index).replace(ABBREVIATION, (m) => m.replace(/\./g, "_"));
  const at = before.length; // the date's offset in `before`
  const cut = Math.max(before.lastIndexOf(";"), before.lastIndexOf("—"), before.lastIndexOf(" – "), before.search(/[.!?]\s[^.!?]*$/));
  const clauseBefore = before.slice(Math.max(cut + 1, at - 70));
  const after = text.slice(index + length, index + length + 25);
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
    const rest = text.slice(index + length, index + length + 90).split(/[.;!?]/)[0];
    const cue = rest.search(/\b(?:will|plans? to|(?:is|are) (?:scheduled|expected|due|set) to|(?:is|are) to)\b|'ll\b/i);
    // "On Friday, the company said it will cut jobs": the saying is the dated event, not the plan
    if (cue >= 0 && !/\b(?:said|says|say|told|tells)\b|\b[a-z]{2,}ed\b/.test(rest.slice(0, cue))) return true;
  }
  // a deadline: "pay down the loan by February", "by Friday"
  // ("had filed reports by Wednesday": a past perfect counts back, not to a deadline ahead)
  // ("By Tuesday, the president had reversed course": the same, with the clause after the date)
  if (/\bby\s+$/i.test(before) && !/\b(?:hurt|caused|hit|set|made|led|marked|followed|offset|driven|dominated)\s+by\s+$/i.test(before) && !PAST_PERFECT_TO_END.test(clauseBefore) && !PAST_PERFECT.test(text.slice(index + length, index + length + 80).split(/[.;!?]\s/)[0])) return true;
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
  const endAt = text.slice(index + length, index + length + 120).search(/[.;!?]\s|\n/);
  const clause = text.slice(start, endAt < 0 ? index + length + 120 : index + length + endAt);
  const after = text.slice(index + length, index + length + 50);
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
