import { strict as assert } from "node:assert";
import { removedBoilerplateChart } from "../../src/charts/removed-boilerplate";
import { SUMMARIES } from "./fixtures";
import { matchSnapshot } from "./snapshot";

describe("removedBoilerplateChart", () => {
  const fig = removedBoilerplateChart(SUMMARIES);

  it("matches its snapshot", () => matchSnapshot("removed-boilerplate", fig));

  it("stacks one trace per cleaning reason, front matter left out", () => {
    assert.equal(fig.layout.barmode, "stack");
    assert.deepEqual(fig.data.map((t) => t.name), ["byline", "reader comment", "share prompt"]);
    assert.deepEqual(fig.data[2].y, [35, 22, 0, 0]);
    assert.deepEqual(fig.data[1].x, ["abc-1", "wp-1", "wp-2", "blog-7"]);
  });

  it("names the article, the reason and the exact count on hover", () => {
    assert.equal((fig.data[1].hovertext as string[])[1], "Call lasts 90 minutes (wp-1)<br>reader comment: 410 characters removed");
  });

  it("says so when nothing was removed", () => {
    const none = removedBoilerplateChart([SUMMARIES[2]]);
    assert.deepEqual(none.data, []);
    assert.equal((none.layout.annotations as Array<{ text: string }>)[0].text, "Cleaning removed nothing from these articles.");
  });
});
