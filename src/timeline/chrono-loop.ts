/**
 * chrono's own loop for one parser (Chrono.executeParser is private in chrono-node): the pattern runs
 * on the text left after each result, or after each rejected match's first character — substrings,
 * as chrono does, so that look-behinds and `^` see the same text they see inside chrono.
 */
import * as chrono from "chrono-node";

export function executeParser(context: chrono.ParsingContext, parser: chrono.Parser): chrono.ParsingResult[] {
  const results: chrono.ParsingResult[] = [];
  const pattern = parser.pattern(context);
  const original = context.text;
  let remaining = original;
  let match = pattern.exec(remaining);
  while (match) {
    match.index += original.length - remaining.length; // extract may move it (word-boundary prefixes)
    const result = parser.extract(context, match);
    if (!result) {
      remaining = original.substring(match.index + 1);
      match = pattern.exec(remaining);
      continue;
    }
    let parsed: chrono.ParsingResult;
    if (result instanceof chrono.ParsingResult) parsed = result;
    else if (result instanceof chrono.ParsingComponents) {
      parsed = context.createParsingResult(match.index, match[0]);
      parsed.start = result;
    } else parsed = context.createParsingResult(match.index, match[0], result);
    results.push(parsed);
    remaining = original.substring(parsed.index + parsed.text.length);
    match = pattern.exec(remaining);
  }
  return results;
}
