/**
 * Abbreviations that keep their period inside the token, and how each may end a sentence.
 *
 * The tokeniser attaches the final "." to a known abbreviation ("Mr.", "Jan.", "Inc."), to a dotted
 * acronym ("U.S.", "e.g.", "a.m.") and to a single capital initial ("L." in "David L. Stern"), so
 * the sentence splitter decides once, from the token, whether that period also ends a sentence:
 *
 * - "never": titles and fixed Latin forms (Mr. Dr. Gen. Sen. vs. e.g. i.e. No. …) never end one.
 * - "starter": months, weekdays, street words, Jr./Sr., acronyms and initials end a sentence only
 *   when the next word is a common sentence opener ("The", "He", "But", …) or an opening quote —
 *   so "U.S. President Trump", "Jan. 24" and "David L. Stern" stay whole while "… in the U.S. The
 *   talks …" splits.
 * - "capital": company suffixes and "etc." end a sentence before any capitalised word or quote.
 *
 * Lists are case-sensitive surfaces without the period: "Sat" is a weekday, "sat" is a verb.
 */

import { MONTH_ABBREVIATIONS, WEEKDAY_ABBREVIATIONS, capitalised } from "./calendar";

export type AbbreviationClass = "never" | "starter" | "capital";

const NEVER = [
  "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt",
  "Adm", "Cmdr", "Cdr", "Brig", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Pres", "Rev", "Hon", "Atty", "Supt",
  "Det", "Insp", "Amb", "Fr", "Ft", "Mt", "Sec", "Gens", "vs", "v", "cf", "approx", "ca", "viz",
  "Vol", "Fig", "No", "Nos", "e.g", "i.e",
];
const STARTER = [
  ...[...Object.keys(MONTH_ABBREVIATIONS), ...Object.keys(WEEKDAY_ABBREVIATIONS)].map(capitalised),
  "St", "Ste", "Ave", "Blvd", "Rd", "Hwy", "Jr", "Sr", "Bros", "Esq",
];
const CAPITAL = ["etc", "Inc", "Co", "Corp", "Ltd", "Plc", "LLC", "Cos", "Dept", "Univ", "Assn"];

const classes = new Map<string, AbbreviationClass>();
for (const a of NEVER) classes.set(a, "never");
for (const a of STARTER) classes.set(a, "starter");
for (const a of CAPITAL) classes.set(a, "capital");

/** The class of an abbreviation given without its final period ("Mr", "Jan"), or undefined. */
export function abbreviationClass(withoutPeriod: string): AbbreviationClass | undefined {
  return classes.get(withoutPeriod);
}

/** Every abbreviation the tokeniser knows, without the final period. */
export function knownAbbreviations(): string[] {
  return [...classes.keys()];
}

/**
 * Words that usually open an English sentence and are not names: after an ambiguous period
 * ("U.S.", an initial, "Jan.") one of these means the sentence ended. Lower case.
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  "the", "a", "an", "and", "but", "or", "so", "yet", "nor", "he", "she", "it", "they", "we", "i", "you",
  "this", "that", "these", "those", "there", "here", "his", "her", "its", "their", "our", "my", "your",
  "in", "on", "at", "for", "as", "if", "when", "while", "after", "before", "since", "although", "though",
  "because", "however", "meanwhile", "still", "also", "some", "many", "most", "much", "no", "not",
  "both", "all", "each", "every", "other", "another", "such", "what", "which", "who", "whom", "whose",
  "where", "why", "how", "then", "now", "today", "yesterday", "tomorrow", "last", "next", "earlier",
  "later", "under", "over", "with", "without", "from", "by", "to", "of", "despite", "during", "until",
  "unlike", "instead", "even", "only", "just", "yes", "one", "two", "three",
  "several", "few", "more", "less", "neither", "either", "among", "according", "once", "whether",
  "let", "let's", "it's", "he's", "she's", "there's", "that's", "we're", "they're", "i'm", "i've",
]);
