import type { RemovedSpan } from "../article";
import { touched, type BoilerplateRule } from "./rule";

/**
 * Where a report ends, and how sure that is. A "Comments" heading (3): everything after it is
 * readers'. A contributors' line ("… contributed to this report.", "(Reporting by …; Editing by …)")
 * (2): what follows may be readers' comments, or the publisher's own promotions, corrections and
 * callouts, so the text must read as a comment. A separator line ("– – –", "* * *") is not a marker
 * on its own: on the allsides sample every comment it announced was a section of a first-person
 * essay (Slate, Quillette).
 */
export function endMarkerStrength(text: string): 0 | 2 | 3 {
  if (/^(?:\d+\s+)?(?:reader(?:s['’])?\s+|user\s+)?comments?(?:\s*\(\d+\))?:?$|^(?:join|leave|add|post) (?:the conversation|a comment|your comment)\.?$|^(?:view|show|read) (?:all )?\d*\s*comments?$/i.test(text)) return 3;
  if (text.length <= 500 && /\b(?:contributed|contributing)\b(?: reporting)?[^.]{0,40}\bto (?:this|the) (?:report|article|story)\.?\)?$|^\(?(?:Additional )?(?:reporting|writing) by\b.*\)?$|contributed reporting\.?\)?$/i.test(text)) return 2;
  return 0;
}

/** `text` with quotations taken out: a report quotes people who say "I", "you" and "!". */
function outsideQuotes(text: string): string {
  return text.replace(/“[^“”]*”|"[^"]*"|‘[^‘’]*’(?![\p{L}])/gu, " ");
}

/** The publisher talking after the report: newsletters, podcasts, subscriptions, tip lines. Not comments. */
const PROMOTION = /\b(?:newsletter|podcast|subscri(?:be|ption)|sign(?:ing)? up|inbox|follow us|tips?\b|email protected|support (?:\w+ )?journalism|privacy policy|download (?:the|our) app)/i;

/**
 * Does the paragraph read as a reader talking? It needs an exclamation outside quotations and
 * a first- or second-person word outside quotations ("our run away National Debt", "let the door
 * hit you"), no attribution ("said", "told", "according to": that is reporting) and no promotion.
 */
export function readsAsComment(text: string): boolean {
  const own = outsideQuotes(text);
  if (PROMOTION.test(text)) return false;
  if (/\b(?:said|says|told|according to|reported|announced|wrote)\b/i.test(own)) return false;
  if (!/!/.test(own)) return false;
  return /\b(?:I|I['’]m|I['’]ve|my|me|we|we['’]re|our|us|you|your|you['’]re)\b/.test(own);
}

/**
 * Readers' comments appended after the article's end. After a contributors' line the first
 * paragraph that reads as a comment starts the comments; after a "Comments" heading the next
 * paragraph does. They run to the end of the text (one span per line; lines other rules took keep
 * their reason). The markers themselves stay: they belong to the article as published.
 */
export const readerComment: BoilerplateRule = ({ lines, taken }) => {
  let strength = 0;
  let startAt = -1;
  for (const line of lines) {
    const marker = endMarkerStrength(line.text);
    if (marker > 0) {
      strength = Math.max(strength, marker);
      continue;
    }
    if (strength === 0 || touched(line, taken)) continue;
    if (strength === 3 || readsAsComment(line.text)) {
      startAt = line.index;
      break;
    }
  }
  if (startAt < 0) return [];
  const spans: RemovedSpan[] = [];
  for (const l of lines.slice(startAt)) {
    if (!touched(l, taken)) spans.push({ start: l.start, end: l.end, reason: "reader comment" });
  }
  return spans;
};
