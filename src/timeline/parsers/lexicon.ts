/**
 * Shared word lists for the timeline parsers: numbers written as words or digits, time units, month
 * and weekday names (from text/calendar.ts, which the quote extractor reads too), modal verbs and past
 * forms for the tense cues. Kept in one place so every parser reads "three", "3" and "3½" the same way.
 */
import type { Unit } from "../types";
import type { KeyWords } from "../gate";
import { MONTH_ABBREVIATIONS, MONTH_NAMES, MONTH_NUMBERS, WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES, WEEKDAY_NUMBERS, capitalised } from "../../text/calendar";

const SMALL: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12, another: 1, half: 0.5, "a half": 0.5, "a couple of": 2, "a couple": 2, couple: 2,
};

/** Words that give an unknown count: TIMEX3 writes the number as X (PXY). */
export const VAGUE_COUNT = "several|a few|few|many|some|a number of|numerous|countless|dozens of|hundreds of|the last few";

const TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
const UNITS = "one|two|three|four|five|six|seven|eight|nine";
const TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";

/** A count: digits (with ½ or decimals), words up to ninety-nine, "a", "an", "a dozen", "one and a half", "a couple (of)". */
export const COUNT =
  `(?:\\d+(?:[.,]\\d+)?(?:\\s?½|\\s1/2|\\sand\\sa\\shalf)?|(?:(?:${TENS})(?:[\\s-](?:${UNITS}))?|${TEENS}|${UNITS})(?:\\sand\\sa\\shalf)?|a\\shalf|half\\sa|a\\sdozen|a\\scouple(?:\\sof)?|couple(?:\\sof)?|a|an|another|one\\shundred|a\\shundred|hundreds\\sof|a\\sthousand|two\\sthousand|${VAGUE_COUNT.replace(/ /g, "\\s")})`;

/** Reads a COUNT match; null for vague counts (several, a few). */
export function countValue(text: string): number | null {
  const t = text.toLowerCase().replace(/\s+/g, " ").replace(/-/g, " ").trim();
  if (new RegExp(`^(?:${VAGUE_COUNT})$`).test(t)) return null;
  const digits = t.match(/^(\d+(?:[.,]\d+)?)(\s?½| 1\/2)?$/);
  if (digits) return parseFloat(digits[1].replace(",", ".")) + (digits[2] ? 0.5 : 0);
  if (t === "half a" || t === "a half") return 0.5;
  if (t === "a dozen") return 12;
  if (/^(?:a )?couple(?: of)?$/.test(t)) return 2; // "a couple of weeks", "the next couple weeks"
  if (t === "a hundred" || t === "one hundred") return 100;
  if (t === "a thousand") return 1000;
  if (t === "two thousand") return 2000;
  if (t === "hundreds of") return null;
  const andHalf = t.match(/^(.+) and a half$/);
  if (andHalf) {
    const whole = countValue(andHalf[1]);
    return whole === null ? null : whole + 0.5;
  }
  let sum = 0;
  for (const w of t.split(" ")) {
    const v = SMALL[w];
    if (v === undefined) return null;
    sum += v;
  }
  return sum;
}


/** Unit words (singular/plural, as nouns and in "three-year") → TIMEX3 unit letters. */
export const UNIT_WORDS = ["millenni(?:um|a)", "centur(?:y|ies)", "decades?", "years?", "quarters?", "months?", "weeks?", "weekends?", "days?", "nights?", "hours?", "hrs?", "minutes?", "mins?", "seconds?", "secs?"];
export const UNIT = UNIT_WORDS.join("|");

export function unitOf(word: string): Unit {
  const w = word.toLowerCase();
  if (w.startsWith("millenni")) return "L";
  if (w.startsWith("centur")) return "C";
  if (w.startsWith("decade")) return "DE";
  if (w.startsWith("year")) return "Y";
  if (w.startsWith("quarter")) return "Q";
  if (w.startsWith("month")) return "M";
  if (w.startsWith("weekend")) return "WE";
  if (w.startsWith("week")) return "W";
  if (w.startsWith("day") || w.startsWith("night")) return "D";
  if (w.startsWith("h")) return "H";
  if (w.startsWith("min")) return "MIN";
  return "S";
}

