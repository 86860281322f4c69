import { strict as assert } from "node:assert";
import { sideBySideHtml } from "../../src/charts/overlap-side-by-side";
import { SIDE_A, SIDE_B, SIDE_PASSAGES } from "./overlap-fixtures";
import { matchSnapshot } from "./snapshot";

describe("sideBySideHtml", () => {
  const html = sideBySideHtml(SIDE_A, SIDE_B, SIDE_PASSAGES);

  it("matches its snapshot", () => matchSnapshot("overlap-side-by-side", { html }));

  it("keeps only the passages of this pair, numbered the same on both sides whichever way they were stored", () => {
    assert.match(html, /2 passages<\/p>/);
    assert.equal((html.match(/title="passage 2: verbatim, similarity 0.95"/g) ?? []).length, 2);
    assert.ok(html.includes(`<sup style="color:#555555">2</sup>He spoke of the war &amp; &lt;peace&gt;.</span>`));
    assert.ok(html.includes(`<sup style="color:#555555">2</sup>He spoke of the warfare &amp; peace.</span>`));
  });

  it("marks reworded and verbatim passages differently and leaves the rest as escaped plain text", () => {
    assert.ok(html.includes(`title="passage 1: reworded, similarity 0.82" style="background:#dbeaf7;border-bottom:2px dotted #0072B2"><sup style="color:#555555">1</sup>Trump said the call was good.</span>`));
    assert.ok(html.includes(`</span>\nOther news followed.</div>`));
    assert.ok(html.includes(`>Intro line. <span`));
  });

  it("heads each side with the article's label, the id in its tooltip (the id alone without a label)", () => {
    const out = sideBySideHtml({ ...SIDE_A, label: "ABC News · 2025-02-12 · Trump & Putin" }, SIDE_B, []);
    assert.ok(out.includes(`<h4 style="margin:4px 0" title="abc-1">ABC News · 2025-02-12 · Trump &amp; Putin</h4>`));
    assert.ok(out.includes(`<h4 style="margin:4px 0" title="blog-7">blog-7</h4>`));
  });

  it("shows no blank space where cleaning removed front matter or debris", () => {
    const front = "---\nid: a\n---\n".replace(/[^\n]/g, " ");
    const text = `${front}Lead line.\n\n    \n\n\nNext     line.`;
    const out = sideBySideHtml({ id: "a", text }, { id: "b", text: "x" }, []);
    assert.ok(out.includes(`line-height:1.45">Lead line.\n\nNext line.</div>`));
  });
});
