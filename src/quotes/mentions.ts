/**
 * Who is named where: person names (with the role or title the text gives them), "he"/"she", and
 * descriptions such as "the president" — found outside quotations only, because a name inside a quote
 * is something the speaker said, not a candidate for who is speaking.
 */
import type { Token } from "../text/types";
import { FEMALE_NAMES, GROUP_NOUNS, MALE_NAMES, NAME_TITLES, NOT_NAMES, ROLE_WORDS, SPEECH_VERBS } from "./lexicon";

export type Gender = "m" | "f" | null;

export interface Mention {
  start: number;
  end: number;
  /** as written, without a trailing possessive ’s */
  text: string;
  kind: "name" | "pronoun" | "descriptor";
  /** for names: the name with leading titles removed ("Donald Trump" from "President Donald Trump") */
  name: string;
  /** role or title next to the name, if any ("Kremlin spokesman", "senior fellow at …") */
  role: string | null;
  /** offsets of the whole phrase naming the speaker, role included */
  phraseStart: number;
  phraseEnd: number;
  possessive: boolean;
  /** true when the role came only from an appositive after the name (", the senior Republican on …") */
  appositive: boolean;
  /** "Rina Abbe said …", "… said Rina Abbe.": a full name speaking is a person even with no role or known first name */
  speaks: boolean;
  /** "Trump administration": a name used as a modifier, never a pronoun's antecedent */
  modifier: boolean;
  gender: Gender;
  /** index of the token starting the mention */
  token: number;
}

const CONNECTORS = new Set(["bin", "ibn", "al", "el", "de", "del", "da", "van", "von", "der", "den", "la", "le", "du", "dos", "di"]);
const MODIFIED = /^(administration|team|campaign|government|era|presidency|organization|organisation|aides?|officials?|allies|camp|family|tower|doctrine|voters|supporters|white)$/i;
const NATIONALITY = "Russian|Ukrainian|U\\.S\\.|US|American|Chinese|French|German|British|Israeli|Iranian|Ukraine’s|Russia’s|Ukraine's|Russia's|former|Russia|Ukraine";
const DESCRIPTOR = new RegExp(`^(?:the|The)\\s+(?:(${NATIONALITY})\\s+)?(president|leader|prime minister|chancellor|premier|envoy)\\b`);
const POSSESSIVE = /^['’]s?$/;
/** "R-S.C.", "D-Calif.": party and state after a lawmaker's name, not a name */
const PARTY_TAG = /^[RDI]-/;

function isCapital(surface: string): boolean {
  return /^\p{Lu}/u.test(surface);
}

/** Gender from a first name: null when the name does not tell. */
export function genderOf(name: string): Gender {
  const first = name.split(/\s+/)[0];
  const m = MALE_NAMES.has(first);
  const f = FEMALE_NAMES.has(first);
  return m && !f ? "m" : f && !m ? "f" : null;
}

/** True when only spaces lie between two offsets. */
function adjacent(text: string, a: number, b: number): boolean {
  return /^[ \t]+$/.test(text.slice(a, b)) || a === b;
}

/**
 * Mentions in the text, outside quotations. `inQuote(offset)` says whether an offset lies inside a
 * quotation (marks included).
 */
export function findMentions(text: string, tokens: Token[], inQuote: (offset: number) => boolean): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (inQuote(t.start) || t.kind !== "word") continue;
    const lower = t.surface.toLowerCase();
    if (lower === "he" || lower === "she") {
      out.push(simple(t, i, "pronoun", lower === "he" ? "m" : "f"));
      continue;
    }
    if (lower === "the") {
      const rest = text.slice(t.start, t.start + 60);
      const d = DESCRIPTOR.exec(rest);
      if (d && d[2] === d[2].toLowerCase()) {
        let j = i;
        while (j + 1 < tokens.length && tokens[j + 1].end <= t.start + d[0].length) j++;
        const possessive = j + 1 < tokens.length && POSSESSIVE.test(tokens[j + 1].surface);
        out.push({
          ...simple(t, i, "descriptor", null),
          end: t.start + d[0].length,
          text: d[0],
          name: d[0].replace(/^the\s+/i, "").toLowerCase(),
          phraseEnd: t.start + d[0].length,
          possessive,
        });
        i = j;
        continue;
      }
    }
    if (!isCapital(t.surface) || PARTY_TAG.test(t.surface)) continue;
    // a run of capitalised words (with name particles), stopped by punctuation or a possessive
    let j = i;
    while (j + 1 < tokens.length) {
      const n = tokens[j + 1];
      if (inQuote(n.start) || !adjacent(text, tokens[j].end, n.start) || n.kind !== "word") break;
      if (isCapital(n.surface)) j++;
      else if (CONNECTORS.has(n.surface) && j + 2 < tokens.length && isCapital(tokens[j + 2].surface) && adjacent(text, n.end, tokens[j + 2].start)) j += 2;
      else break;
    }
    const possessive = j + 1 < tokens.length && POSSESSIVE.test(tokens[j + 1].surface) && tokens[j + 1].start === tokens[j].end;
    const run = tokens.slice(i, j + 1);
    const mention = nameFromRun(text, tokens, i, run, possessive, inQuote);
    if (mention) out.push(mention);
    i = j;
  }
  const inner = insideAnotherPhrase(out);
  return inner.size === 0 ? out : out.filter((m) => !inner.has(m));
}

