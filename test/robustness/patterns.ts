/**
 * Texts that real news pages contain in small doses and that made stages slow down faster than the
 * text grows (issue 16): schedules and results tables (dates, times, initials, numbers), transcripts
 * (one quote after another), pasted data (long lines without spaces), page debris. Each pattern
 * builds a text of about `chars` characters; `test/robustness/fuzz.test.ts` mutates them and
 * `bench/worst-case/run.ts` times every stage on them beside plain news of the same size.
 */

export { seededRandom } from "../support/random";
import { seededRandom } from "../support/random";

/** `unit` repeated up to `chars` characters (cut at the end). */
export function repeatTo(unit: string, chars: number): string {
  if (unit.length === 0) return "";
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

/** Builds `chars` characters from pieces drawn by `next` (the last piece cut). */
function fill(chars: number, next: () => string): string {
  const parts: string[] = [];
  let n = 0;
  while (n < chars) {
    const p = next();
    parts.push(p);
    n += p.length;
  }
  return parts.join("").slice(0, chars);
}

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];

const SCRIPTS = [
  "Москва", "заявил", "переговоры", "Αθήνα", "κυβέρνηση", "北京", "外交部", "发言人", "القاهرة", "الرئيس", "नई", "दिल्ली",
  "東京", "ソウル", "서울", "대통령", "Zürich", "Ñandú", "İstanbul", "straße", "e\u0301te\u0301", "👍", "🇺🇦", "\u200fשלום\u200f", "\u202eabc\u202c",
];
const DEBRIS = [
  "• Loading...", "Share it:", "Advertisement", "Photo: Reuters", "(AP Photo/Evan Vucci)", "Copyright 2025 The Associated Press. All rights reserved.",
  "By John Smith · Reuters", "Click here to subscribe", "Comments", "Share this: Facebook Twitter Email", "ADVERTISEMENT", "Image: Getty Images",
];
const RESULT_NAMES = ["J. Smith", "M.-L. Dupont", "K. O'Neil", "A. B. C. Jones", "Y. Tanaka", "P. van der Berg"];

/**
 * The patterns, by name. `news` is plain news text to cut from (the bundled story or basil-dev),
 * used by the patterns that mix debris or tables into real paragraphs.
 */
export const PATTERNS: Record<string, (chars: number, news: string, seed?: number) => string> = {
  /** a schedule or a list of dates with no sentence between them */
  dates: (n) => repeatTo("Jan. 1, ", n),
  /** initials, abbreviations and tables: dots between single letters */
  dotted: (n) => repeatTo("a.", n),
  /** a transcript: one short quote after another */
  quotes: (n) => repeatTo('"Hello," he said. ', n),
  /** pasted data: one line with no space (a hash, a URL, base64) */
  nospace: (n, _news, seed = 1) => {
    const rnd = seededRandom(seed);
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=._-";
    return fill(n, () => alphabet[Math.floor(rnd() * alphabet.length)]);
  },
  /** brackets and quotation marks opened deep and closed late, then runs of mixed punctuation */
  punctuation: (n, _news, seed = 1) => {
    const rnd = seededRandom(seed);
    const half = Math.floor(n / 4);
    const open = repeatTo("([{“‘«\"'", half);
    const close = repeatTo("'\"»’”}])", half);
    return (open + fill(n - 2 * half - 1, () => pick(rnd, ["...", "?!", "--", "—", ",", ";", ":", "!!!", " . ", "''", "``", "**", "(", ")", "“", "”"])) + " " + close).slice(0, n);
  },
  /** words of several scripts, combining marks, emoji and direction marks, in short sentences */
  mixed: (n, _news, seed = 1) => {
    const rnd = seededRandom(seed);
    return fill(n, () => {
      const words = Array.from({ length: 3 + Math.floor(rnd() * 8) }, () => pick(rnd, SCRIPTS));
      return `${words.join(" ")}${pick(rnd, [". ", "。", "! ", "? ", "، ", "\n"])}`;
    });
  },
  /** a page's debris, one item a line, between real paragraphs */
  debris: (n, news, seed = 1) => {
    const rnd = seededRandom(seed);
    const paragraphs = news.split(/\n\s*\n/).filter((p) => p.trim().length > 0);
    return fill(n, () => (rnd() < 0.8 ? `${pick(rnd, DEBRIS)}\n` : `${pick(rnd, paragraphs)}\n\n`));
  },
  /** a results table: ranks, initials, times, dates */
  table: (n, _news, seed = 1) => {
    const rnd = seededRandom(seed);
    let rank = 0;
    return fill(n, () => `${++rank}. ${pick(rnd, RESULT_NAMES)} (USA) ${1 + Math.floor(rnd() * 3)}:${String(Math.floor(rnd() * 60)).padStart(2, "0")}.${Math.floor(rnd() * 100)}, Jan. ${1 + Math.floor(rnd() * 28)}, 10:${String(Math.floor(rnd() * 60)).padStart(2, "0")} p.m.\n`);
  },
  /** real paragraphs with every sentence end taken out: one sentence as long as the text */
  runon: (n, news) => repeatTo(news.replace(/[.!?]+(?=\s)/g, "").replace(/\n+/g, " "), n),
};

/** Plain news of `chars` characters: `news` repeated. */
export function plainNews(chars: number, news: string): string {
  return repeatTo(news, chars);
}
