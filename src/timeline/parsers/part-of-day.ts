/**
 * Parts of a day: "this morning", "tonight", "last night", "yesterday afternoon", "overnight",
 * "mid-afternoon" (of the publication day). "Friday night" is the weekday parser's. TIMEX3 TIME values: 2025-01-24TNI, 2025-01-25TMO.
 */
import { timexParser, refDay } from "./spec";
import { addDays, formatDay } from "../timex";
import { partOfDay } from "./lexicon";
import type { Gate } from "../gate";

const PATTERN =
  /(?<![\w-])(?:(this|yesterday|tomorrow|last|early this|late this|late last|early yesterday|late yesterday)\s+(morning|afternoon|evening|night)|(tonight|overnight)|(morning|afternoon|evening|night)\s+(yesterday|today|tomorrow)|mid[\s-]?(morning|afternoon)(?:\s+(yesterday|today|tomorrow))?(?!\s+(?:on|of)\b))(?![\w-])/gi;

export const partOfDayParser = timexParser(PATTERN, (match, context) => {
  const ref = refDay(context);
  const dayWord = (match[1] ?? match[5] ?? match[7] ?? "").toLowerCase();
  let part = (match[2] ?? match[4] ?? match[6] ?? "").toLowerCase();
  if (match[3]) part = "night";
  let offset = 0;
  if (/yesterday/.test(dayWord) || (/last/.test(dayWord) && part === "night")) offset = -1;
  if (/last/.test(dayWord) && part !== "night") offset = -1;
  if (/tomorrow/.test(dayWord)) offset = 1;
  const mod = match[6] ? "MID" : /early/.test(dayWord) ? "EARLY" : /late/.test(dayWord) ? "LATE" : undefined;
  void context;
  return { type: "TIME", value: formatDay(addDays(ref, offset)) + partOfDay(part), mod };
});

export const partOfDayGate: Gate = {
  parser: partOfDayParser,
  trigger: /morning|afternoon|evening|night|overnight/i,
  // "overnight" alone does not make a sentence worth reading
  words: { start: ["morning", "afternoon", "evening", "night", "tonight", "overnight"], companions: ["overnight"] },
};