/**
 * A name inside another's role or appositive ("the office of the President of Ukraine") is not a
 * mention of its own. Only names whose phrase reaches past the name can hold one, and a phrase is a
 * few words, so each looks only at the mentions starting inside it (comparing every pair of mentions
 * was quadratic: a transcript has thousands of "he").
 */
function insideAnotherPhrase(mentions: Mention[]): Set<Mention> {
  const inner = new Set<Mention>();
  const byStart = [...mentions].sort((a, b) => a.start - b.start);
  for (const n of mentions) {
    if (n.kind !== "name" || (n.phraseStart === n.start && n.phraseEnd === n.end)) continue;
    // the first mention starting at or after the phrase
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byStart[mid].start < n.phraseStart) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < byStart.length && byStart[k].start <= n.phraseEnd; k++) {
      const m = byStart[k];
      if (m !== n && m.end <= n.phraseEnd && (m.start < n.start || m.start >= n.end)) inner.add(m);
    }
  }
  return inner;
}

function simple(t: Token, i: number, kind: Mention["kind"], gender: Gender): Mention {
  return {
    start: t.start,
    end: t.end,
    text: t.surface,
    kind,
    name: t.surface.toLowerCase(),
    role: null,
    phraseStart: t.start,
    phraseEnd: t.end,
    possessive: false,
    appositive: false,
    speaks: false,
    modifier: false,
    gender,
    token: i,
  };
}

/** Split a capitalised run into title and name, and collect the role written around it. */
function nameFromRun(text: string, tokens: Token[], first: number, run: Token[], possessive: boolean, inQuote: (o: number) => boolean): Mention | null {
  let k = 0;
  while (k < run.length && (NOT_NAMES.has(run[k].surface) || SPEECH_VERBS.has(run[k].surface.toLowerCase()))) k++;
  if (k >= run.length) return null;
  // the last title word before the final token splits title from name ("Russian President | Vladimir Putin")
  let lastTitle = -1;
  for (let m = k; m < run.length - 1; m++) if (NAME_TITLES.has(run[m].surface)) lastTitle = m;
  // no title word, but a known first name inside the run: what precedes it is a title ("Weekly Standard Editor | Bill Kristol")
  if (lastTitle < 0) {
    for (let m = k + 1; m < run.length - 1; m++) if (genderOf(run[m].surface) !== null) {
      lastTitle = m - 1;
      break;
    }
  }
  let stop = run.length;
  while (stop > k + 1 && NOT_NAMES.has(run[stop - 1].surface)) stop--; // "Michael Steele Sunday"
  run = run.slice(0, stop);
  const nameTokens = run.slice(Math.max(k, lastTitle + 1));
  if (nameTokens.length === 0 || nameTokens.every((t) => NAME_TITLES.has(t.surface))) return null;
  const titleText = lastTitle >= k ? text.slice(run[k].start, run[lastTitle].end) : null;
  const start = nameTokens[0].start;
  const end = nameTokens[nameTokens.length - 1].end;
  const name = text.slice(start, end).replace(/\s+/g, " ");
  const lastIdx = first + run.length - 1;
  const after = tokens[lastIdx + (possessive ? 2 : 1)];
  const modifier = !possessive && after !== undefined && adjacent(text, tokens[lastIdx].end, after.start) && MODIFIED.test(after.surface);

  let role: string | null = titleText;
  let phraseStart = lastTitle >= k ? run[k].start : start;
  const before = roleBefore(text, tokens, first + k, inQuote, titleText !== null) ?? descriptorAfterVerb(text, tokens, first + k, inQuote);
  if (before) {
    role = role ? `${before.role} ${role}` : before.role;
    phraseStart = Math.min(phraseStart, before.start);
  }
  const appositive = possessive ? null : roleAfter(text, end);
  if (appositive && !role) role = appositive.role;
  else if (appositive && role) role = `${role}, ${appositive.role}`;
  return {
    start,
    end,
    text: name,
    kind: "name",
    name,
    role,
    phraseStart,
    phraseEnd: appositive ? appositive.end : end,
    possessive,
    appositive: !!appositive && !titleText && !before,
    speaks: !possessive && !modifier && speaksNear(text, tokens, first + k, lastIdx, run.slice(Math.max(k, lastTitle + 1)), before !== null || titleText !== null),
    modifier,
    gender: genderOf(name),
    token: first + k + Math.max(0, lastTitle + 1 - k),
  };
}

