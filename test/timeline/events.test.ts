import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { loadCorpus } from "../../src/corpus/load";
import { analyseTimeline } from "../../src/timeline/analyse";
import { clauseWords, COMMON_MIN_ARTICLES, COMMON_SHARE, compatible, groupEvents } from "../../src/timeline/events";
import type { Mention } from "../../src/timeline/types";

/**
 * The grouping rule written plainly: each mention, in order, joins the group holding the member it
 * scores best with (share of the smaller clause's words, from two shared words on, ±0.15 for agreeing
 * or clashing dates), ties to the later group, never twice the same article. groupEvents must give
 * the same groups with its pair index. Words beside dates in more than COMMON_MIN_ARTICLES articles
 * (and COMMON_SHARE of them) are left out of every clause.
 */
function plainGroups(mentions: Mention[], threshold = 0.5): string[][] {
  const groups: Array<{ members: Mention[] }> = [];
  const dated = mentions.filter((x) => x.resolvedStart && (x.type === "DATE" || x.type === "TIME" || (x.type === "DURATION" && x.anchor)));
  const articles = new Set(dated.map((m) => m.article)).size;
  const inArticles = (w: string) => new Set(dated.filter((m) => clauseWords(m).includes(w)).map((m) => m.article)).size;
  const common = new Set([...new Set(dated.flatMap(clauseWords))].filter((w) => inArticles(w) > Math.max(COMMON_MIN_ARTICLES, COMMON_SHARE * articles)));
  const wordsOf = (m: Mention) => new Set(clauseWords(m).filter((w) => !common.has(w)));
  const sim = (a: Set<string>, b: Set<string>) => {
    const shared = [...a].filter((w) => b.has(w)).length;
    return shared < 2 ? 0 : shared / Math.min(a.size, b.size);
  };
  for (const m of dated) {
    const words = wordsOf(m);
    if (words.size < 2) continue;
    let best: (typeof groups)[number] | null = null;
    let bestScore = threshold;
    for (const g of groups) {
      if (g.members.some((x) => x.article === m.article)) continue;
      const s = Math.max(...g.members.map((x) => sim(words, wordsOf(x)) + (compatible(m, x) ? 0.15 : -0.15)));
      if (s >= bestScore) {
        best = g;
        bestScore = s;
      }
    }
    if (best) best.members.push(m);
    else groups.push({ members: [m] });
  }
  return groups.map((g) => g.members.map((x) => `${x.article}:${x.start}`)).sort();
}

const BASIL = path.resolve(__dirname, "../../..", "shared/corpora/stories/basil-dev");

describe("timeline: event grouping", () => {
  const check = (dir: string) => {
    const articles = loadCorpus([dir]).articles;
    const result = analyseTimeline(articles);
    const fast = result.events.map((e) => e.mentions.map((x) => `${x.article}:${x.start}`)).sort();
    assert.deepEqual(fast, plainGroups(result.mentions));
    return result;
  };

  it("groups the bundled story's mentions as the plain rule does", () => {
    const result = check(path.resolve(__dirname, "../../data/trump-putin-call"));
    assert.equal(result.events.filter((e) => e.articles.length > 1).length, 13);
  });

  it("groups basil-dev's mentions as the plain rule does", function () {
    if (!fs.existsSync(BASIL)) {
      console.log(`      basil-dev not found at ${BASIL}: skipped`);
      this.skip();
    }
    this.timeout(60000);
    check(BASIL);
  });

  it("does not join unrelated dates through a word the whole collection uses", () => {
    // 30 articles, each a different year beside "President Trump said"; two of them report one vote
    const mention = (article: string, year: number, clause: string): Mention => {
      const sentence = `${clause} in ${year}.`;
      const start = sentence.indexOf(String(year));
      return { article, start, end: start + 4, text: String(year), type: "DATE", value: String(year), resolvedStart: `${year}-01-01`, resolvedEnd: `${year}-12-31`, sentence, sentenceStart: 0 } as Mention;
    };
    const mentions = Array.from({ length: 30 }, (_, i) => mention(`a${i}`, 1990 + i, i < 2 ? "President Trump said the senate budget vote failed" : `President Trump said ${["tariffs", "weather", "golf", "schools", "roads"][i % 5]} mattered`));
    const events = groupEvents(mentions, mentions.map((m) => ({ article: { id: m.article, outlet: "X" } })));
    assert.deepEqual(events.filter((e) => e.articles.length > 1).map((e) => e.articles), [["a0", "a1"]]);
  });
});
