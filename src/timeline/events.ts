/**
 * Groups mentions into reported events. The clause around a date is the event ("Trump said at the
 * White House on Thursday"); mentions in different articles whose clauses share enough content words
 * are the same event. An event whose mentions resolve to different dates is a conflict: the same
 * happening placed on different days by different outlets (or by a rewrite).
 */
import type { Document } from "../text/types";
import type { Mention, TimelineEvent } from "./types";

const STOP = new Set(
  "a an the and or but of to in on at for by with from as is was were be been are has have had he she it they we you i his her its their our this that these those said says say told mentioned who which what when where while than then there here not no do did does will would could should can may might also about after before over into during since until just very more most some any all both each other such only own same so too up out off again further once".split(" "),
);

/** How many content words on each side of a date describe its event. */
const WINDOW = 6;

const CLAUSE_MARKS = [";", "—", " – "];
const CLAUSE_STOP = /[;—]| – /;

const contentWords = (s: string) => (s.toLowerCase().replace(/[’']s\b/g, "").match(/[a-z][a-z-]+/g) ?? ([] as string[])).filter((w) => w.length > 2 && !STOP.has(w));

/**
 * Content words of the clause around a mention (the mention itself and numbers left out): the WINDOW
 * nearest the date on each side, a long sentence holds several events. Read from a stretch around the
 * date that grows until it holds them or the clause's end (cut at white space, so no word is split):
 * reading the whole clause cost each mention of a schedule the length of its sentence.
 */
export function clauseWords(m: Mention): string[] {
  const rel = m.start - m.sentenceStart;
  return [...new Set([...wordsBefore(m.sentence, rel), ...wordsAfter(m.sentence, rel + (m.end - m.start))])];
}

const isSpace = (s: string, i: number) => /\s/.test(s[i]);

/** The last WINDOW content words of sentence[0, end) after its last clause mark. */
function wordsBefore(sentence: string, end: number): string[] {
  for (let size = 120; ; size *= 2) {
    let from = end - size;
    while (from > 0 && !isSpace(sentence, from)) from--;
    const part = sentence.slice(Math.max(0, from), end);
    const cut = Math.max(...CLAUSE_MARKS.map((mark) => part.lastIndexOf(mark)));
    if (cut >= 0 || from <= 0) return contentWords(part.slice(cut + 1)).slice(-WINDOW);
    const words = contentWords(part);
    if (words.length >= WINDOW) return words.slice(-WINDOW);
  }
}

/** The first WINDOW content words of sentence[start, …) before its first clause stop. */
function wordsAfter(sentence: string, start: number): string[] {
  for (let size = 120; ; size *= 2) {
    let to = start + size;
    while (to < sentence.length && !isSpace(sentence, to)) to++;
    const part = sentence.slice(start, to);
    const stop = part.search(CLAUSE_STOP);
    if (stop >= 0 || to >= sentence.length) return contentWords(stop >= 0 ? part.slice(0, stop) : part).slice(0, WINDOW);
    const words = contentWords(part);
    if (words.length >= WINDOW) return words.slice(0, WINDOW);
  }
}

/**
 * The text of a mention's sentence before and after it, within its clause: from just after the last
 * of `marks` before the mention, up to the first `stop` after it.
 */
function clauseSides(m: Mention, marks: string[], stop: RegExp): [string, string] {
  const rel = m.start - m.sentenceStart;
  const before = m.sentence.slice(0, rel);
  const after = m.sentence.slice(rel + (m.end - m.start));
  const cut = Math.max(...marks.map((mark) => before.lastIndexOf(mark)));
  const end = after.search(stop);
  return [before.slice(cut + 1), end >= 0 ? after.slice(0, end) : after];
}

/**
 * The words around a mention within its clause (cut at ; — – :), grown a word at a time on each side
 * while under `max` characters: "Trump said at the White House on Thursday that…", a readable label.
 */
export function clauseAround(m: Mention, max = 60): string {
  const [before, after] = clauseSides(m, [";", "—", " – ", ": "], /[;—:]| – /);
  const left = before.trim().split(/\s+/).filter(Boolean);
  const right = after.trim().split(/\s+/).filter(Boolean);
  const text = (l: number, r: number) => [...left.slice(left.length - l), m.text, ...right.slice(0, r)].join(" ");
  let l = 0;
  let r = 0;
  for (;;) {
    const growRight = r < right.length && text(l, r + 1).length <= max;
    if (growRight) r++;
    const growLeft = l < left.length && text(l + 1, r).length <= max;
    if (growLeft) l++;
    if (!growRight && !growLeft) break;
  }
  // punctuation split off as its own "word" goes back onto the word before it
  const words = text(l, r).replace(/\s+([,.;:!?”’)\]])/g, "$1").replace(/[,.;:]+$/, "").trim();
  return `${l < left.length ? "…" : ""}${words}${r < right.length ? "…" : ""}`;
}

/** Whether two mentions can name the same time: their day ranges overlap (2018 and July 2018 do). */
export function compatible(a: Mention, b: Mention): boolean {
  if (!a.resolvedStart || !b.resolvedStart || !a.resolvedEnd || !b.resolvedEnd) return a.value === b.value;
  return a.resolvedStart <= b.resolvedEnd && b.resolvedStart <= a.resolvedEnd;
}

/**
 * A clause word found near dates in more articles than this (and in more than COMMON_SHARE of the
 * articles) names the collection's subject, not an event: in a thousand political articles
 * "trump" or an embedded tweet's "realdonaldtrump" sits beside hundreds of unrelated dates, and
 * grouping by it chained them into one "event" of a hundred articles. A handful of articles on one
 * story never reaches the count, so its events are grouped as before.
 */
export const COMMON_MIN_ARTICLES = 20;
export const COMMON_SHARE = 0.05;

/** Clause words of each mention, without the words too common in the collection to tell events apart. */
function eventWords(dated: Mention[]): Array<Set<string>> {
  const words = dated.map((m) => new Set(clauseWords(m)));
  const articlesWith = new Map<string, Set<string>>();
  dated.forEach((m, i) => {
    for (const w of words[i]) {
      let set = articlesWith.get(w);
      if (!set) articlesWith.set(w, (set = new Set()));
      set.add(m.article);
    }
  });
  const articles = new Set(dated.map((m) => m.article)).size;
  const limit = Math.max(COMMON_MIN_ARTICLES, COMMON_SHARE * articles);
  const common = new Set([...articlesWith].filter(([, set]) => set.size > limit).map(([w]) => w));
  if (common.size === 0) return words;
  return words.map((set) => new Set([...set].filter((w) => !common.has(w))));
}

export interface GroupOptions {
  /** share of the smaller clause's content words that must be shared; default 0.5 (above 0.15: two
   *  mentions sharing fewer than two words never group) */
  threshold?: number;
}

/** The date a mention gives its event: its value, or for "a day after X" (a placed duration) the day of X. */
const when = (m: Mention) => (m.type === "DURATION" && m.anchor && m.resolvedStart ? m.resolvedStart : m.value);

/** Who reports an event for counting outlets: the article's outlet, or the article itself when its outlet is not known. */
export function reportingOutlet(article: string, outlet: string): string {
  return outlet === "unknown" ? article : outlet;
}

/**
 * Greedy single-link grouping of calendar mentions (DATE/TIME with resolved days) by clause overlap.
 * Durations (except "a day after X", placed by resolve.ts), sets and *_REF values are left out.
 */
export function groupEvents(mentions: Mention[], docs: Array<Document | { article: { id: string; outlet: string } }>, options: GroupOptions = {}): TimelineEvent[] {
  const threshold = options.threshold ?? 0.5;
  const outletOf = new Map(docs.map((d) => [d.article.id, reportingOutlet(d.article.id, d.article.outlet)]));
  const dated = mentions.filter((m) => m.resolvedStart && (m.type === "DATE" || m.type === "TIME" || (m.type === "DURATION" && m.anchor)));
  interface Group { index: number; members: Mention[]; articles: Set<string>; keywords: Map<string, number> }
  interface Member { group: Group; mention: Mention; size: number }
  const groups: Group[] = [];
  // Two mentions are alike by the share of the smaller clause's words they have in common, counted
  // only from two shared words on. Word pair → the members holding both words: only members found
  // through the mention's pairs can reach the threshold; and
  // a member sharing k words turns up under k(k-1)/2 of the mention's pairs, which gives k without
  // comparing the word sets. Scoring every member of every group made large corpora quadratic
  // (1,089 articles took minutes).
  // members by pair and then by article: a mention never joins a member of its own article, and
  // skipping them one by one was quadratic in an article that repeats one phrase (a schedule)
  const membersWith = new Map<string, Map<string, Member[]>>();
  const wordsOf = eventWords(dated);
  for (const [k, m] of dated.entries()) {
    const words = wordsOf[k];
    if (words.size < 2) continue;
    const sorted = [...words].sort();
    const pairs: string[] = [];
    for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) pairs.push(`${sorted[i]} ${sorted[j]}`);
    const hits = new Map<Member, number>();
    for (const p of pairs) {
      const byArticle = membersWith.get(p);
      if (!byArticle) continue;
      for (const [article, list] of byArticle) {
        if (article === m.article) continue;
        for (const x of list) hits.set(x, (hits.get(x) ?? 0) + 1);
      }
    }
    // the group of the best-scoring member; on a tie the later group, as a scan in group order keeping
    // the last score >= the best would
    let best: Group | null = null;
    let bestScore = threshold;
    for (const [x, n] of hits) {
      if (x.group.articles.has(m.article)) continue; // one mention per article per event
      const shared = Math.round((1 + Math.sqrt(1 + 8 * n)) / 2);
      // agreeing dates make a match likelier; a conflict must be earned by the words alone
      const s = shared / Math.min(words.size, x.size) + (compatible(m, x.mention) ? 0.15 : -0.15);
      if (s > bestScore || (s === bestScore && (best === null || x.group.index > best.index))) {
        best = x.group;
        bestScore = s;
      }
    }
    const group: Group = best ?? { index: groups.length, members: [], articles: new Set(), keywords: new Map() };
    if (!best) groups.push(group);
    group.members.push(m);
    group.articles.add(m.article);
    for (const w of words) group.keywords.set(w, (group.keywords.get(w) ?? 0) + 1);
    const member: Member = { group, mention: m, size: words.size };
    for (const p of pairs) {
      let byArticle = membersWith.get(p);
      if (!byArticle) membersWith.set(p, (byArticle = new Map()));
      const list = byArticle.get(m.article);
      if (list) list.push(member);
      else byArticle.set(m.article, [member]);
    }
  }
  return groups
    .map((g, i): TimelineEvent => {
      const counts = new Map<string, number>();
      for (const m of g.members) counts.set(when(m), (counts.get(when(m)) ?? 0) + 1);
      const value = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
      const first = g.members[0];
      const keywords = [...g.keywords].filter(([, n]) => n === Math.max(...g.keywords.values()) || n > 1).map(([w]) => w).slice(0, 8);
      const event: TimelineEvent = {
        id: `e${i + 1}`,
        value,
        label: first.sentence.length > 140 ? first.sentence.slice(0, 137) + "…" : first.sentence,
        clause: clauseAround(first),
        keywords,
        mentions: g.members.map((m) => ({ article: m.article, outlet: outletOf.get(m.article) ?? m.article, start: m.start, end: m.end, text: m.text, value: when(m), sentence: m.sentence })),
        outlets: [...new Set(g.members.map((m) => outletOf.get(m.article) ?? m.article))].sort(),
        articles: [...new Set(g.members.map((m) => m.article))].sort(),
      };
      if (g.members.some((a) => g.members.some((b) => !compatible(a, b)))) {
        const values: Record<string, string[]> = {};
        for (const m of g.members) (values[when(m)] ??= []).push(m.article);
        event.conflict = { values };
      }
      return event;
    })
    .sort((a, b) => (a.mentions[0].value < b.mentions[0].value ? -1 : 1));
}
