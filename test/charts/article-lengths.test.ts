import { strict as assert } from "node:assert";
import { articleLengthsChart, MAX_LENGTH_POINTS } from "../../src/charts/article-lengths";
import { MAX_ROWS } from "../../src/charts/layout";
import { rankedColors } from "../../src/charts/theme";
import { SUMMARIES } from "./fixtures";
import { figureShape, syntheticSummaries } from "./synthetic";
import { matchSnapshot } from "./snapshot";

describe("articleLengthsChart", () => {
  const fig = articleLengthsChart(SUMMARIES);
  type Axis = { categoryarray: string[]; ticktext: string[] };

  it("matches its snapshot at 5, 90 and 1,000 articles", () => {
    matchSnapshot("article-lengths", fig);
    for (const n of [5, 90, 1000]) matchSnapshot(`article-lengths-${n}`, figureShape(articleLengthsChart(syntheticSummaries(n))));
  });

  it("a handful of articles: one bar each, labelled by outlet · day · title, one trace per outlet", () => {
    assert.deepEqual(fig.data.map((t) => t.name), ["ABC News", "Washington Post", "outlet not known"]);
    assert.deepEqual([fig.data[1].y, fig.data[1].x], [["wp-1", "wp-2"], [1204, 530]]);
    const y = fig.layout.yaxis as Axis;
    assert.deepEqual(y.categoryarray, ["abc-1", "wp-1", "wp-2", "blog-7"]);
    assert.deepEqual(y.ticktext, ["ABC News · 2025-02-12 · Trump &amp; Putin talk &lt;again&gt;", "Washington Post · 2025-02-12 · Call lasts 90 minutes", "Washington Post · 2025-02-13 · wp-2", "A blog post"]);
  });

  it("colours an outlet as every chart of the corpus does (ranked by articles)", () => {
    const colors = rankedColors(["Washington Post", "ABC News", "outlet not known"]);
    assert.equal((fig.data[1].marker as { color: string }).color, colors.color("Washington Post"));
    assert.equal((fig.data[0].marker as { color: string }).color, colors.color("ABC News"));
  });

  it("names the article, its id and the exact value on hover, escaping markup in titles", () => {
    assert.equal((fig.data[0].hovertext as string[])[0], "ABC News · 2025-02-12 · Trump &amp; Putin talk &lt;again&gt;<br>id: abc-1<br>812 words, 40 sentences");
  });

  it("ninety articles of three outlets: one box per outlet with every article a point", () => {
    const big = articleLengthsChart(syntheticSummaries(90));
    assert.deepEqual(big.data.map((t) => [t.type, t.name]), [["box", "Outlet 1"], ["box", "Outlet 2"], ["box", "Outlet 3"], ["box", "outlet not known"]]);
    assert.equal(big.data.reduce((n, t) => n + (t.x as number[]).length, 0), 90);
    assert.match((big.data[0].hovertext as string[])[0], /^Outlet 1 · \d{4}-\d\d-\d\d · Synthetic headline number \d+ about…<br>[\d,]+ words · id [0-9a-f]{8}-/);
  });

  it("a thousand articles: the largest outlets a row each, the rest pooled in the last row, every article still drawn", () => {
    const big = articleLengthsChart(syntheticSummaries(1000));
    assert.equal(big.data.length, MAX_ROWS);
    assert.equal(big.data[MAX_ROWS - 1].name, "86 other outlets");
    assert.equal(big.data.reduce((n, t) => n + (t.x as number[]).length, 0), 1000);
    assert.equal(big.layout.height, 170 + MAX_ROWS * 26);
    assert.deepEqual((big.layout.yaxis as Axis).categoryarray.length, MAX_ROWS);
  });

  it("keeps the old (articles, title) call", () => {
    assert.equal((articleLengthsChart(SUMMARIES, "Lengths").layout.title as { text: string }).text, "Lengths");
  });

  it("past MAX_LENGTH_POINTS articles each row is its box alone, computed here: the figure stays small at any size", () => {
    const articles = syntheticSummaries(MAX_LENGTH_POINTS + 1000);
    const big = articleLengthsChart(articles);
    assert.ok(big.data.length > 1 && big.data.length <= MAX_ROWS);
    for (const t of big.data) {
      assert.equal(t.x, undefined);
      assert.equal((t.q1 as number[]).length, 1);
      assert.ok((t.q1 as number[])[0] <= (t.median as number[])[0] && (t.median as number[])[0] <= (t.q3 as number[])[0]);
    }
    // the first row's quartiles are its articles' own
    const first = big.data[0];
    const row = articles.filter((a) => first.hovertemplate && (first.hovertemplate as string).startsWith(a.outlet)).map((a) => a.words).sort((x, y) => x - y);
    assert.equal((first.median as number[])[0], row.length % 2 ? row[(row.length - 1) / 2] : (row[row.length / 2 - 1] + row[row.length / 2]) / 2);
    assert.ok(JSON.stringify(big).length < 50_000, `${JSON.stringify(big).length} bytes`);
  });
});
