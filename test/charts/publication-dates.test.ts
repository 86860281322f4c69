import { strict as assert } from "node:assert";
import { publicationDatesChart } from "../../src/charts/publication-dates";
import { MAX_LEGEND } from "../../src/charts/layout";
import { SUMMARIES } from "./fixtures";
import { figureShape, syntheticSummaries } from "./synthetic";
import { matchSnapshot } from "./snapshot";

describe("publicationDatesChart", () => {
  const fig = publicationDatesChart(SUMMARIES);

  it("matches its snapshot at 5, 90 and 1,000 articles", () => {
    matchSnapshot("publication-dates", fig);
    for (const n of [5, 90, 1000]) matchSnapshot(`publication-dates-${n}`, figureShape(publicationDatesChart(syntheticSummaries(n))));
  });

  it("a handful: one row per article, estimated dates hollow, stated dates filled", () => {
    const wp = fig.data.find((t) => t.name === "Washington Post")!;
    assert.deepEqual([wp.x, wp.y], [["2025-02-12T18:30:00Z", "2025-02-13"], ["wp-1", "wp-2"]]);
    assert.deepEqual((wp.marker as { symbol: string[] }).symbol, ["circle", "circle-open"]);
    assert.equal((wp.hovertext as string[])[1], "Washington Post · 2025-02-13 · wp-2<br>id: wp-2<br>published: 2025-02-13 (estimated)");
  });

  it("adds a legend entry for the hollow marker and names undated articles by their label", () => {
    assert.equal(fig.data[fig.data.length - 1].name, "estimated date");
    assert.equal((fig.layout.annotations as Array<{ text: string }>)[0].text, "No publication date: A blog post");
  });

  it("has no estimated-date legend entry or note when every date is stated", () => {
    const plain = publicationDatesChart(SUMMARIES.slice(0, 2));
    assert.deepEqual(plain.data.map((t) => t.name), ["ABC News", "Washington Post"]);
    assert.deepEqual(plain.layout.annotations, []);
  });

  it("many articles: articles per month stacked by outlet, the legend at most MAX_LEGEND entries, undated counted", () => {
    const big = publicationDatesChart(syntheticSummaries(1000));
    assert.equal(big.data.length, MAX_LEGEND);
    assert.equal(big.data[MAX_LEGEND - 1].name, "other");
    assert.equal((big.layout.title as { text: string }).text, "Publication dates: articles per month");
    assert.equal(big.data[0].xperiod, "M1");
    assert.equal(big.data.reduce((n, t) => n + (t.y as number[]).reduce((s, y) => s + y, 0), 0), 900);
    assert.equal((big.layout.annotations as Array<{ text: string }>)[0].text, "100 articles without a publication date, not drawn");
  });

  it("says so when no article has a date", () => {
    const none = publicationDatesChart(syntheticSummaries(90).map((a) => ({ ...a, published: null })));
    assert.equal((none.layout.annotations as Array<{ text: string }>)[0].text, "No article carries a publication date.");
  });
});
