/**
 * How our parsers talk to the rest of the pipeline. chrono results carry tags through its refiners
 * (merges keep them), so each of our parsers attaches one `timex:` tag holding a JSON TimexSpec:
 * the TIMEX3 type and value computed against the reference date, plus, for expressions that count
 * from another date ("a year earlier", "the previous day"), the step to take from that anchor.
 */
import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import type { TimexType } from "../types";
import type { Unit } from "./lexicon";
import { fromUtc, type Day } from "../timex";

export interface TimexSpec {
  type: TimexType;
  /** value against the reference date (publication date) */
  value: string;
  mod?: string;
  dir?: "past" | "future";
  /** counted from the previous mention when there is one: anchor + n units, at granularity gran (default: the anchor's) */
  rel?: { unit: Unit; n: number; gran?: Unit };
}

export const TAG = "timex:";

export function specOf(result: { tags(): Set<string> }): TimexSpec | null {
  for (const tag of result.tags()) if (tag.startsWith(TAG)) return JSON.parse(tag.slice(TAG.length)) as TimexSpec;
  return null;
}

export function withSpec(result: ParsingResult, spec: TimexSpec): ParsingResult {
  for (const tag of [...result.start.tags()]) if (tag.startsWith(TAG)) result.start.tags().delete(tag);
  result.start.addTag(TAG + JSON.stringify(spec));
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
export function pointsForward(text: string, index: number, length: number): boolean {
  const before = text.slice(0, index);
  const cut = Math.max(before.lastIndexOf(";"), before.lastIndexOf("—"), before.lastIndexOf(" – "), before.search(/[.!?]\s[^.!?]*$/));
  const clauseBefore = before.slice(Math.max(cut + 1, index - 70));
  const after = text.slice(index + length, index + length + 25);
  const pre = clauseBefore.match(/\b(?:will|won't|shall|'ll|going to|plans? to|planning to|intends? to|scheduled|set to|is to|are to|due|expected to|expects to|hopes? to|upcoming|until|starting|effective|payable|expires?|deadline)\b[^,;]*$/i);
  if (pre) return true;
  if (/^\W*(?:will|is expected|is scheduled|would be held)\b/i.test(after)) return true;
  return false;
}
