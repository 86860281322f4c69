import { strict as assert } from "node:assert";
import { quoteCorpus } from "../../src/quotes/corpus";
import { quotesSpeakerHeatmap } from "../../src/charts/quotes-speakers";
import { quotesOverTime } from "../../src/charts/quotes-timeline";
import { quoteRows, quotesTableFigure } from "../../src/charts/quotes-table";
import { article } from "../quotes/helpers";
import { matchSnapshot } from "./snapshot";

const a = { ...article("Mayor Anna Berg spoke.\n“We will rebuild the old bridge,” Berg said.\n“Two words,” said Tom Hale.", "a"), published: "2025-02-10" };
const b = { ...article("Tom Hale spoke at noon.\n“It costs far too much money,” Hale said. It is a “boondoggle” anyway.", "b"), published: "2025-02-11" };
const c = { ...article("“Nobody knows who said this one at all.”", "c"), published: null };
const result = quoteCorpus([a, b, c]);
const infos = [a, b, c].map((x) => ({ id: x.id, title: x.title, outlet: x.outlet, published: x.published }));

describe("charts/quotes", () => {
  it("heatmap: share of each article's quoted words per speaker, columns sum to 1, unattributed row last", () => {
    const fig = quotesSpeakerHeatmap(result, infos);
    const trace = fig.data[0] as { x: string[]; y: string[]; z: Array<Array<number | null>>; text: string[][] };
    assert.deepEqual(trace.x, ["a", "b", "c"]);
    assert.deepEqual(trace.y, ["Tom Hale", "Anna Berg", "(no speaker found)"]);
    assert.deepEqual(trace.z, [
      [0.25, 1, null],
      [0.75, null, null],
      [null, null, 1],
    ]);
    assert.equal(trace.text[1][0], "Anna Berg in a: 75% of its quoted words<br>6 of 8 words, 1 quote");
    matchSnapshot("quotes-speakers", fig);
  });

  it("over time: one line per speaker, a point per publication day, undated articles counted", () => {
    const fig = quotesOverTime(result, infos);
    const traces = fig.data as Array<{ name: string; x: string[]; y: number[] }>;
    assert.deepEqual(traces.map((t) => [t.name, t.x, t.y]), [
      ["Tom Hale", ["2025-02-10", "2025-02-11"], [1, 1]],
      ["Anna Berg", ["2025-02-10"], [1]],
    ]);
    assert.match((fig.layout.title as { text: string }).text, /1 article without a publication date not shown/);
  });

  it("table: every quote but scare quotes and titles, with speaker and cue", () => {
    assert.deepEqual(quoteRows(result).map((r) => [r.article, r.speaker, r.cue, r.quote]), [
      ["a", "Anna Berg", "said", "We will rebuild the old bridge,"],
      ["a", "Tom Hale", "said", "Two words,"],
      ["b", "Tom Hale", "said", "It costs far too much money,"],
      ["c", null, null, "Nobody knows who said this one at all."],
    ]);
    assert.equal(quoteRows(result, { includeScare: true }).length, 5);
    const fig = quotesTableFigure(result);
    const cells = (fig.data[0] as { cells: { values: string[][] } }).cells.values;
    assert.deepEqual(cells[1], ["Anna Berg", "Tom Hale", "Tom Hale", "—"]);
    matchSnapshot("quotes-table", fig);
  });
});
