/**
 * Takes a modifier written just before an expression into its span and its `mod`: "late 2021"
 * (LATE), "early June", "mid-1990s", "nearly three years" (APPROX), "more than four hours"
 * (MORE_THAN), "the end of 1994" (LATE). TimeML keeps these words inside the TIMEX3.
 */
import type { Refiner } from "chrono-node";
import { specOf, withSpec } from "../parsers/spec";
import { MODIFIER, modifierOf } from "../parsers/lexicon";

const BEFORE = new RegExp(`(?<![\\w-])(${MODIFIER})(?:\\s+|-|(?<=-))$`, "i");

export const modifierRefiner: Refiner = {
  refine(context, results) {
    for (const r of results) {
      const spec = specOf(r);
      if (!spec || /_REF$/.test(spec.value) || spec.type === "SET") continue;
      const before = context.text.slice(Math.max(0, r.index - 40), r.index);
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
