/**
 * The largest article newscompare analyses, in characters (JavaScript string length, as read and
 * decoded). The loader refuses a longer one with one line naming the file, so no stage ever meets it.
 *
 * Why a limit at all: every stage runs in time linear in its text (bench/worst-case), but memory is
 * another matter: a Document holds an object per token, and a 200 MB text ran the V8 heap out of
 * memory (issue 16). Why this one: 10 million characters is over a hundred times the longest article
 * in the research corpora (allsides' longest: 76,553), and every stage finishes on 10 million
 * characters of each pathological pattern of test/robustness/patterns.ts within the default heap.
 */
export const MAX_ARTICLE_CHARS = 10_000_000;
