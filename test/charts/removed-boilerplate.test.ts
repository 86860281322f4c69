import { strict as assert } from "node:assert";
import { removedBoilerplateChart } from "../../src/charts/removed-boilerplate";
import { MAX_LEGEND, MAX_ROWS } from "../../src/charts/layout";
import { SUMMARIES } from "./fixtures";
import { figureShape, syntheticSummaries } from "./synthetic";
import { matchSnapshot } from "./snapshot";

describe("removedBoilerplateChart", () => {
  const fig = removedBoilerplateChart(SUMMARIES);

  it("matches its snapshot at 5, 90 and 1,000 articles", () => {
    matchSnapshot("removed-boilerplate", fig);
    for (const n of [5, 90, 1000]) matchSnapshot(`removed-boilerplate-${n}`, figureShape(removedBoilerplateChart(syntheticSummaries(n))));
  });

  it("a handful: one row per article, one stacked trace per cleaning reason, front matter left out", () => {
    assert.equal(fig.layout.barmode, "stack");
    assert.deepEqual(fig.data.map((t) => t.name), ["byline", "reader comment", "share prompt"]);
    assert.deepEqual(fig.data[2].x, [35, 22, 0, 0]);
    assert.deepEqual(fig.data[1].y, ["abc-1", "wp-1", "wp-2", "blog-7"]);
  });

  it("names the article, the reason and the exact count on hover", () => {
    assert.equal((fig.data[1].hovertext as string[])[1], "Washington Post · 2025-02-12 · Call lasts 90 minutes<br>id: wp-1<br>reader comment: 410 characters removed");
  });

  it("many articles: one row per outlet (the rest pooled), reasons past nine as one 'other'", () => {
    const articles = syntheticSummaries(1000);
    const big = removedBoilerplateChart(articles);
    assert.equal(big.data.length, MAX_LEGEND);
    assert.equal(big.data[MAX_LEGEND - 1].name, "other");
    assert.equal((big.data[0].y as string[]).length, MAX_ROWS);
    // every character removed is drawn somewhere
    const drawn = big.data.reduce((n, t) => n + (t.x as number[]).reduce((s, x) => s + x, 0), 0);
    assert.equal(drawn, articles.reduce((n, a) => n + a.removed.reduce((s, r) => s + r.characters, 0), 0));
  });

  it("says so when nothing was removed", () => {
    const none = removedBoilerplateChart([SUMMARIES[2]]);
    assert.deepEqual(none.data, []);
    assert.equal((none.layout.annotations as Array<{ text: string }>)[0].text, "Cleaning removed nothing from these articles.");
  });
});