export const MONTHS = MONTH_NUMBERS;
/** Month names and abbreviations as written: "January|…|Jan\\.|…" (an abbreviation with its period). */
export const MONTH = [...MONTH_NAMES.map(capitalised), ...Object.keys(MONTH_ABBREVIATIONS).map((a) => `${capitalised(a)}\\.`)].join("|");
/** Month abbreviations as written, without their period: "Jan|Feb|…|Sep|Sept|…". */
export const MONTH_ABBREVIATION = Object.keys(MONTH_ABBREVIATIONS).map(capitalised).join("|");
/** The first three letters of every month name, "Jan|…|Dec": a text holding a month holds one of these. */
export const MONTH_START = MONTH_NAMES.map((m) => capitalised(m.slice(0, 3))).join("|");

/** A month name or abbreviation as a whole word: the key words of every parser keyed on months (gate.ts). */
export const MONTH_WORDS: KeyWords = { whole: Object.keys(MONTHS) };
/** The phrase test of those parsers: one object, so that the parse loop tests it once per text. */
export const MONTH_WORD = new RegExp(`\\b(?:${MONTH_START})`, "i");

export function monthOf(word: string): number {
  return MONTHS[word.toLowerCase().replace(/\.$/, "")];
}

export const WEEKDAYS = WEEKDAY_NUMBERS;
/** Weekday names and abbreviations as written: "Sunday|…|Sun\\.|…" (an abbreviation with its period). */
export const WEEKDAY = [...WEEKDAY_NAMES.map(capitalised), ...Object.keys(WEEKDAY_ABBREVIATIONS).map((a) => `${capitalised(a)}\\.`)].join("|");

export function weekdayOf(word: string): number {
  return WEEKDAYS[word.toLowerCase().replace(/\.$/, "")];
}

/** Part of day → TIMEX3 suffix (TMO, TAF, TEV, TNI). */
export const PART_OF_DAY = "morning|afternoon|evening|night|overnight|midday|noon|midnight";
export function partOfDay(word: string): string {
  const w = word.toLowerCase();
  if (w === "morning") return "TMO";
  if (w === "afternoon") return "TAF";
  if (w === "evening") return "TEV";
  if (w === "midday" || w === "noon") return "T12:00";
  if (w === "midnight") return "T24:00";
  return "TNI";
}

/** Modifiers written before an expression, with their TIMEX3 mod. */
export const MODIFIER_WORDS: Array<[RegExp, string]> = [
  [/^(?:early|earlier|the early|the beginning of|the start of|the first half of|the early part of)$/i, "EARLY"],
  [/^(?:late|the late|the end of|the close of|the latter part of|the last half of|the second half of|the final days of)$/i, "LATE"],
  [/^(?:mid|mid-|the middle of|the mid-|the mid)$/i, "MID"],
  [/^(?:about|around|roughly|some|approximately|nearly|almost|close to|about a|around a)$/i, "APPROX"],
  [/^(?:more than|over|upwards of|longer than)$/i, "MORE_THAN"],
  [/^(?:less than|under|fewer than|shorter than)$/i, "LESS_THAN"],
  [/^(?:at least|no less than)$/i, "EQUAL_OR_MORE"],
  [/^(?:at most|no more than|up to)$/i, "EQUAL_OR_LESS"],
];
export const MODIFIER =
  "early|late|mid-?|the (?:early|late|mid-?)|(?:the )?(?:beginning|start|end|close|middle|latter part|early part|first half|second half|last half|final days) of(?: the)?|about|around|roughly|approximately|nearly|almost|close to|more than|over|upwards of|longer than|less than|under|fewer than|at least|no less than|at most|no more than|up to";

export function modifierOf(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const t = text.trim().replace(/\s+/g, " ").replace(/ the$/i, "");
  for (const [re, mod] of MODIFIER_WORDS) if (re.test(t)) return mod;
  return undefined;
}

/** Modal verbs that put what follows ahead ("will meet", "could vote"): the cue of a plan. */
export const MODALS_AHEAD = "will|would|may|might|could|shall|should";
/** ... and "must": a modal before "be"/"have" makes the verb after it no past act ("must be approved Friday"). */
export const MODALS = `${MODALS_AHEAD}|must`;

/**
 * Regular past forms, and the irregular ones news uses most ("Trump and Putin also spoke in
 * November"); none that is also a base form ("want to beat Trump in November").
 */
export const PAST_FORMS =
  "was|were|had|did|won|lost|held|took|taken|swept|found|made|came|went|saw|began|spoke|met|ran|gave|got|sent|left|" +
  "fell|rose|wrote|became|brought|led|kept|paid|sold|chose|fought|grew|knew|stood|struck|threw|[a-z]{3,}ed";
