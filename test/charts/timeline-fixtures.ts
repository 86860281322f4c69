import type { TimelineResult } from "../../src/timeline/analyse";
import type { TimelineEvent } from "../../src/timeline/types";
import type { QuoteResult, Quote, Speaker } from "../../src/quotes/types";
import { groupArticles, type Grouping } from "../../src/grouping/groups";
import { chooseUnit } from "../../src/grouping/unit";

/**
 * Made-up timeline and quote results at any size, for the layout tests: `rows` rows of the chart.
 * Up to 12 rows: one article per row (per article); beyond: two articles per outlet, `rows` outlets
 * (per outlet). Every article is published on 2025-01-25 and mentions a day in January 2025 and the
 * year 2024; the first also mentions 1987, far outside the story. No corpus text.
 */
export interface Synthetic {
  articles: Array<{ id: string; title: string | null; outlet: string; published: string | null }>;
  grouping: Grouping;
}

export function syntheticArticles(rows: number): Synthetic {
  const perArticle = rows <= 12;
  const n = perArticle ? rows : rows * 2;
  const pad = (i: number) => String(i).padStart(4, "0");
  const articles = Array.from({ length: n }, (_, i) => ({
    id: `art-${pad(i)}`,
    title: `Made-up headline number ${i} about the council vote`,
    outlet: perArticle ? `Outlet ${pad(i)}` : `Outlet ${pad(Math.floor(i / 2))}`,
    published: "2025-01-25",
  }));
  return { articles, grouping: groupArticles(articles, chooseUnit(articles)) };
}

type M = TimelineResult["mentions"][number];

function mention(article: string, outlet: string, text: string, value: string, start: string, end: string, at: number): M {
  const sentence = `The council met on ${text} to vote on the new bridge, officials said in a long statement that went on and on about the budget, the river, the traffic and the weather in the town.`;
  return {
    article, file: `${article}.txt`, outlet, start: at, end: at + text.length, text, type: "DATE", value, sentence,
    sentenceStart: at - 19, sentenceEnd: at - 19 + sentence.length, resolvedStart: start, resolvedEnd: end,
  };
}

/** The timeline of syntheticArticles(rows); events: each pair of neighbouring articles reports one, the first pair copies. */
export function syntheticTimeline(rows: number): Synthetic & { result: TimelineResult } {
  const s = syntheticArticles(rows);
  const mentions: M[] = [];
  s.articles.forEach((a, i) => {
    const day = `2025-01-${String(10 + (i % 10)).padStart(2, "0")}`;
    mentions.push(mention(a.id, a.outlet, `January ${10 + (i % 10)}`, day, day, day, 100));
    mentions.push(mention(a.id, a.outlet, "2024", "2024", "2024-01-01", "2024-12-31", 300));
    if (i === 0) mentions.push(mention(a.id, a.outlet, "1987", "1987", "1987-01-01", "1987-12-31", 500));
  });
  const events: TimelineEvent[] = [];
  for (let i = 0; i + 1 < s.articles.length; i += 2) {
    const [a, b] = [s.articles[i], s.articles[i + 1]];
    const ms = mentions.filter((m) => (m.article === a.id || m.article === b.id) && m.type === "DATE" && m.value.startsWith("2025"));
    const conflict = ms[0].value !== ms[1].value;
    events.push({
      id: `e${events.length + 1}`, value: ms[0].value, label: ms[0].sentence.slice(0, 137) + "…", clause: "…council met on January 10 to vote on the new bridge…",
      keywords: ["council", "bridge"],
      mentions: ms.map((m) => ({ article: m.article, outlet: m.outlet, start: m.start, end: m.end, text: m.text, value: m.value, sentence: m.sentence })),
      outlets: [...new Set([a.outlet, b.outlet])].sort(), articles: [a.id, b.id],
      ...(conflict ? { conflict: { values: { [ms[0].value]: [a.id], [ms[1].value]: [b.id] } } } : {}),
      // the first pair copies one another: one source
      sources: i === 0 ? 1 : 2,
    });
  }
  const result: TimelineResult = {
    articles: s.articles.map((a) => ({ article: a.id, file: `${a.id}.txt`, outlet: a.outlet, published: a.published, estimated: false, mentions: mentions.filter((m) => m.article === a.id).length, earliest: null })),
    mentions,
    events,
  };
  return { ...s, result };
}

/** Quotes of syntheticArticles(rows): 20 speakers, each article quoting three of them, every fifth quote without a speaker. */
export function syntheticQuotes(rows: number): Synthetic & { result: QuoteResult } {
  const s = syntheticArticles(rows);
  const names = Array.from({ length: 20 }, (_, i) => `Speaker ${String.fromCharCode(65 + i)}`);
  const quotes: Quote[] = [];
  s.articles.forEach((a, i) => {
    for (let k = 0; k < 5; k++) {
      const speaker = k === 4 ? null : names[(i + k) % 20];
      quotes.push({
        article: a.id, start: 10 * k, end: 10 * k + 8, text: "made up words", markStart: 10 * k - 1, markEnd: 10 * k + 9, parts: [{ start: 10 * k, end: 10 * k + 8 }],
        closed: true, kind: "speech", speaker, speakerText: speaker, speakerStart: null, speakerEnd: null, role: null, cue: "said", cueStart: null, cueEnd: null,
        attribution: speaker ? "cue" : null, paragraph: k, words: 3 + k,
      });
    }
  });
  const speakers: Speaker[] = names.map((name) => {
    const qs = quotes.filter((q) => q.speaker === name);
    return { id: name.toLowerCase().replace(" ", "-"), name, roles: [], aliases: [], articles: [...new Set(qs.map((q) => q.article))], quotes: qs.length, words: qs.reduce((n, q) => n + q.words, 0) };
  }).sort((x, y) => y.words - x.words || x.name.localeCompare(y.name));
  return { ...s, result: { quotes, speakers } as QuoteResult };
}

/**
 * What a layout snapshot keeps of a figure: the layout and each trace's kind, name and length, with
 * its first point — not every data value, so a 1,000-row figure stays a small file.
 */
export function figureShape(fig: { data: Array<Record<string, unknown>>; layout: Record<string, unknown> }): unknown {
  const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
  const len = (v: unknown) => (Array.isArray(v) ? v.length : undefined);
  return {
    layout: fig.layout,
    traces: fig.data.map((t) => ({
      type: t.type, mode: t.mode, name: t.name, points: len(t.x) ?? len(t.y) ?? len(t.z),
      x0: first(t.x), y0: first(t.y), text0: first(Array.isArray(t.text) ? first(t.text) : t.text),
    })),
  };
}
