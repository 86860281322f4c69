import { strict as assert } from "node:assert";
import { ALL_PAIRS_LISTED, summary, SUMMARY_ROWS, withLabels } from "../../src/overlap/summary";
import { syntheticGrouping, syntheticOverlap } from "../charts/overlap-synthetic";

describe("overlap summary (text output)", () => {
  it("past ALL_PAIRS_LISTED pairs lists only copies, rewrites and shared passages, and counts the rest", () => {
    const { result, articles } = syntheticOverlap(90, 3);
    assert.ok(result.pairs.length > ALL_PAIRS_LISTED);
    const text = summary(result, syntheticGrouping(articles));
    const linked = result.pairs.filter((p) => ["copy", "rewrite", "shared passage"].includes(p.relation)).length;
    assert.match(text, new RegExp(`pairs with a copy, rewrite or shared passage \\(${linked} of 4005 aligned\\):`));
    const others = (rel: string) => result.pairs.filter((p) => p.relation === rel).length;
    assert.ok(text.includes(`  other pairs: ${others("shared quotes")} shared quotes, ${others("same story")} same story, ${others("unrelated")} unrelated (--json lists every pair)`));
    assert.equal(/ unrelated {6}/.exec(text)?.index, undefined, "no unrelated pair line");
  });

  it("names articles by label (ids in notes too), lists the top clusters and the per-outlet shares", () => {
    const { result, articles } = syntheticOverlap(90, 3);
    const g = syntheticGrouping(articles);
    const text = summary(result, g);
    assert.match(text, /^syndication clusters \(articles that copy or rewrite one another\): 20\n/);
    assert.ok(text.includes("\n   1         6        3  2024-01-07 to 2024-02-29  3 copy, 2 rewrite             Outlet A · 2024-01-07 · Report number 19 on the matter of…\n"));
    assert.match(text, /\nper outlet: share of the row outlet's words found in the other's articles/);
    assert.ok(text.includes(`90% of ${g.articleLabel.get("story-0001")}'s narration is aligned with ${g.articleLabel.get("story-0002")}`));
    assert.ok(!text.includes("story-0001"), "no bare id where a label exists");
    assert.equal((text.match(/\n[ \d]{3}\d +\d +\d {2}2024-/g) ?? []).length, SUMMARY_ROWS);
  });

  it("puts labels in place of ids, the longest id first", () => {
    assert.equal(withLabels("wp-12 copied wp-1, said wp-12", ["wp-1", "wp-12"], (id) => `<${id}>`), "<wp-12> copied <wp-1>, said <wp-12>");
  });
});
