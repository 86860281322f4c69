/**
 * Words that point at the present, the past or the future rather than a calendar date, and the
 * day words: "now", "currently", "today", "yesterday", "tomorrow", "recently", "the past",
 * "the future", "the near future", "at a later date", "the near term", "at the moment" → PRESENT_REF, the
 * day, PAST_REF, FUTURE_REF (TimeML conventions).
 */
import { timexParser, refDay } from "./spec";
import { addDays, formatDay } from "../timex";
import type { Gate } from "../gate";
import { MODALS_AHEAD } from "./lexicon";
import { textBefore, textAfter } from "./clause";

const PATTERN =
  /(?<![\w-])(now|currently|current|nowadays|presently|these days|the present|at present|today|yesterday|tomorrow|recently|recent years|recent months|recent weeks|recent days|recent|lately|formerly|in the past|the past|once|the (?:near|foreseeable|distant|not[- ]too[- ]distant|immediate) future|(?:some|a) (?:future|later) date|(?<=\bat\s+)(?:the moment|this (?:[a-z]+ )?moment)|the future|future|the time|at the time|someday|one day|soon|the (?:near|short|long|longer) term|years ago|months ago|weeks ago|decades ago|long ago)(?![\w-])/gi;

/** a modal or a verb of planning: the clause speaks of what is ahead */
const PLAN_CUE = new RegExp(`\\b(?:${MODALS_AHEAD}|going to|expects?|expected|hopes?|plans?|intends?)\\b|['’]ll\\b`, "i");

export const referenceWordParser = timexParser(PATTERN, (match, context) => {
  const word = match[1].toLowerCase();
  const ref = refDay(context);
  const i = match.index ?? 0;
  const after = textAfter(context.text, i + match[0].length, 20);
  const before = textBefore(context.text, i, 15);
  // "in the near future", "at a later date": one span for the phrase, not "future" alone
  if (/(?:future|date)$/.test(word) && word.includes(" ")) return { type: "DATE", value: "FUTURE_REF" };
  if (/moment$/.test(word)) {
    // "at the moment the bomb went off", "at this moment of crisis": a moment of the story, not the present
    if (/^\s+(?:(?:of|when|that|where|which|the|a|an|his|her|its|their|he|she|they)\b|[A-Z])/.test(after)) return null;
    // "he was sitting in the presidency at the moment": then, in a past narrative
    if (/\b(?:was|were|had)\b[^,;.!?—]*$/i.test(textBefore(context.text, i, 60))) return null;
    return { type: "DATE", value: "PRESENT_REF" };
  }
  switch (word) {
    case "today":
      return { type: "DATE", value: formatDay(ref) };
    case "yesterday":
      return { type: "DATE", value: formatDay(addDays(ref, -1)), dir: "past" };
    case "tomorrow":
      return { type: "DATE", value: formatDay(addDays(ref, 1)), dir: "future" };
    case "now":
      return { type: "DATE", value: "PRESENT_REF" };
    case "current":
      // "the current flows", "a strong current.": the noun. Before a word it is the adjective, whatever
      // the word's case ("the current process", "the current Senate bill", "the current White House")
      if (/^\s*(?:account|accounts|affairs|events|of|and|flows?|running|density)\b/i.test(after) || /\b(?:electric|the|a|ocean|strong|alternating|direct)\s*$/i.test(before) && !/^\s+[a-z]/i.test(after)) return null;
      return { type: "DATE", value: "PRESENT_REF" };
    case "currently":
    case "nowadays":
    case "presently":
    case "these days":
    case "the present":
    case "at present":
      return { type: "DATE", value: "PRESENT_REF" };
    case "once":
    case "formerly":
      return null; // "was once invincible", "formerly vice president": TimeBank leaves these unannotated
    case "the time":
    case "at the time":
      return null;
    case "the past":
    case "in the past":
      if (/^\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|few|several|week|month|year|decade|century|day)/i.test(after)) return null;
      return { type: "DATE", value: "PAST_REF" };
    case "future":
      if (!/\b(?:the|in|near|foreseeable|distant)\s*$/i.test(before)) return null;
      return { type: "DATE", value: "FUTURE_REF" };
    case "someday":
    case "the near term":
    case "the short term":
    case "the long term":
    case "the longer term":
      return { type: "DATE", value: "FUTURE_REF" };
    case "one day":
      return null;
    default:
      return { type: "DATE", value: "PAST_REF" };
    case "soon": {
      // "will soon seek", "may soon grow", "thinks it will be healthy enough soon": the near future.
      // "as soon as", "soon after the vote" and narrative "was soon killed" are not.
      if (/\bas\s+$/i.test(before) || /^\s+(?:after|afterwards?|thereafter)\b/i.test(after)) return null;
      const clause = textBefore(context.text, i, 60).split(/[.;!?]/).pop() ?? "";
      const ahead = PLAN_CUE.test(clause) || /^\s+(?:will|to)\b/i.test(after);
      return ahead ? { type: "DATE", value: "FUTURE_REF", dir: "future" } : null;
    }
    case "recent years":
    case "recent months":
    case "recent weeks":
      // TimeBank: "in recent years" is a stretch of unknown length (PXY), "in recent days" the recent past
      return { type: "DURATION", value: `PX${word === "recent years" ? "Y" : word === "recent months" ? "M" : "W"}` };
    case "recent":
      if (/^\s+(?:years|months|weeks|days|decades)\b/i.test(after)) return null;
      return { type: "DATE", value: "PAST_REF" };
  }
});

export const referenceWordGate: Gate = {
  parser: referenceWordParser,
  trigger: /\b(?:now|current|nowadays|presently|these days|present|today|yesterday|tomorrow|recent|lately|formerly|past|once|future|soon|years ago|months ago|weeks ago|decades ago|long ago|term\b|moment\b|later date)/i,
  // "these" counts only beside "days"
  words: {
    start: ["now", "current", "present", "these", "today", "yesterday", "tomorrow", "recent", "lately", "formerly", "past", "once", "future", "ago"],
    whole: ["soon", "term", "moment", "later"],
    companions: ["these"],
  },
};
