/**
 * "year-end", "year end", "year's end" used as a date: "complete the deal by year-end", "the change
 * since year-end". The last day of the publication year, or of the year before after "since" (the
 * latest year-end gone by). Used as an adjective ("year-end net", "year-end bonus") it is skipped:
 * TimeBank leaves those unannotated, and they name a kind of figure more than a date.
 */
import { timexParser, refDay } from "./spec";
import type { Gate } from "../gate";
import { textBefore, textAfter } from "./clause";

const PATTERN = /(?<![\w-])year(?:[- ]end|['’]s\s+end)(?![\w-])/gi;

/** what may follow the noun: punctuation, the end, or a word that starts a new phrase */
const NOUN_END = /^(?:\s*(?:[.,;:!?)"'”’]|$)|\s+(?:and|or|but|when|if|as|to|at|in|for|from|with|because|after|before|unless|while)\b)/;

export const yearEndParser = timexParser(PATTERN, (match, context) => {
  const i = match.index ?? 0;
  const after = textAfter(context.text, i + match[0].length, 16);
  if (!NOUN_END.test(after)) return null;
  const since = /\bsince\s+(?:the\s+)?$/i.test(textBefore(context.text, i, 12));
  const ref = refDay(context);
  const isLastDay = ref.m === 12 && ref.d === 31;
  const year = since && !isLastDay ? ref.y - 1 : ref.y;
  return { type: "DATE", value: `${year}-12-31`, dir: since ? "past" : "future" };
});

export const yearEndGate: Gate = { parser: yearEndParser, trigger: /\byear(?:[- ]end|['’]s\s+end)\b/i, words: { whole: ["year"] } };
