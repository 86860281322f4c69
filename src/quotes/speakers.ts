/**
 * Cue and speaker for each quotation, found in this order (the first that answers wins):
 * 1. a cue right after the closing mark: `,” Trump said` / `,” said Joseph Webster, a senior fellow …`
 *    / `,” he told reporters` / `,” according to X`;
 * 2. a speech verb before the opening mark in the same sentence: `Trump responded, “…”`,
 *    `Peskov told reporters that Putin “…”` (the speaker is the verb's subject, Peskov), or a participle
 *    hanging off the main clause (`…, calling the invasion “genius”`: the sentence's subject);
 * 3. a cue at the end of the sentence: `… “robust security guarantees” for Kyiv, he said`;
 * 4. continuation: the previous quote of the paragraph (or of the paragraph before, when this one is
 *    only a quote), as in `“…,” Witkoff said. “I think they had a great friendship …”`;
 * 5. for a quote of three words or more with no cue at all, the subject of the sentence.
 * Pronouns ("he") go back to the last person named, sentence by sentence, preferring each sentence's
 * subject and checking gender when the first name tells it; "the president" goes to the person the
 * article titles president most often.
 */
import { firstTokenAtOrAfter } from "../text/token-search";
import type { Sentence, Token } from "../text/types";
import { GROUP_NOUNS, SPEECH_VERBS } from "./lexicon";
import type { Mention } from "./mentions";
import type { MentionIndex } from "./mention-index";
import type { ArticlePeople } from "./names";
import type { Attribution } from "./types";
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES, capitalised } from "../text/calendar";

export interface Cue {
  cueStart: number;
  cueEnd: number;
  /** the mention naming the speaker, or a group phrase ("Russian officials") */
  speaker: Mention | null;
  /** a group ("Russian officials") or, with `unnamed`, a speaker the text does not name ("the aide") */
  group: { text: string; start: number; end: number; unnamed?: boolean } | null;
  how: "after" | "before" | "tail" | "according";
  /** tokens between the verb and the quote (to tell a cue close to a short quote from a far one) */
  distance: number;
}

export interface Resolved {
  speaker: string | null;
  speakerText: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  role: string | null;
  attribution: Attribution | null;
}

/** Everything the attribution needs about one article, computed once. */
export interface Context {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  mentions: Mention[];
  /** mention index by start token */
  byToken: Map<number, Mention>;
  /** the mentions by token and offset (mention-index.ts) */
  index: MentionIndex;
  inQuote: (offset: number) => boolean;
  people: ArticlePeople;
}

const ADVERBS = new Set(["also", "later", "then", "again", "previously", "recently", "once", "has", "had", "have", "would", "will", "later", "earlier", "further", "quickly", "simply", "repeatedly", "separately", "publicly", "privately", "ultimately"]);
/** "said on Monday" keeps only "said": days, months and places after "in" are not part of the cue. */
const WHEN = new RegExp(`^(${[...WEEKDAY_NAMES, ...MONTH_NAMES, ...Object.keys(MONTH_ABBREVIATIONS)].map(capitalised).join("|")})\\b|^[A-Z][a-z]+$(?<!Telegram|Twitter|Facebook|Instagram|X|Truth)`);
const BE = new Set(["is", "was", "were", "are", "been", "be", "being"]);
const LEADING = new Set(
  "asked speaking when while after since before as although though if in on at of during despite following but and even earlier later meanwhile still yet however shortly throughout within until unlike like by with without beyond for from so".split(" "),
);

export function isSpeechVerb(t: Token | undefined): boolean {
  return !!t && t.kind === "word" && /^\p{Ll}/u.test(t.surface) && SPEECH_VERBS.has(t.surface);
}

