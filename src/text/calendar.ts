/**
 * English month and weekday names with the abbreviations news writes, in one place: the timeline's
 * parsers (timeline/parsers/lexicon.ts builds its patterns from these), the quote extractor (a month
 * or weekday after "said" is a date, not a name) and the tokeniser's abbreviations read the same
 * lists. Lower case; `capitalised` gives the written form.
 */

/** Full month names, January first. */
export const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** Abbreviations of month names (written with a period: "Jan.", "Sept."), by month number. */
export const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Full weekday names, Sunday first (JavaScript's getDay order). */
export const WEEKDAY_NAMES = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** Abbreviations of weekday names ("Tues.", "Thurs."), by weekday number. */
export const WEEKDAY_ABBREVIATIONS: Record<string, number> = {
  sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6,
};

/** Every month name and abbreviation → its number (1-12). */
export const MONTH_NUMBERS: Record<string, number> = {
  ...Object.fromEntries(MONTH_NAMES.map((name, i) => [name, i + 1])),
  ...MONTH_ABBREVIATIONS,
};

/** Every weekday name and abbreviation → its number (0 = Sunday). */
export const WEEKDAY_NUMBERS: Record<string, number> = {
  ...Object.fromEntries(WEEKDAY_NAMES.map((name, i) => [name, i])),
  ...WEEKDAY_ABBREVIATIONS,
};

export const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
