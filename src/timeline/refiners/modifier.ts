/**
 * Takes a modifier written just before an expression into its span and its `mod`: "late 2021"
 * (LATE), "early June", "mid-1990s", "nearly three years" (APPROX), "more than four hours"
 * (MORE_THAN), "the end of 1994" (LATE). TimeML keeps these words inside the TIMEX3.
 */
import type { Refiner } from "chrono-node";
import { specOf, withSpec } from "../parsers/spec";
import { MODIFIER, modifierOf } from "../parsers/lexicon";
import { textBefore } from "../parsers/clause";

const BEFORE = new RegExp(`(?<![\\w-])(${MODIFIER})(?:\\s+|-|(?<=-))$`, "i");

export const modifierRefiner: Refiner = {
  refine(context, results) {
    for (const r of results) {
      const spec = specOf(r);
      if (!spec || /_REF$/.test(spec.value) || spec.type === "SET") continue;
      const before = textBefore(context.text, r.index, 40);
      const m = before.match(BEFORE);
      if (!m) continue;
      const word = m[1].toLowerCase().replace(/\s+/g, " ");
      const mod = modifierOf(word.replace(/-$/, ""));
      if (!mod) continue;
      const approx = mod === "APPROX" || mod === "MORE_THAN" || mod === "LESS_THAN" || mod === "EQUAL_OR_MORE" || mod === "EQUAL_OR_LESS";
      // "over the past year", "under the 2019 law": prepositions, not modifiers
      if (/^(?:over|under|up to|about|around|some)$/.test(word) && (/^the\b/i.test(r.text) || spec.type !== "DURATION")) continue;
      // "sitting around all day": an adverb of the verb, not an approximate day
      if (/^(?:around|about)$/.test(word) && /^all\b/i.test(r.text)) continue;
      if (/^(?:over|under)$/.test(word) && !/^(?:\d|a\b|an\b|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred)/i.test(r.text)) continue; // "over many months"
      if (word === "over" && !overMeansMoreThan(context.text, r.index - m[0].length, r.index + r.text.length, r.text)) continue;
      if (approx && spec.type !== "DURATION" && !/ago|earlier|later/i.test(r.text)) {
        if (!/^(?:about|around|nearly|almost|roughly|approximately)$/.test(word)) continue;
      }
      if (!approx && spec.type === "DURATION") continue;
      if (/^(?:early|late|mid)/.test(word) && /^(?:early|late|mid|the|this|last|next)/i.test(r.text)) continue;
      const start = r.index - m[0].length;
      r.index = start;
      r.text = context.text.slice(start, start + m[0].length + r.text.length);
      withSpec(r, { ...spec, mod: spec.mod ?? mod });
    }
    return results;
  },
};

/** Verbs after which "over" measures the stretch: "lasted over a week", "has been over a year", "delayed over a month". */
const MEASURING_VERBS =
  "is|was|are|were|be|been|being|['’]s|take|takes|took|taken|taking|last|lasts|lasted|lasting|spend|spends|spent|spending|" +
  "wait|waits|waited|waiting|serve|serves|served|serving|stay|stayed|remain|remained|delay|delayed|postponed|span|spanned|spanning";
/** What "over" follows when it means "more than": a preposition, a measuring verb, "just", "well", "a little". */
const MORE_THAN_BEFORE = new RegExp(`\\b(?:for|in|of|than|within|after|since|to|at|by|from|just|well|slightly|little|far|barely|only|nearly|bit|${MEASURING_VERBS})\\s*$`, "i");

/**
 * "over" is "more than" after a preposition or a verb that measures ("for over a year", "in over 20
 * years", "lasted over a week", "just over an hour"), before "ago"/"later" ("over a decade ago") and
 * opening a phrase before "of" ("Over ten years of war"); after another verb or its object it is
 * "during": "$850 billion over 10 years", "36 hearings over ten months", "rose 5% over three years",
 * "presided over ten years of growth" (no mod, and "over" stays out of the span).
 */
function overMeansMoreThan(text: string, overAt: number, end: number, expression: string): boolean {
  const before = textBefore(text, overAt, 30);
  const after = text.slice(end, end + 12);
  if (/^\s*(?:ago|later|earlier|old)\b/i.test(after) || /\b(?:ago|later|earlier)$/i.test(expression)) return true;
  // opening its phrase: "Over ten years of war" (more than), "Over three years, sales doubled" (during)
  if (/(?:^|[.!?:;,"“(—–]|\b(?:and|but|with))\s*$/i.test(before)) return /^\s+of\b/i.test(after);
  return MORE_THAN_BEFORE.test(before);
}
