import { strict as assert } from "node:assert";
import { figure, hasPoints } from "../../src/charts/theme";

describe("charts with nothing to draw", () => {
  it("say so in words and hide the empty axes", () => {
    const fig = figure([{ type: "scatter", x: [], y: [] }], { title: { text: "Quotes" }, height: 600 }, "No quotes in these articles.");
    assert.equal((fig.layout.annotations as Array<{ text: string }>)[0].text, "No quotes in these articles.");
    assert.deepEqual(fig.layout.xaxis, { visible: false });
    assert.equal(fig.layout.height, 240);
    assert.deepEqual(fig.layout.title, { text: "Quotes" });
  });

  it("leave a chart with points alone", () => {
    const layout = { xaxis: { title: { text: "x" } } };
    assert.equal(figure([{ type: "bar", x: ["a"], y: [1] }], layout).layout, layout);
  });

  it("count table rows and heatmap cells as points", () => {
    assert.equal(hasPoints({ type: "table", cells: { values: [[], []] } }), false);
    assert.equal(hasPoints({ type: "table", cells: { values: [["a"], ["b"]] } }), true);
    assert.equal(hasPoints({ type: "heatmap", z: [[1]] }), true);
  });
});
