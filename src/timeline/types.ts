/**
 * Plain data of the timeline analysis: what it produces (JSON-serialisable; the CLI prints it as is)
 * and what passes between its stages (a parser's TimexSpec, an extracted Draft).
 */
import type { Bounds } from "./sentences";

export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

/** TIMEX3 unit letters (millennium … second, and WE for weekend). */
export type Unit = "L" | "C" | "DE" | "Y" | "Q" | "M" | "W" | "D" | "H" | "MIN" | "S" | "WE";

/** What a parser computes for one expression; carried through chrono's refiners as a tag (parsers/spec.ts). */
export interface TimexSpec {
  type: TimexType;
  /** value against the reference date (publication date) */
  value: string;
  mod?: string;
  dir?: "past" | "future";
  /** counted from the previous mention when there is one: anchor + n units, at granularity gran (default: the anchor's);
   *  `year` keeps the year the text gives ("the 1988 quarter": the anchor's quarter, in 1988);
   *  `ahead`: the anchor is the mention written right after ("the same day as the Nov. 5 election") */
  rel?: { unit: Unit; n: number; gran?: Unit; year?: number; ahead?: boolean };
}

/** What an extractor run produces before resolution: offsets into the article, the spec, the sentence. */
export interface Draft {
  start: number;
  end: number;
  text: string;
  spec: TimexSpec;
  sentence: Bounds;
  sentenceIndex: number;
}

/** One temporal expression found in an article, normalised the TimeML (TIMEX3) way. */
export interface Mention {
  /** article id */
  article: string;
  /** offsets into article.raw (= the file as read) */
  start: number;
  end: number;
  /** the expression as written, without leading prepositions ("Friday", not "on Friday") */
  text: string;
  type: TimexType;
  /** TIMEX3 value: 2025-02-12, 2025-02, 2025, 2025-W07, 2024-Q4, 2024-SU, 199, P3Y, PT90M, PRESENT_REF … */
  value: string;
  /** EARLY, LATE, MID, APPROX, LESS_THAN, MORE_THAN, EQUAL_OR_LESS, EQUAL_OR_MORE, START, END */
  mod?: string;
  /** for values computed from another mention ("the previous day"): that mention's value */
  anchor?: string;
  /** the sentence holding the mention and its offsets into article.raw */
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
  /** first and last day the value covers (YYYY-MM-DD), for charts; absent for durations, sets and *_REF */
  resolvedStart?: string;
  resolvedEnd?: string;
  /** whether the wording placed a relative expression before or after the reference date */
  direction?: "past" | "future";
}

/** One reported event: mentions (usually in several articles) whose clauses describe the same happening. */
export interface TimelineEvent {
  id: string;
  /** the value most mentions give */
  value: string;
  /** a short label built from the clause around the first mention */
  label: string;
  /** the words around the first mention's date, within its clause, at most about 60 characters: a row label */
  clause: string;
  /** the clause words that identified the event */
  keywords: string[];
  mentions: Array<{ article: string; outlet: string; start: number; end: number; text: string; value: string; sentence: string }>;
  outlets: string[];
  articles: string[];
  /** set when mentions of the event give different dates */
  conflict?: { values: Record<string, string[]> };
  /**
   * how many independent sources report it: articles that copy or rewrite one another count once
   * (set when the analysis is given each article's source, from the overlap's syndication clusters)
   */
  sources?: number;
}
