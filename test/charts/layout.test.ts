import { strict as assert } from "node:assert";
import { categoryAxis, heightForRows, moreNote, panelGrid, MIN_PANEL_PX } from "../../src/charts/layout";
import { rankedColors, OTHER_COLOR } from "../../src/charts/theme";

describe("the chart layout rule", () => {
  it("lays out any number of panels in pixels: none overlaps, none is under the minimum", () => {
    for (const n of [1, 5, 12, 30, 90]) {
      const grid = panelGrid(n, { cols: 3, panelPx: 200 });
      const boxes = Array.from({ length: n }, (_, i) => grid.domain(i));
      for (const [i, b] of boxes.entries()) {
        const px = (b.y[1] - b.y[0]) * (grid.height - grid.marginTop - grid.marginBottom);
        assert.ok(Math.abs(px - 200) < 1, `panel ${i} of ${n}: ${px} px`);
        for (const c of boxes.slice(i + 1)) {
          const apart = b.x[1] <= c.x[0] || c.x[1] <= b.x[0] || b.y[1] <= c.y[0] || c.y[1] <= b.y[0];
          assert.ok(apart, `panels overlap at n=${n}`);
        }
      }
    }
    assert.equal(panelGrid(4, { panelPx: 5 }).height, 2 * MIN_PANEL_PX + 64 + 90 + 60);
  });

  it("grows the height with rows and lists every category tick", () => {
    assert.equal(heightForRows(3), 320);
    assert.equal(heightForRows(40), 170 + 40 * 20);
    const ax = categoryAxis(["a", "b"], ["A", "B"]);
    assert.deepEqual([ax.tickmode, ax.tickvals, ax.ticktext], ["array", ["a", "b"], ["A", "B"]]);
  });

  it("says how many rows the CSV holds beyond the chart", () => {
    assert.equal(moreNote(0, "articles"), null);
    assert.equal((moreNote(1210, "articles", "articles") as { text: string }).text, "1,210 more articles in the CSV (tables/articles.csv)");
  });

  it("gives the largest groups a colour each and the rest one grey 'other'", () => {
    const ranked = Array.from({ length: 14 }, (_, i) => `outlet ${String(i).padStart(2, "0")}`);
    const c = rankedColors(ranked);
    assert.equal(c.named.size, 9);
    assert.equal(new Set(ranked.slice(0, 9).map(c.color)).size, 9);
    assert.equal(c.color("outlet 12"), OTHER_COLOR);
    assert.equal(c.legendName("outlet 12"), "other");
    assert.equal(c.legendName("outlet 03"), "outlet 03");
  });
});
