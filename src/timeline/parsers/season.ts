/**
 * Seasons: "last fall", "this summer", "the spring of 2024", "winter 2023" → 2024-FA, 2025-SU …
 * "fall" and "spring" are also verbs and nouns, so a season needs a determiner or a year.
 * Without one the season is the latest that has begun (news reports the past) unless the clause points forward.
 */
import { timexParser, refDay } from "./spec";
import { pointsForward } from "./clause";
import type { Gate } from "../gate";

const CODE: Record<string, string> = { spring: "SP", summer: "SU", fall: "FA", autumn: "FA", winter: "WI" };
const START_MONTH: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

const PATTERN =
  /(?<![\w-])(?:((?:[Ll]ast|[Tt]his|[Nn]ext|[Tt]his past|[Tt]his coming|[Tt]he|[Ee]arly|[Ll]ate|[Tt]he early|[Tt]he late|[Mm]id-?)\s*)((?:early|late|mid)-?\s*)?)?(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?((?:19|20)\d\d))?(?![\w-])/gi;

export const seasonParser = timexParser(PATTERN, (match, context) => {
  const prefix = (match[1] ?? "").toLowerCase().trim();
  const season = CODE[match[3].toLowerCase()];
  const year = match[4];
  if (!prefix && !year) return null;
  if (/^[A-Z]/.test(match[3]) && !year && !/^(?:last|this|next)/.test(prefix)) return null; // "Fall Classic", "Spring Street"
  const after = context.text.slice((match.index ?? 0) + match[0].length).trimStart();
  if (!year && /^(?:the\b)/.test(prefix) && /^(?:of|in)\s+(?:the\s+)?[a-z]/.test(after)) return null; // "the fall of the Soviet Union"
  const mod = /early/.test(prefix + (match[2] ?? "")) ? "EARLY" : /late/.test(prefix + (match[2] ?? "")) ? "LATE" : /mid/.test(prefix + (match[2] ?? "")) ? "MID" : undefined;
  if (year) return { type: "DATE", value: `${year}-${season}`, mod };
  const ref = refDay(context);
  // the year in which the latest season of this kind began (winter begins in December)
  const start = START_MONTH[season];
  const begunThisYear = ref.m >= start || (season === "WI" && false);
  let y = begunThisYear ? ref.y : ref.y - 1;
  if (season === "WI" && ref.m <= 2) y = ref.y - 1;
  if (/last|past/.test(prefix)) {
    // the previous one that has ended
    const inIt = ref.m >= start && ref.m < start + 3;
    if (inIt || (season === "WI" && ref.m <= 2)) y -= 1;
  } else if (/next|coming/.test(prefix) || (/this/.test(prefix) && !begunThisYear) || pointsForward(context.text, match.index ?? 0, match[0].length)) {
    if (!(ref.m >= start && ref.m < start + 3)) y += 1;
  }
  return { type: "DATE", value: `${y}-${season}`, mod };
});

const SEASONS = ["spring", "summer", "fall", "autumn", "winter"];

/** anywhere in a word: "midwinter" */
export const seasonGate: Gate = { parser: seasonParser, trigger: new RegExp(SEASONS.join("|"), "i"), words: { anywhere: SEASONS } };
