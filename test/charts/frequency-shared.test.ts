import { strict as assert } from "node:assert";
import { groupColorKey, panelGroups, panelLayout, panelsMoreNote, panelTitle, tickLabel } from "../../src/charts/frequency-shared";
import { MIN_PANEL_PX } from "../../src/charts/layout";
import { syntheticFrequency } from "./synthetic";

describe("charts/frequency-shared", () => {
  it("panels go to the groups with the most words, kept in the order given", () => {
    const { groups } = syntheticFrequency(20);
    const { shown, rest } = panelGroups(groups, 5);
    assert.equal(rest, 15);
    const top = groups.map((g) => g.words).sort((a, b) => b - a).slice(0, 5);
    assert.deepEqual(shown.map((g) => g.words).sort((a, b) => b - a), top);
    assert.deepEqual(shown.map((g) => groups.indexOf(g)), shown.map((g) => groups.indexOf(g)).sort((a, b) => a - b));
    assert.deepEqual(panelGroups(groups.slice(0, 3), 5), { shown: groups.slice(0, 3), rest: 0 });
  });

  it("three columns for short names, two for article labels; panels never under the minimum", () => {
    assert.equal(panelLayout(["Fox News", "CNN", "NPR", "Vox"], 200).grid.cols, 3);
    const long = panelLayout(["The Washington Post · 2025-02-12 · Trump and Putin speak"], 5);
    assert.equal(long.grid.cols, 1);
    assert.equal(panelLayout(Array(5).fill("The Washington Post · 2025-02-12 · Trump and Putin speak"), 200).grid.cols, 2);
    const d = long.grid.domain(0);
    assert.ok((d.y[1] - d.y[0]) * (long.grid.height - long.grid.marginTop - long.grid.marginBottom) >= MIN_PANEL_PX - 0.5);
  });

  it("panel titles are cut to fit, the whole on hover; tick labels too; the more-note sits under the panels", () => {
    const t = panelTitle("Fox <News> · 2012-06-03 · Sestak says White House offered him a job", { x: [0, 0.4], y: [0.5, 1] }, 30);
    assert.equal(t.text, "<b>Fox &lt;News&gt; · 2012-06-03…</b>");
    assert.equal(t.hovertext, "Fox &lt;News&gt; · 2012-06-03 · Sestak says White House offered him a job");
    assert.equal(tickLabel("Democratic National Committee", 18), "Democratic…");
    assert.deepEqual(panelsMoreNote(0, "outlets", "frequency-terms"), null);
    const note = panelsMoreNote(97, "outlets", "frequency-terms")!;
    assert.deepEqual([note.text, note.y, note.yanchor], ["97 more outlets in the CSV (tables/frequency-terms.csv)", 0, "top"]);
  });

  it("colours a group by its outlet, 'outlet not known' when it has none of its own", () => {
    const { groups } = syntheticFrequency(3);
    assert.equal(groupColorKey(groups[0]), "Outlet 1");
    assert.equal(groupColorKey({ ...groups[0], outlet: "unknown" }), "outlet not known");
  });
});