const STOP_LEFT = new Set(["the", "a", "an", "his", "her", "its", "their", "our", "that", "with", "to", "and", "by", "as", "for", "from", "said", "told", "says", "who", "which", "when", "while", "in", "on"]);

/**
 * The role left of a name: "Kremlin spokesman Dmitry Peskov", "White House press secretary Karoline
 * Leavitt", or with a comma, "his national security adviser, Mike Waltz" / "Head of Russia’s … committee,
 * Leonid Slutsky". A role must hold a role word; a bare capitalised run ("Trump praised Putin") is not one.
 */
function roleBefore(text: string, tokens: Token[], nameToken: number, inQuote: (o: number) => boolean, titled: boolean): { role: string; start: number } | null {
  let i = nameToken - 1;
  // "Darrell Issa of California": "of" right before a name only continues a title ("Secretary of State Marco Rubio")
  if (i >= 0 && tokens[i].surface === "of" && !titled) return null;
  const commaForm = i >= 1 && tokens[i].surface === "," && tokens[i - 1].kind === "word";
  if (commaForm) i--;
  let start = -1;
  let end = -1;
  let sawRole = false;
  // space-separated words taken so far: a role is at most ten (one more for a leading "of"), so the
  // walk stops there instead of running back over a whole list of capitalised words for every name
  let words = 0;
  for (; i >= 0; i--) {
    const t = tokens[i];
    if (inQuote(t.start) || t.kind !== "word") break;
    const next = tokens[i + 1];
    const attached = POSSESSIVE.test(next.surface) && next.start === t.end;
    if (end >= 0 && !attached && !adjacent(text, t.end, next.start)) break;
    const lower = t.surface.toLowerCase();
    if (STOP_LEFT.has(lower) && !(lower === "of" || lower === "at" || lower === "for")) break;
    const ok = isRoleWord(t.surface) || (isCapital(t.surface) && !NOT_NAMES.has(t.surface)) || POSSESSIVE.test(t.surface) || lower === "of" || commaForm;
    if (!ok) break;
    if (isRoleWord(t.surface)) sawRole = true;
    if (end < 0 || next.start > t.end) words++;
    if (words > 11) return null;
    if (end < 0) end = t.end;
    start = t.start;
  }
  if (!sawRole || start < 0) return null;
  const role = text.slice(start, end).replace(/\s+/g, " ").replace(/^(of|at|for)\s+/i, "");
  return role.split(" ").length <= 10 ? { role, start } : null;
}

/** Verbs that put the speaker after them ("said baker Tomas Lenk"); "told" is left out, its object is the hearer. */
const VERB_FIRST = /^(said|says|added|adds|asked|asks|wrote|writes|recalled|recalls|explained|explains|noted|notes|continued|continues)$/;
/** Words after such a verb that describe when or how, never who ("said yesterday Tomas Lenk"). */
const NOT_DESCRIPTOR = /^(yesterday|today|tonight|now|then|again|also|later|earlier|recently|previously|once|still|reporters|journalists|that|this|there|here|not)$/i;

/**
 * "said baker Tomas Lenk", "said local resident Ann Cole": up to four lower-case words (a description the
 * role-word list cannot know: trades, "resident", "councillor") between a speech verb and a name are the
 * person's role. Articles and prepositions ("said the report", "said on Monday") and adverbs stop it.
 */
