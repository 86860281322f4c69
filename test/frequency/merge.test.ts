import { strict as assert } from "node:assert";
import { countTerms, termRows } from "../../src/frequency/counts";
import { resolveCountOptions } from "../../src/frequency/analyse";
import { mergeGroups, tableForGrouping } from "../../src/frequency/merge";
import { distinctive } from "../../src/frequency/keyness";
import { defaultPair, PAIR_POOL } from "../../src/frequency/highlights";
import { chooseUnit, type Unit } from "../../src/grouping/unit";
import { groupArticles } from "../../src/grouping/groups";
import { doc } from "./helpers";

const DOCS = [
  doc("a1", "The bridge closed. Traffic stopped on the bridge.", { outlet: "Post", topic: "bridge", published: "2025-02-10" }),
  doc("a2", "Storm warning issued. The storm reached the coast.", { outlet: "Times", topic: "storm", published: "2025-02-11" }),
  doc("a3", "Bridge repairs begin after the closure of the bridge.", { outlet: "Post", topic: "bridge", published: "2025-02-11" }),
  doc("a4", "Coast guard rescues sailors in the storm.", { outlet: "unknown", topic: "storm", published: null }),
  doc("a5", "Bridge reopens; traffic returns to the bridge.", { outlet: "Times", published: "2025-02-12" }),
];

describe("frequency/merge", () => {
  const options = resolveCountOptions(DOCS, { phrases: false });
  const perArticle = countTerms(DOCS, { ...options, by: "article" });

  for (const unit of ["outlet", "date", "topic"] as Unit[]) {
    it(`merging the per-article counts by ${unit} gives the counts, rates and keyness of counting by ${unit}`, () => {
      const articles = DOCS.map((d) => d.article);
      const grouping = groupArticles(articles, chooseUnit(articles, unit));
      const merged = tableForGrouping(perArticle, grouping);
      const direct = countTerms(DOCS, { ...options, by: unit });
      // the grouping's order (largest first, days in order); the same groups
      assert.deepEqual(merged.groups.map((g) => g.key), grouping.groups.map((g) => g.key));
      const byKey = (t: typeof merged) => Object.fromEntries(t.groups.map((g, i) => [g.key, { ...g, counts: termRows(t, Infinity).filter((r) => r.article === g.key), df: undefined, i: undefined }]));
      assert.deepEqual(byKey(merged), byKey(direct));
      const keyed = (rows: ReturnType<typeof distinctive>) => rows.slice().sort((x, y) => (x.article + x.key < y.article + y.key ? -1 : 1));
      assert.deepEqual(keyed(distinctive(merged, { method: "tfidf", minCount: 1 })), keyed(distinctive(direct, { method: "tfidf", minCount: 1 })));
      assert.deepEqual(keyed(distinctive(merged, { minCount: 1, direction: "both" })), keyed(distinctive(direct, { minCount: 1, direction: "both" })));
      assert.equal(merged.by, unit);
    });
  }

  it("merges groups under new keys in a given order, words and earliest date summed up", () => {
    const byMonth = mergeGroups(perArticle, (g) => g.published?.slice(0, 7) ?? "none", (x, y) => (x.key < y.key ? 1 : -1));
    assert.deepEqual(byMonth.groups.map((g) => [g.key, g.articles, g.published, g.outlet]), [["none", ["a4"], null, "unknown"], ["2025-02", ["a1", "a2", "a3", "a5"], "2025-02-10", "unknown"]]);
    assert.equal(byMonth.groups[1].words, perArticle.groups.filter((g) => g.key !== "a4").reduce((n, g) => n + g.words, 0));
    const bridge = byMonth.terms.findIndex((t) => t.key === "bridge");
    assert.equal(byMonth.df[bridge], 1);
    assert.equal(perArticle.df[bridge], 3);
  });

  it("keyness can score only the groups a chart draws", () => {
    const rows = distinctive(perArticle, { minCount: 1, direction: "both", groups: new Set(["a2"]) });
    assert.deepEqual([...new Set(rows.map((r) => r.article))], ["a2"]);
    assert.deepEqual(rows, distinctive(perArticle, { minCount: 1, direction: "both" }).filter((r) => r.article === "a2"));
  });

  it("the default pair looks among the PAIR_POOL largest groups only", () => {
    const many = Array.from({ length: PAIR_POOL + 5 }, (_, i) => doc(`d${i}`, i >= PAIR_POOL ? "Tiny twin text." : `Article ${i} about topic${i} with words${i} and more${i} words.`));
    const table = countTerms(many, { ...resolveCountOptions(many, { phrases: false }), by: "article" });
    // the five tiny twins are the most alike, but the smallest: not compared
    const pair = defaultPair(table)!;
    assert.ok(!pair.some((k) => Number(k.slice(1)) >= PAIR_POOL), pair.join(" "));
  });
});
