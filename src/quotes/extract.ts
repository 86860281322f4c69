/**
 * Quotations of one article with kind, cue and speaker. `extractQuotes` names speakers as the article
 * does (full names where the article gives them); `quoteCorpus` (corpus.ts) then merges spellings
 * across articles.
 */
import { firstTokenAtOrAfter } from "../text/token-search";
import { isCountedWord } from "../text/words";
import type { Article } from "../corpus/article";
import { toDocument } from "../text/document";
import type { Document, Token } from "../text/types";
import { TITLE_CUES } from "./lexicon";
import { indexMentions } from "./mention-index";
import { findMentions, type Mention } from "./mentions";
import { articlePeople, type ArticlePeople } from "./names";
import { cueAfter, cueBefore, cueTail, mainSubject, resolveBack, sentenceAt, type Context, type Cue } from "./speakers";
import { findQuoteSpans, type Paragraph, type QuoteSpan } from "./spans";
import type { Quote, QuoteKind } from "./types";

/** Paragraphs from the document's sentences (so hard-wrapped text keeps its paragraphs whole). */
function docParagraphs(doc: Document): Paragraph[] {
  const out: Paragraph[] = [];
  for (const s of doc.sentences) {
    const last = out[out.length - 1];
    if (last && last.index === s.paragraph) last.end = s.end;
    else out.push({ index: s.paragraph, start: s.start, end: s.end });
  }
  // a paragraph index per distinct paragraph, in order
  return out.map((p, i) => ({ ...p, index: i }));
}

/** Counted words among the tokens inside [start, end): from the first token at or after `start`, not over all tokens. */
function wordCount(tokens: Token[], start: number, end: number): number {
  let n = 0;
  for (let i = firstTokenAtOrAfter(tokens, start); i < tokens.length && tokens[i].start < end; i++) {
    if (tokens[i].end <= end && isCountedWord(tokens[i])) n++;
  }
  return n;
}

/** A programme, book or film title: title-case words, no sentence punctuation, after "ABC’s" or "the book". */
function isTitle(text: string, span: QuoteSpan, quoted: string): boolean {
  const bare = quoted.replace(/[.,]$/, "");
  const words = bare.split(/\s+/);
  if (words.length > 8 || /[.!?,;:]$/.test(bare) || !span.closed) return false;
  const small = /^(a|an|the|of|and|or|in|on|at|to|for|with|by|from)$/;
  if (!words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && small.test(w)))) return false;
  const before = text.slice(Math.max(0, span.markStart - 40), span.markStart).trimEnd();
  const last = before.split(/\s+/).pop() ?? "";
  const next = text.slice(span.markEnd, span.markEnd + 20).trimStart().split(/[\s,.]/)[0].toLowerCase();
  if (/^(show|program|programme|series|podcast|documentary|column|segment|interview)$/.test(next)) return true;
  if (last === "on" && words.length >= 2) return true; // "on “Fox News Sunday”"
  return /['’]s$/.test(last) || TITLE_CUES.has(last.toLowerCase()) || /\b(show|program|programme|book|film|titled|entitled)\s*$/i.test(before);
}

/** Extract the quotations of an article (or of a document already built from one). */
export function extractQuotes(input: Document | Article): Quote[] {
  return analyseQuotes(input).quotes;
}