function descriptorAfterVerb(text: string, tokens: Token[], nameToken: number, inQuote: (o: number) => boolean): { role: string; start: number } | null {
  const words: Token[] = [];
  let i = nameToken - 1;
  for (; i >= 0; i--) {
    const t = tokens[i];
    if (inQuote(t.start) || t.kind !== "word" || !adjacent(text, t.end, tokens[i + 1].start)) return null;
    if (VERB_FIRST.test(t.surface)) break;
    const lower = t.surface.toLowerCase();
    if (words.length >= 4 || STOP_LEFT.has(lower) || NOT_DESCRIPTOR.test(lower) || /ly$/.test(lower) || NOT_NAMES.has(t.surface) || GROUP_NOUNS.test(lower) || SPEECH_VERBS.has(lower)) return null;
    words.unshift(t);
  }
  if (i < 0 || words.length === 0 || !/^\p{Ll}/u.test(words[words.length - 1].surface)) return null;
  return { role: text.slice(words[0].start, words[words.length - 1].end).replace(/\s+/g, " "), start: words[0].start };
}

/** Words that make a capitalised run an organisation ("Human Rights Watch", "the White House"), not a person. */
const ORG_WORDS = /^(House|Department|Ministry|Office|Council|Committee|Party|Watch|News|Times|Post|Journal|Bank|Group|Inc\.?|Corp\.?|Company|Association|Institute|University|Agency|Commission|Foundation|Center|Centre|Service|Services|Administration|Court|Senate|Congress|Command|Forces?|Army|Navy|Union|Network|Press|Kremlin|Pentagon|Reuters|Club|Board|Authority|Organization|Organisation|Fund|Project|Coalition|Alliance|International|Media|Campaign|Bureau|Police|Network|Republicans|Democrats)$/;

/**
 * True when a full name is the subject of a speech verb ("Rina Abbe said", "Rina Abbe, 54, said" is not
 * checked) or follows one as its speaker ("… said Rina Abbe."), and does not look like an organisation.
 * Such a name is a person for pronoun resolution even when the first name is not in the lists.
 */
function speaksNear(text: string, tokens: Token[], nameFirst: number, nameLast: number, nameTokens: Token[], hasRole: boolean): boolean {
  if (nameTokens.length < 2 || nameTokens.some((t) => ORG_WORDS.test(t.surface) || !/^\p{Lu}\p{Ll}/u.test(t.surface))) return false;
  const prev = tokens[nameFirst - 1];
  if (prev && /^the$/i.test(prev.surface) && !hasRole) return false;
  const next = tokens[nameLast + 1];
  if (next && next.kind === "word" && adjacent(text, tokens[nameLast].end, next.start) && /^\p{Ll}/u.test(next.surface) && SPEECH_VERBS.has(next.surface)) return true;
  const endsClause = !next || (next.kind === "punct" && /^[.,;!?—–]$/.test(next.surface));
  return endsClause && !!prev && VERB_FIRST.test(prev.surface);
}

function isRoleWord(surface: string): boolean {
  return ROLE_WORDS.has(surface.toLowerCase());
}

/** "Joseph Webster, a senior fellow at the Atlantic Council’s Global Energy Center": the appositive role. */
function roleAfter(text: string, nameEnd: number): { role: string; end: number } | null {
  const m = /^,\s+(?:(?:a|an|the)\s+)?([^,;“”"()]{3,120}?)(?=,|;|\.(?:\s|$)|\s+(?:said|says|told|wrote|added)\b|$)/.exec(text.slice(nameEnd, nameEnd + 160));
  if (!m) return null;
  const words = m[1].trim().split(/\s+/);
  if (/^(who|which|that|said|says|told|wrote|added|and|but|he|she|it)$/i.test(words[0])) return null;
  const r = words.findIndex((w, i) => i < 4 && ROLE_WORDS.has(w.toLowerCase()));
  if (r < 0) return null;
  // "the president upped the ante": a role word followed by a verb is a clause, not an appositive
  const next = words[r + 1];
  if (next && !/^(of|at|for|in|on|with|and|to|from|,)$/i.test(next) && !ROLE_WORDS.has(next.toLowerCase()) && !/^\p{Lu}/u.test(next)) return null;
  return { role: m[1].trim(), end: nameEnd + m[0].length };
}
