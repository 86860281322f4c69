/** The timeline analysis: temporal expressions, resolved against publication dates, grouped into events. */
export type { Mention, TimelineEvent, TimexType } from "./types";
export { extractMentions, estimatePublished, extractFromText } from "./extract";
export { timelineChrono } from "./parse";
export { groupEvents, clauseWords } from "./events";
export { valueBounds, parseDay } from "./timex";
export { analyseTimeline, type TimelineResult } from "./analyse";