/** The quotations plus the article's people (roles, aliases), which the corpus merge needs. */
export function analyseQuotes(input: Document | Article): { quotes: Quote[]; people: ArticlePeople } {
  const doc: Document = "tokens" in input ? input : toDocument(input);
  const article = doc.article;
  const text = article.text;
  const spans = findQuoteSpans(text, docParagraphs(doc));
  // offsets inside a quotation (marks included), as a sorted list of [start, end) ranges
  const ranges = spans.flatMap((s) => s.parts.map((p, i) => [i === 0 ? s.markStart : p.start - 1, i === s.parts.length - 1 ? s.markEnd : p.end] as [number, number]));
  const inQuote = (o: number) => {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ranges[mid][1] <= o) lo = mid + 1;
      else if (ranges[mid][0] > o) hi = mid - 1;
      else return true;
    }
    return false;
  };
  const mentions = findMentions(text, doc.tokens, inQuote);
  const byToken = new Map<number, Mention>();
  for (const m of mentions) byToken.set(m.token, m);
  // also index descriptors and names by their first token (role words included)
  for (const m of mentions) {
    const i = firstTokenAtOrAfter(doc.tokens, m.start);
    if (i < doc.tokens.length && doc.tokens[i].start === m.start && !byToken.has(i)) byToken.set(i, m);
  }
  const people = articlePeople(mentions);
  const ctx: Context = { text, tokens: doc.tokens, sentences: doc.sentences, mentions, byToken, index: indexMentions(doc.tokens, mentions), inQuote, people };
  const memo = new Map<Mention, string | null>();
  const paragraphStarts = firstSentenceStarts(doc);

  const quotes: Quote[] = [];
  let prevSpeaker: { quote: Quote; paragraph: number } | null = null;
  const titles = new Set<string>();
  for (const span of spans) {
    const first = span.parts[0];
    const last = span.parts[span.parts.length - 1];
    const quoted = span.parts.map((p) => text.slice(p.start, p.end)).join(" ");
    const words = wordCount(doc.tokens, first.start, last.end);
    const quote: Quote = {
      article: article.id,
      start: first.start,
      end: last.end,
      text: quoted,
      markStart: span.markStart,
      markEnd: span.markEnd,
      parts: span.parts,
      closed: span.closed,
      kind: "speech",
      speaker: null,
      speakerText: null,
      speakerStart: null,
      speakerEnd: null,
      role: null,
      cue: null,
      cueStart: null,
      cueEnd: null,
      attribution: null,
      paragraph: span.paragraph,
      words,
    };
    quotes.push(quote);
    const bare = quoted.replace(/[.,]$/, "");
    if (isTitle(text, span, quoted) || titles.has(bare)) {
      quote.kind = "title";
      titles.add(bare); // "told “Today.”" after "the “Today” show"
      continue;
    }
    const cue: Cue | null = cueAfter(ctx, span.markEnd) ?? cueBefore(ctx, span.markStart) ?? cueTail(ctx, span.markEnd);
    const short = words <= 2;
    if (short && (!cue || cue.distance > 16)) {
      quote.kind = "scare";
      continue;
    }
    const insideSentence = (() => {
      const sIdx = sentenceAt(doc.sentences, span.markStart);
      const s = doc.sentences[sIdx];
      // something other than white space between the sentence start and the mark (read backwards from
      // the mark: slicing from the sentence start cost a long sentence's length per quote)
      for (let k = span.markStart - 1; k >= (s ? s.start : 0); k--) if (!/\s/.test(text[k])) return true;
      return false;
    })();
    quote.kind = /^[\p{Ll}\d]/u.test(quoted) && insideSentence ? "partial" : "speech";

    if (cue && (cue.speaker || cue.group)) {
      applyCue(ctx, quote, cue, memo);
    } else {
      if (cue) setCue(text, quote, cue);
      const prev = prevSpeaker && prevSpeaker.quote.speaker && (prevSpeaker.paragraph === span.paragraph || (prevSpeaker.paragraph === span.paragraph - 1 && startsParagraph(doc, span, paragraphStarts)));
      if (prev && prevSpeaker) {
        const p = prevSpeaker.quote;
        Object.assign(quote, { speaker: p.speaker, speakerText: p.speakerText, speakerStart: p.speakerStart, speakerEnd: p.speakerEnd, role: p.role, attribution: "continuation" });
      } else if (words >= 3) {
        const subj = mainSubject(ctx, sentenceAt(doc.sentences, span.markStart), span.markStart, false);
        if (subj && (subj.speaker || subj.group)) {
          applyCue(ctx, quote, { cueStart: -1, cueEnd: -1, speaker: subj.speaker, group: subj.group, how: "before", distance: 0 }, memo);
          quote.attribution = "subject";
        }
      }
    }
    prevSpeaker = { quote, paragraph: span.lastParagraph };
  }
  return { quotes, people };
}

/** The start of each paragraph's first sentence, by paragraph index (paragraph indices only grow along the sentences). */
function firstSentenceStarts(doc: Document): Map<number, number> {
  const starts = new Map<number, number>();
  for (const s of doc.sentences) if (!starts.has(s.paragraph)) starts.set(s.paragraph, s.start);
  return starts;
}

/** The quote opens its paragraph: the sentence holding its mark is the paragraph's first and starts at the mark. */
function startsParagraph(doc: Document, span: QuoteSpan, paragraphStarts: Map<number, number>): boolean {
  const i = sentenceAt(doc.sentences, span.markStart);
  const s = doc.sentences[i];
  if (!s || s.start > span.markStart || span.markStart >= s.end) return false;
  return paragraphStarts.get(s.paragraph) === span.markStart;
}

function setCue(text: string, quote: Quote, cue: Cue): void {
  if (cue.cueStart < 0) return;
  quote.cue = text.slice(cue.cueStart, cue.cueEnd);
  quote.cueStart = cue.cueStart;
  quote.cueEnd = cue.cueEnd;
}

function applyCue(ctx: Context, quote: Quote, cue: Cue, memo: Map<Mention, string | null>): void {
  setCue(ctx.text, quote, cue);
  quote.attribution = "cue";
  if (cue.group) {
    // an unnamed speaker ("the aide said") keeps its words but no name: it is nobody the corpus can count
    Object.assign(quote, { speaker: cue.group.unnamed ? null : cue.group.text, speakerText: cue.group.text, speakerStart: cue.group.start, speakerEnd: cue.group.end });
    return;
  }
  const m = cue.speaker!;
  quote.speakerText = ctx.text.slice(m.kind === "name" ? m.phraseStart : m.start, m.end);
  quote.speakerStart = m.kind === "name" ? m.phraseStart : m.start;
  quote.speakerEnd = m.end;
  if (m.kind === "pronoun") {
    quote.attribution = "pronoun";
    quote.speaker = resolveBack(ctx, m, memo);
  } else if (m.kind === "descriptor") {
    quote.attribution = "descriptor";
    quote.speaker = ctx.people.byDescriptor(m.name);
  } else {
    quote.speaker = ctx.people.canonical(m);
    quote.role = m.role;
  }
  if (quote.speaker && !quote.role) {
    const p = ctx.people.people.get(quote.speaker);
    if (p && p.roles.length > 0) quote.role = p.roles[0];
  }
}

export type { QuoteKind };
