/**
 * Bare years: "in 2018", "the 2016 election", "fiscal 1998", "his 1987 bestseller". chrono skips
 * them. Numbers that only look like years are not dates: money ("$2025"), grouped or decimal numbers
 * ("2,000", "2000.5"), and counts ("2000 people", "1,500 troops").
 */
import { timexParser } from "./spec";
import type { Gate } from "../gate";
import { textBefore } from "./clause";

const COUNT_NOUNS =
  "people|persons|troops|soldiers|workers|employees|jobs|votes|voters|members|students|residents|refugees|civilians|deaths|dead|cases|units|shares|cars|homes|houses|miles|feet|foot|meters|metres|kilometers|kilometres|km|tons|tonnes|barrels|dollars|euros|pounds|yen|points|acres|pages|words|calories|rooms|beds|flights|passengers|copies|signatures|tanks|missiles|warheads|drones|rounds|homes|households|companies|firms|stores|schools|patients|children|women|men|officers|police|protesters|prisoners|hostages|times|percent|kg|lbs?|mph|hours|minutes|seconds|days|weeks|months|years|yards|games|runs|miles";

const PATTERN = new RegExp(
  `(?<![\\w$£€#.,/:]|\\d[.,]|No\\.\\s|[Nn]umber\\s)(?<!(?<!\\b(?:mid|early|late|pre|post))-)((?:[Ff]iscal(?:\\s+year)?|FY|[Tt]he\\s+year|[Cc]alendar(?:\\s+year)?)\\s+)?((?:1[6-9]|20)\\d\\d)(?![\\w%]|[.,:]\\d|-\\d{3}|\\s*(?:${COUNT_NOUNS})\\b)`,
  "g",
);

export const yearParser = timexParser(PATTERN, (match, context) => {
  const year = match[2];
  const before = textBefore(context.text, match.index ?? 0, 25);
  // "page 2000", "Route 2000", "more than 2000": numbers introduced by a label or a quantity word
  if (/\b(?:page|route|room|flight|highway|model|version|article|section|rule|resolution|number|nos?\.|more than|fewer than|less than|at least|some|nearly|almost|approximately|roughly|up to)\s*$/i.test(before)) return null;
  const y = +year;
  if (y < 1600 || y > 2100) return null;
  return { type: "DATE", value: year };
});

export const yearGate: Gate = { parser: yearParser, trigger: /\b(?:1[6-9]|20)\d\d\b/, words: { digits: "(?:1[6-9]|20)\\d\\d" } };
