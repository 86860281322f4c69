import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { loadCorpus } from "../../src/corpus/load";
import { analyseTimeline } from "../../src/timeline/analyse";
import { clauseWords, compatible, groupEvents } from "../../src/timeline/events";
import type { Mention } from "../../src/timeline/types";

/**
 * The grouping rule written plainly: each mention, in order, joins the group holding the member it
 * scores best with (share of the smaller clause's words, from two shared words on, ±0.15 for agreeing
 * or clashing dates), ties to the later group, never twice the same article. groupEvents must give
 * the same groups with its pair index.
 */
function plainGroups(mentions: Mention[], threshold = 0.5): string[][] {
  const groups: Array<{ members: Mention[] }> = [];
  const sim = (a: Set<string>, b: Set<string>) => {
    const shared = [...a].filter((w) => b.has(w)).length;
    return shared < 2 ? 0 : shared / Math.min(a.size, b.size);
  };
  for (const m of mentions.filter((x) => x.resolvedStart && (x.type === "DATE" || x.type === "TIME" || (x.type === "DURATION" && x.anchor)))) {
    const words = new Set(clauseWords(m));
    if (words.size < 2) continue;
    let best: (typeof groups)[number] | null = null;
    let bestScore = threshold;
    for (const g of groups) {
      if (g.members.some((x) => x.article === m.article)) continue;
      const s = Math.max(...g.members.map((x) => sim(words, new Set(clauseWords(x))) + (compatible(m, x) ? 0.15 : -0.15)));
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
});
