import type { RemovedSpan } from "../article";
import { endsWithAgency, hasHeadlineWord, namesAgency, onlyNameWords, slashCredit } from "./agencies";
import { touched, type BoilerplateRule } from "./rule";

/**
 * A prefix that says "this is a credit" on its own: "Photo credit:", "Photo creditL" (a scraper's
 * typo kept as found), "Photograph:", "Credit:", "Image:", "Photo by", "Image copyright" (BBC), "©"
 * (before a name, no year).
 */
const STRONG_PREFIX = /^(?:(?:photo|image|picture|video)\s*credits?\w?\s*[:\-–—]?|image\s+copyright\b|photo\s+illustration(?:\s+by)?\s*:?|(?:photo(?:graph)?|image|picture)\s*[:\-–—]|(?:photo|photograph|image|picture)s?\s+by\b:?|credits?\s*:|©)\s*/i;
/** "Credit John Kolesidis/Reuters": the bare word needs a name after it. */
const WEAK_PREFIX = /^credits?\s+/i;

/** Text that reads as a sentence: ends with sentence punctuation after a word longer than an initial. */
const SENTENCE_END = /[\p{Ll}\p{N}]{2,}[.!?]["”’)]?$/u;

/** True when `s` (a whole line, or the tail of a caption line) is a photo credit. */
export function looksLikeCredit(s: string): boolean {
  let t = s.trim();
  if (t.startsWith("(") && t.endsWith(")")) t = t.slice(1, -1).trim();
  if (t.length === 0 || t.length > 160) return false;
  const strong = STRONG_PREFIX.exec(t);
  if (strong) {
    const rest = t.slice(strong[0].length);
    const sourced = rest.includes("/") || namesAgency(rest);
    if (rest.length === 0 || rest.length > 100 || (SENTENCE_END.test(rest) && !sourced)) return false;
    // "©" alone is a copyright notice unless it names an agency without a year: "©EPA".
    if (strong[0].startsWith("©")) return namesAgency(rest) && !/\d{4}/.test(rest) && onlyNameWords(rest);
    // After "Photo:" a title ("Who’s who in the Petraeus scandal") is not a credit; "Photos:" (a gallery) never starts one.
    return onlyNameWords(rest) || sourced;
  }
  const weak = WEAK_PREFIX.exec(t);
  const rest = weak ? t.slice(weak[0].length) : t;
  if (SENTENCE_END.test(rest) || !onlyNameWords(rest) || hasHeadlineWord(rest)) return false;
  if (weak) return /\p{Lu}/u.test(rest) && (rest.includes("/") || namesAgency(rest));
  // Without a prefix the shape must be a credit's: "Name/Source", or every part ending with an agency.
  return slashCredit(rest) || rest.split("|").every((seg) => endsWithAgency(seg));
}

/**
 * A credit at the end of a caption line: "… in Athens on Sunday. Credit John Kolesidis/Reuters",
 * "… Jan. 20, 2025. (AP Photo/Evan Vucci)". Only after a sentence end, so prose is never split.
 */
const TAIL_WORD = /[.!?”")]\s+((?:Photo(?:graph)?|Credit|Image|Picture)s?:?\s+[^.!?]{2,100})$/u;
/**
 * …or a parenthesis closing the line that holds "Photo" or a slash: "(AP Photo/Evan Vucci)". Written
 * as one pattern (`\([^()]*\bPhoto\b[^()]*\)`) it backtracked over every slash or "Photo" of a long
 * unclosed parenthesis, quadratic in its length; here the parenthesis is matched first (it can only be
 * the last one) and its content tested after.
 */
const TAIL_PAREN = /[.!?”")]\s+(\([^()]*\))$/u;
const PAREN_CREDIT = /\bPhoto\b|\//u;

/** What one pattern of both alternatives would find: the leftmost match, the parenthesis first where both start. */
function tailMatch(text: string): RegExpExecArray | null {
  const word = TAIL_WORD.exec(text);
  const paren = TAIL_PAREN.exec(text);
  const parenOk = paren !== null && PAREN_CREDIT.test(paren[1].slice(1, -1));
  if (parenOk && (word === null || paren!.index <= word.index)) return paren;
  return word;
}

/** A bare "AGENCY/NAME" or "Name/Agency" after the caption's last sentence: "… police said. EPA/CHRISTOPHE PETIT TESSON". */
const SLASH_TAIL = /[.!?”")]\s+([\p{Lu}][^.!?/]{1,40}\/[^.!?/]{2,40})$/u;

function creditTail(text: string): number | null {
  const m = tailMatch(text) ?? SLASH_TAIL.exec(text);
  if (!m) return null;
  return looksLikeCredit(m[1]) ? text.length - m[1].length : null;
}

/** BBC pages put credit and caption on one line: "Image copyright Reuters Image caption Mourners lined the route". */
const CREDIT_THEN_CAPTION = /^(Image copyright\s+.+?)\s+Image caption\s/;

export const photoCredit: BoilerplateRule = ({ lines, taken }) => {
  const spans: RemovedSpan[] = [];
  for (const line of lines) {
    if (touched(line, taken)) continue;
    const pair = CREDIT_THEN_CAPTION.exec(line.text);
    if (pair && looksLikeCredit(pair[1])) {
      spans.push({ start: line.start, end: line.start + pair[1].length, reason: "photo credit" });
      continue;
    }
    if (looksLikeCredit(line.text)) {
      spans.push({ start: line.start, end: line.end, reason: "photo credit" });
      continue;
    }
    const tail = creditTail(line.text);
    if (tail !== null) spans.push({ start: line.start + tail, end: line.end, reason: "photo credit" });
  }
  return spans;
};
