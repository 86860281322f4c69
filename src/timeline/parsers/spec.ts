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
