import { strict as assert } from "node:assert";
import { chooseUnit } from "../../src/grouping/unit";
import { groupArticles, topRows } from "../../src/grouping/groups";

const make = (n: number, f: (i: number) => { outlet?: string; topic?: string; published?: string | null }) =>
  Array.from({ length: n }, (_, i) => ({ id: `a${i}`, title: `Title ${i}`, outlet: f(i).outlet ?? "unknown", topic: f(i).topic, published: f(i).published ?? null }));

describe("the unit of comparison", () => {
  it("is the article up to twelve articles, the outlet beyond, the story where no outlet is named", () => {
    assert.equal(chooseUnit(make(5, () => ({ outlet: "X" }))).unit, "article");
    assert.equal(chooseUnit(make(12, (i) => ({ outlet: `O${i % 3}` }))).unit, "article");
    const outlets = chooseUnit(make(90, (i) => ({ outlet: `O${i % 3}` })));
    assert.equal(outlets.unit, "outlet");
    assert.match(outlets.reason, /90 articles from 3 outlets/);
    const topics = chooseUnit(make(220, (i) => ({ topic: `T${i % 16}` })));
    assert.equal(topics.unit, "topic");
    assert.match(topics.reason, /220 articles on 16 stories, no outlet named/);
    assert.equal(chooseUnit(make(50, () => ({}))).unit, "article");
  });

  it("is what was asked for, and says so", () => {
    const c = chooseUnit(make(5, (i) => ({ outlet: `O${i % 2}` })), "outlet");
    assert.deepEqual(c, { unit: "outlet", reason: "Compared per outlet, as asked: 5 articles, 2 outlets." });
  });

  it("groups articles, largest group first, with a key and a label each", () => {
    const articles = make(6, (i) => ({ outlet: i < 4 ? "Big" : i < 5 ? "unknown" : "Small", published: `2020-01-0${1 + (i % 2)}` }));
    const g = groupArticles(articles, { unit: "outlet", reason: "" });
    assert.deepEqual(g.groups.map((x) => [x.key, x.articles.length]), [["Big", 4], ["outlet not known", 1], ["Small", 1]]);
    assert.equal(g.groupOf.get("a4"), "outlet not known");
    const byDay = groupArticles(articles, { unit: "date", reason: "" });
    assert.deepEqual(byDay.groups.map((x) => x.key), ["2020-01-01", "2020-01-02"]);
    const byArticle = groupArticles(articles, { unit: "article", reason: "" });
    assert.equal(byArticle.groups[0].label, "Big · 2020-01-01 · Title 0");
  });

  it("cuts a list to its top rows and counts the rest", () => {
    assert.deepEqual(topRows([1, 2, 3, 4], 3), { shown: [1, 2, 3], rest: 1 });
    assert.deepEqual(topRows([1, 2], 3), { shown: [1, 2], rest: 0 });
  });
});