/** Index of the sentence holding an offset (the last sentence starting at or before it). */
export function sentenceAt(sentences: Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

type Subject = Pick<Cue, "speaker" | "group">;

/** Where a scan for a subject stopped (a token index; -1 when it ran off the sentence) and what it found there. */
interface Scan {
  stop: number;
  result: Subject | null;
}

/**
 * What the attribution learns about a sentence once and reuses for every quote in it. Each quote used
 * to walk its whole sentence (its tokens outside quotes, its subject, the verbs before the quote, the
 * mentions a pronoun may point to), so a long sentence full of quotes cost its length once per quote.
 */
interface SentenceFacts {
  /** the sentence's tokens outside every quotation */
  out: number[];
  /** position in `out` of the first comma, or -1 */
  comma: number;
  /** subject scans by start position in `out` and allowOrg (mainSubject) */
  scans: Map<number, Scan>;
  /** by position in `out`: the last position at or before it holding a cue verb or "according to" (cueBefore), -1 when none */
  lastCue: Int32Array | null;
  /** subjectLeftOf's outcome from a token with no adverb-only stretch left to it (undefined: not yet known) */
  leftOf: Map<number, Subject | null>;
}

interface ArticleFacts {
  sentences: Map<number, SentenceFacts>;
  /** resolveBack's walk over each sentence's mentions, per gender asked about */
  antecedents: Map<string, { list: Mention[]; next: number; found: number }>;
}

const articleFacts = new WeakMap<Context, ArticleFacts>();

function factsOf(ctx: Context): ArticleFacts {
  let f = articleFacts.get(ctx);
  if (!f) {
    f = { sentences: new Map(), antecedents: new Map() };
    articleFacts.set(ctx, f);
  }
  return f;
}

function sentenceFacts(ctx: Context, sIdx: number): SentenceFacts {
  const all = factsOf(ctx).sentences;
  let f = all.get(sIdx);
  if (!f) {
    const s = ctx.sentences[sIdx];
    const out: number[] = [];
    for (let i = s.tokenStart; i < s.tokenEnd; i++) if (!ctx.inQuote(ctx.tokens[i].start)) out.push(i);
    f = { out, comma: out.findIndex((i) => ctx.tokens[i].surface === ","), scans: new Map(), lastCue: null, leftOf: new Map() };
    all.set(sIdx, f);
  }
  return f;
}

/** Position in `out` of the last token ending at or before `offset` (-1 when none does): ends grow along `out`. */
function lastEndingBy(ctx: Context, out: number[], offset: number): number {
  let lo = 0;
  let hi = out.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.tokens[out[mid]].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** A mention usable as a speaker: a person name, a pronoun, a description, never a possessive or a modifier. */
function speakerLike(ctx: Context, m: Mention | undefined, allowOrg = false): boolean {
  if (!m || m.possessive || m.modifier) return false;
  if (m.kind !== "name") return true;
  return allowOrg || ctx.people.isPerson(m);
}

/** The cue verb plus what belongs to it: "told reporters", "wrote on Truth Social", "said in a statement". */
function cueExtent(ctx: Context, v: number): number {
  const { tokens, text } = ctx;
  const verb = tokens[v].surface;
  let end = tokens[v].end;
  let j = v + 1;
  if (/^(told|tell|tells|telling|informed|informs)$/.test(verb)) {
    let k = j;
    while (k < tokens.length && k < j + 5 && tokens[k].kind === "word" && !/^(that|on|in|at|about|during|after|before|while|when|aboard)$/.test(tokens[k].surface) && !ctx.inQuote(tokens[k].start)) k++;
    if (k > j) {
      end = tokens[k - 1].end;
      j = k;
    }
  }
  const rest = text.slice(end, end + 60);
  const on = /^ (on|in) (social media|(?:[A-Z][\w’'-]*)(?: [A-Z][\w’'-]*)*|a statement|an interview|an op-ed|a post)\b/.exec(rest);
  if (on && !WHEN.test(on[2])) end += on[0].length;
  return end;
}

/** The mention (or group phrase) that is the subject of a verb: nearest speaker-like mention left of it in the clause. */
/**
 * `known`: when `sentenceStart` is a sentence's first token, that sentence's facts. The walk from a
 * token past a word that is not an adverb ends the same way whichever verb it started from, so its
 * outcome is kept per token and later walks (other verbs of a long sentence) stop where it is known.
 */
function subjectLeftOf(ctx: Context, tokenIdx: number, sentenceStart: number, known?: SentenceFacts): Subject | null {
  // nearest mention to the left that is not a preposition's object ("… communication with Putin … and said")
  let onlyAdverbs = true;
  const visited: number[] = [];
  let outcome: Subject | null | undefined; // undefined: the walk ran off the sentence
  for (let i = tokenIdx - 1; i >= sentenceStart; i--) {
    if (known && !onlyAdverbs) {
      if (known.leftOf.has(i)) {
        outcome = known.leftOf.get(i) ?? undefined; // null: that walk ran off the sentence too
        break;
      }
      visited.push(i);
    }
    const t = ctx.tokens[i];
    if (ctx.inQuote(t.start)) continue;
    if (GROUP_NOUNS.test(t.surface) && !/^(all|of)$/i.test(ctx.tokens[i - 1]?.surface ?? "")) {
      outcome = { speaker: null, group: groupPhrase(ctx, i, sentenceStart) };
      break;
    }
    const m = mentionEndingAt(ctx, i);
    if (m && !objectOfPreposition(ctx, m) && speakerLike(ctx, m, onlyAdverbs)) {
      outcome = { speaker: m, group: null };
      break;
    }
    if (m) i = Math.min(i, firstTokenAtOrAfter(ctx.tokens, m.phraseStart));
    if (!ADVERBS.has(t.surface.toLowerCase())) onlyAdverbs = false;
  }
  if (known) for (const i of visited) known.leftOf.set(i, outcome ?? null);
  if (outcome) return { ...outcome };
  // "… — and said …" with nobody named before: the main clause's subject
  const s = sentenceAt(ctx.sentences, ctx.tokens[tokenIdx].start);
  return mainSubject(ctx, s, ctx.tokens[tokenIdx].start);
}

const PREPOSITIONS = new Set("with to for by of from on about against at in into over under between among toward towards than like".split(" "));

/** "talks with Putin", "a call to Zelensky": a name right after a preposition is not a subject. */
function objectOfPreposition(ctx: Context, m: Mention): boolean {
  const i = firstTokenAtOrAfter(ctx.tokens, m.phraseStart);
  const prev = ctx.tokens[i - 1];
  return !!prev && PREPOSITIONS.has(prev.surface.toLowerCase());
}

/** The first mention ending where the token ends, or (a pronoun or description) covering it. */
function mentionEndingAt(ctx: Context, tokenIdx: number): Mention | undefined {
  return ctx.index.endingAt(tokenIdx);
}

/** "Russian officials", "people familiar with the call": the words before a group noun. */
function groupPhrase(ctx: Context, nounIdx: number, sentenceStart: number) {
  let s = nounIdx;
  while (s - 1 >= sentenceStart && ctx.tokens[s - 1].kind === "word" && !/^(the|a|an|that|and|but|,)$/i.test(ctx.tokens[s - 1].surface) && nounIdx - s < 3) s--;
  return { text: ctx.text.slice(ctx.tokens[s].start, ctx.tokens[nounIdx].end), start: ctx.tokens[s].start, end: ctx.tokens[nounIdx].end };
}

/** The main subject of a sentence: skip a leading subordinate clause, then the first speaker-like mention. */
export function mainSubject(ctx: Context, sIdx: number, before = Infinity, allowOrgFirst = true): Subject | null {
  // the sentence's tokens outside quotes that start before `before`: a prefix of `out`; each pass below
  // reads it from its start until a subject, a verb or its end, so a scan of the whole sentence (kept
  // per start and allowOrg) answers for any `before`: it stopped inside the prefix, or the prefix held nothing
  const f = sentenceFacts(ctx, sIdx);
  if (f.out.length === 0 || ctx.tokens[f.out[0]].start >= before) return null;
  let from = 0;
  const firstWord = ctx.tokens[f.out[0]].surface;
  if (LEADING.has(firstWord.toLowerCase()) || /^\p{Lu}\p{Ll}+(ing|ed)$/u.test(firstWord)) {
    if (f.comma >= 0 && ctx.tokens[f.out[f.comma]].start < before) from = f.comma + 1;
  }
  for (const pass of [from, 0]) {
    const scan = subjectScan(ctx, sIdx, f, pass, allowOrgFirst);
    if (scan.result && ctx.tokens[scan.stop].start < before) return { ...scan.result };
  }
  return null;
}

/** mainSubject's pass over the whole sentence from position `from` of `out`. */
function subjectScan(ctx: Context, sIdx: number, f: SentenceFacts, from: number, allowOrgFirst: boolean): Scan {
  const key = from * 2 + (allowOrgFirst ? 1 : 0);
  let scan = f.scans.get(key);
  if (scan) return scan;
  scan = { stop: -1, result: null };
  const s = ctx.sentences[sIdx];
  for (let k = 0; from + k < f.out.length; k++) {
    const i = f.out[from + k];
    const t = ctx.tokens[i];
    if (GROUP_NOUNS.test(t.surface) && k < 4) {
      scan = { stop: i, result: { speaker: null, group: groupPhrase(ctx, i, s.tokenStart) } };
      break;
    }
    const m = ctx.byToken.get(i);
    // the first word of the main clause, when it is a name, is the subject even if nothing else says it is a person
    if (m && speakerLike(ctx, m, allowOrgFirst && k === 0 && followedByWord(ctx, m))) {
      scan = { stop: i, result: { speaker: m, group: null } };
      break;
    }
    if (isSpeechVerb(t) || BE.has(t.surface)) {
      scan = { stop: i, result: null }; // past the subject position
      break;
    }
  }
  f.scans.set(key, scan);
  return scan;
}

/** "Trump praised …" (a verb follows), not "Switzerland, the president …" or "Nonetheless, …". */
function followedByWord(ctx: Context, m: Mention): boolean {
  const next = ctx.tokens[firstTokenAtOrAfter(ctx.tokens, m.end)];
  return !!next && next.kind === "word" && /^\p{Ll}/u.test(next.surface);
}

/** Cue right after the closing mark: `,” Trump said`, `,” said Joseph Webster`, `,” he told reporters`. */
export function cueAfter(ctx: Context, markEnd: number): Cue | null {
  const { tokens } = ctx;
  const sIdx = sentenceAt(ctx.sentences, Math.max(0, markEnd - 1));
  let sEnd = ctx.sentences[sIdx] ? ctx.sentences[sIdx].tokenEnd : tokens.length;
  let i = firstTokenAtOrAfter(tokens, markEnd);
  // “…?” Justice Breyer asked. — the splitter ends the sentence at the mark; the cue is the next one's start
  let nextSentence = false;
  if (i >= sEnd && ctx.sentences[sIdx + 1] && ctx.sentences[sIdx + 1].paragraph === ctx.sentences[sIdx].paragraph) {
    sEnd = ctx.sentences[sIdx + 1].tokenEnd;
    nextSentence = true;
  }
  while (i < sEnd && tokens[i].kind === "punct" && /^[,—–-]$/.test(tokens[i].surface)) i++;
  if (i >= sEnd || ctx.inQuote(tokens[i].start)) return null;
  const according = accordingTo(ctx, i, sEnd);
  if (according) return according;
  // "said X": the verb first, then the speaker
  if (isSpeechVerb(tokens[i])) {
    if (/ing$/.test(tokens[i].surface)) return null; // ", claiming it was …" is not "said X"
    const m = firstMentionFrom(ctx, i + 1, Math.min(sEnd, i + 9), true);
    const adjacentName = m !== undefined && firstTokenAtOrAfter(tokens, m.phraseStart) === i + 1;
    if (m && speakerLike(ctx, m, adjacentName)) return { cueStart: tokens[i].start, cueEnd: cueExtent(ctx, i), speaker: m, group: null, how: "after", distance: 0 };
    return null;
  }
  // "X said": the speaker phrase, adverbs, then the verb
  for (let v = i; v < Math.min(sEnd, i + 16); v++) {
    const t = tokens[v];
    const tagDot = t.surface === "." && /^[RDI]-/.test(tokens[v - 1]?.surface ?? ""); // "D-Ill."
    if (ctx.inQuote(t.start) || (t.kind === "punct" && !tagDot && !/^[,()’]$/.test(t.surface) && t.surface !== "’s")) return null;
    if (!isSpeechVerb(t)) continue;
    // in the next sentence only a short "Name asked." counts, not "He noted, “…”" or "He said that …"
    if (nextSentence && (sEnd - v > 6 || tokens.slice(v + 1, sEnd).some((x) => ctx.inQuote(x.start) || x.surface === "that"))) return null;
    const subj = subjectLeftOf(ctx, v, i);
    const cue = { cueStart: t.start, cueEnd: cueExtent(ctx, v), how: "after" as const, distance: 0 };
    if (!subj) {
      // "the aide said", "an AARP spokeswoman said", "the letter states": a speaker the text does not name
      const phrase = tokens.slice(i, v);
      const auxiliary = /^(has|have|had|not|is|was|were|will|would|did|does|do|could|can|also|then|and|but|that)$/i;
      if (phrase.length > 0 && phrase.length <= 5 && /^(the|a|an|one|another|his|her|their|its)$/i.test(phrase[0].surface) && phrase.every((x, n) => x.kind === "word" && (n === 0 || !auxiliary.test(x.surface)))) {
        const start = phrase[0].start;
        const end = phrase[phrase.length - 1].end;
        return { ...cue, speaker: null, group: { text: ctx.text.slice(start, end), start, end, unnamed: true } };
      }
      return null;
    }
    if (!betweenIsSpeakerPhrase(ctx, i, v, subj)) return null;
    return { ...cue, ...subj };
  }
  return null;
}

const SUFFIX = /^(Jr\.?|Sr\.?|II|III|IV)$/;

/**
 * Between the closing mark and the verb there may only be the speaker's phrase (role and name),
 * adverbs, a suffix or party tag ("Jesse Jackson Jr., D-Ill.,") and one appositive between commas
 * ("Tom Cole, an Oklahoma Republican and Boehner ally, said").
 */
function betweenIsSpeakerPhrase(ctx: Context, from: number, verb: number, subj: Pick<Cue, "speaker" | "group">): boolean {
  const { tokens } = ctx;
  const start = subj.speaker ? Math.min(subj.speaker.phraseStart, subj.speaker.start) : subj.group!.start;
  const end = subj.speaker ? Math.max(subj.speaker.end, subj.speaker.phraseEnd) : subj.group!.end;
  let k = from;
  while (k < verb && tokens[k].end <= end) {
    if (tokens[k].start < start && !ADVERBS.has(tokens[k].surface.toLowerCase())) return false;
    k++;
  }
  // the appositive already in the phrase ("Robert F. Bauer, the White House counsel,") leaves its closing comma
  if (subj.speaker && subj.speaker.phraseEnd > subj.speaker.end && tokens[k]?.surface === ",") k++;
  let inAppositive = false;
  let appositiveWords = 0;
  for (; k < verb; k++) {
    const s = tokens[k].surface;
    if (s === ",") {
      inAppositive = !inAppositive;
      continue;
    }
    if (inAppositive) {
      if (++appositiveWords > 12) return false;
      continue;
    }
    if (!ADVERBS.has(s.toLowerCase()) && !SUFFIX.test(s) && !/^[RDI]-/.test(s) && s !== "(" && s !== ")") return false;
  }
  return !inAppositive;
}

/** The first mention from token `from`; stops at punctuation unless `overCommas` ("said the legislator, Carl Seel"). */
function firstMentionFrom(ctx: Context, from: number, to: number, overCommas = false): Mention | undefined {
  for (let i = from; i < to; i++) {
    const t = ctx.tokens[i];
    const m = ctx.index.startingIn(i); // the first mention whose phrase or name starts inside the token
    if (m && !m.modifier && !m.possessive) return m;
    if (t.kind === "punct" && !(overCommas && t.surface === ",")) return undefined;
    if (/^(that|who|which|if|whether)$/i.test(t.surface) || isSpeechVerb(t)) return undefined;
  }
  return undefined;
}

/** "according to X" starting at token i. */
function accordingTo(ctx: Context, i: number, end: number): Cue | null {
  const t = ctx.tokens[i];
  if (!t || t.surface.toLowerCase() !== "according" || ctx.tokens[i + 1]?.surface !== "to") return null;
  const m = firstMentionFrom(ctx, i + 2, Math.min(end, i + 8));
  if (!m || !speakerLike(ctx, m, true)) return null;
  return { cueStart: t.start, cueEnd: ctx.tokens[i + 1].end, speaker: m, group: null, how: "according", distance: 0 };
}

/** A speech verb before the opening mark in the same sentence. */
export function cueBefore(ctx: Context, markStart: number): Cue | null {
  const { tokens } = ctx;
  const sIdx = sentenceAt(ctx.sentences, markStart);
  const s = ctx.sentences[sIdx];
  if (!s) return null;
  // the nearest token before the mark, outside quotes, that is "according to X" or a speech verb (not
  // "said by"): read from the sentence's facts rather than walked back to per quote
  const f = sentenceFacts(ctx, sIdx);
  const last = lastEndingBy(ctx, f.out, markStart);
  if (last < 0) return null;
  const k = lastCueVerb(ctx, s, f)[last];
  if (k < 0) return null;
  const v = f.out[k];
  const distance = last - k;
  const according = accordingTo(ctx, v, s.tokenEnd);
  if (according) return { ...according, how: "before", distance };
  const cue = { cueStart: tokens[v].start, cueEnd: Math.min(cueExtent(ctx, v), markStart), how: "before" as const, distance };
  const participle = /ing$/.test(tokens[v].surface) && !BE.has(tokens[v - 1]?.surface ?? "");
  const subj = participle ? mainSubject(ctx, sIdx, tokens[v].start) : subjectLeftOf(ctx, v, s.tokenStart, f);
  if (subj) return { ...cue, ...subj };
  // "said Yermak, “…”": the speaker right after the verb
  const m = firstMentionFrom(ctx, v + 1, Math.min(s.tokenEnd, v + 6));
  if (m && speakerLike(ctx, m, true) && m.end <= markStart && onlyCommaBetween(ctx.text, m.phraseEnd, markStart)) return { ...cue, speaker: m, group: null };
  return { ...cue, speaker: null, group: null };
}

/** By position in the sentence's `out`: the last position at or before it where cueBefore stops (see there). */
function lastCueVerb(ctx: Context, s: Sentence, f: SentenceFacts): Int32Array {
  if (f.lastCue) return f.lastCue;
  const { tokens } = ctx;
  const last = new Int32Array(f.out.length);
  let seen = -1;
  for (let k = 0; k < f.out.length; k++) {
    const v = f.out[k];
    if (accordingTo(ctx, v, s.tokenEnd) || (isSpeechVerb(tokens[v]) && tokens[v + 1]?.surface !== "by")) seen = k;
    last[k] = seen;
  }
  f.lastCue = last;
  return last;
}

/** text[from, to) is white space with at most one comma or colon in it (anything, when from >= to). */
function onlyCommaBetween(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && /\s/.test(text[i])) i++;
  if (i < to && (text[i] === "," || text[i] === ":")) i++;
  while (i < to && /\s/.test(text[i])) i++;
  return i >= to;
}

/** `… for Kyiv, he said`: a ", SPEAKER VERB" later in the sentence, after the quote. */
export function cueTail(ctx: Context, markEnd: number): Cue | null {
  const { tokens } = ctx;
  const sIdx = sentenceAt(ctx.sentences, Math.max(0, markEnd - 1));
  const s = ctx.sentences[sIdx];
  if (!s) return null;
  for (let i = firstTokenAtOrAfter(tokens, markEnd); i < s.tokenEnd - 1; i++) {
    if (ctx.inQuote(tokens[i].start)) return null;
    if (tokens[i].surface !== ",") continue;
    const m = ctx.byToken.get(i + 1) ?? mentionStartingAfter(ctx, i);
    if (!m || !speakerLike(ctx, m)) continue;
    let v = firstTokenAtOrAfter(tokens, m.end);
    while (v < s.tokenEnd && ADVERBS.has(tokens[v].surface)) v++;
    if (isSpeechVerb(tokens[v])) return { cueStart: tokens[v].start, cueEnd: cueExtent(ctx, v), speaker: m, group: null, how: "tail", distance: 0 };
  }
  return null;
}

function mentionStartingAfter(ctx: Context, commaIdx: number): Mention | undefined {
  const next = ctx.tokens[commaIdx + 1];
  return next ? ctx.index.phraseAt(next.start) : undefined;
}

/**
 * The person a pronoun or description points to: back through the sentences (up to eight), each
 * sentence's subject first, skipping mentions whose gender disagrees.
 */
export function resolveBack(ctx: Context, m: Mention, memo: Map<Mention, string | null>): string | null {
  if (memo.has(m)) return memo.get(m)!;
  if (m.kind === "descriptor") {
    const r = ctx.people.byDescriptor(m.name);
    memo.set(m, r);
    return r;
  }
  if (m.kind === "name") return ctx.people.canonical(m);
  memo.set(m, null); // guards against cycles
  const sIdx = sentenceAt(ctx.sentences, m.start);
  for (let s = sIdx; s >= Math.max(0, sIdx - 8); s--) {
    // the sentence's subject first, then its mentions before m in order: the first that names someone
    const subj = mainSubject(ctx, s, s === sIdx ? m.start : Infinity);
    const first = subj && subj.speaker ? antecedentName(ctx, subj.speaker, m.gender, memo) : null;
    const name = first ?? firstAntecedent(ctx, s, m.start, m.gender, memo);
    if (name) {
      memo.set(m, name);
      return name;
    }
  }
  return null;
}

/** The person `cand` names, if a pronoun of `gender` can point to it (see resolveBack); null when not. */
function antecedentName(ctx: Context, cand: Mention, gender: Mention["gender"], memo: Map<Mention, string | null>): string | null {
  if (cand.modifier || (cand.kind === "name" && !ctx.people.isPerson(cand))) return null;
  if (cand.kind === "pronoun" && cand.gender !== gender) return null;
  const name = cand.kind === "pronoun" ? resolveBack(ctx, cand, memo) : cand.kind === "descriptor" ? ctx.people.byDescriptor(cand.name) : ctx.people.canonical(cand);
  if (!name) return null;
  const g = ctx.people.gender(name);
  if (gender && g && g !== gender) return null;
  return name;
}

/**
 * The name given by the first mention of sentence `sIdx` (in order, starting before `before`) that a
 * pronoun of `gender` can point to. Whether a mention can is the same for every pronoun of that gender
 * (its own antecedent lies before it), so the walk over a sentence's mentions is kept per gender and
 * goes on from where it stopped: a sentence with a thousand "he" is walked once, not once per "he".
 */
function firstAntecedent(ctx: Context, sIdx: number, before: number, gender: Mention["gender"], memo: Map<Mention, string | null>): string | null {
  const key = `${sIdx} ${gender}`;
  const walks = factsOf(ctx).antecedents;
  let walk = walks.get(key);
  if (!walk) {
    const sent = ctx.sentences[sIdx];
    walk = { list: ctx.index.startingBetween(sent.start, sent.end).filter((x) => x.end <= sent.end), next: 0, found: -1 };
    walks.set(key, walk);
  }
  for (;;) {
    if (walk.found >= 0) return walk.list[walk.found].start < before ? antecedentName(ctx, walk.list[walk.found], gender, memo) : null;
    const k = walk.next;
    if (k >= walk.list.length || walk.list[k].start >= before) return null;
    const name = antecedentName(ctx, walk.list[k], gender, memo);
    if (name) {
      walk.found = k;
      return name;
    }
    // a mention asked about again inside antecedentName (a pronoun resolving its own antecedent) may have moved the walk on
    walk.next = Math.max(walk.next, k + 1);
  }
}
