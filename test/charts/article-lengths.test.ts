import { strict as assert } from "node:assert";
import { articleLengthsChart } from "../../src/charts/article-lengths";
import { colorScale } from "../../src/charts/theme";
import { SUMMARIES } from "./fixtures";
import { matchSnapshot } from "./snapshot";

describe("articleLengthsChart", () => {
  const fig = articleLengthsChart(SUMMARIES);

  it("matches its snapshot", () => matchSnapshot("article-lengths", fig));

  it("draws one trace per outlet, the unknown outlet keyed by article id", () => {
    assert.deepEqual(fig.data.map((t) => t.name), ["ABC News", "Washington Post", "blog-7"]);
    assert.deepEqual(fig.data[1].x, ["wp-1", "wp-2"]);
    assert.deepEqual(fig.data[1].y, [1204, 530]);
  });

  it("colours an outlet the way every chart of the corpus does", () => {
    const color = colorScale(["ABC News", "Washington Post", "Washington Post", "blog-7"]);
    assert.equal((fig.data[1].marker as { color: string }).color, color("Washington Post"));
    assert.equal((fig.data[0].marker as { color: string }).color, "#0072B2");
  });

  it("names the article and the exact value on hover, escaping markup in titles", () => {
    assert.equal((fig.data[0].hovertext as string[])[0], "Trump &amp; Putin talk &lt;again&gt; (abc-1)<br>outlet: ABC News<br>812 words, 40 sentences");
    assert.equal((fig.data[1].hovertext as string[])[0], "Call lasts 90 minutes (wp-1)<br>outlet: Washington Post<br>1,204 words, 61 sentences");
  });

  it("keeps the corpus order on the axis", () => {
    assert.deepEqual((fig.layout.xaxis as { categoryarray: string[] }).categoryarray, ["abc-1", "wp-1", "wp-2", "blog-7"]);
  });
});
