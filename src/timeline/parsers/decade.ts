/**
 * Decades and centuries: "the 1990s", "the '80s", "the eighties", "the 20th century" → 199, 198, 198, 19.
 * Ages ("in her 80s") are not decades: two-digit forms need "the" and an apostrophe or the word form.
 */
import { timexParser } from "./spec";
import type { Gate } from "../gate";

const WORDS: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };

const PATTERN =
  /(?<![\w$-])(?:((?:[Tt]he\s+)?(?:(?:early|late|mid)(?:-|\s+))?)((?:1[5-9]|20)\d0)[’']?s|([Tt]he\s+(?:(?:early|late|mid)(?:-|\s+))?)(?:['’](\d)0s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))|([Tt]he\s+)?(\d{1,2})(?:st|nd|rd|th)[\s-]+century)(?![\w])/g;

export const decadeParser = timexParser(PATTERN, (match) => {
  const prefix = (match[1] ?? match[3] ?? "").toLowerCase();
  const mod = /early/.test(prefix) ? "EARLY" : /late/.test(prefix) ? "LATE" : /mid/.test(prefix) ? "MID" : undefined;
  if (match[2]) return { type: "DATE", value: match[2].slice(0, 3), mod };
  if (match[4]) return { type: "DATE", value: `19${match[4]}`, mod };
  if (match[5]) return { type: "DATE", value: `19${WORDS[match[5].toLowerCase()]}`, mod };
  if (match[7]) return { type: "DATE", value: String(+match[7] - 1).padStart(2, "0") };
  return null;
});

const TENS = ["twen", "thir", "for", "fif", "six", "seven", "eigh", "nine"].map((t) => `${t}ties`);

export const decadeGate: Gate = {
  parser: decadeParser,
  trigger: new RegExp(`\\d0['’]?s\\b|(?:${TENS.join("|")})\\b|century`, "i"),
  // "1990s" is the digit run "1990" and an "s"; "midcentury" holds its word
  words: { digits: "\\d*0", whole: TENS, anywhere: ["century"] },
};
