import { strict as assert } from "node:assert";
import { publicationDatesChart } from "../../src/charts/publication-dates";
import { SUMMARIES } from "./fixtures";
import { matchSnapshot } from "./snapshot";

describe("publicationDatesChart", () => {
  const fig = publicationDatesChart(SUMMARIES);

  it("matches its snapshot", () => matchSnapshot("publication-dates", fig));

  it("marks estimated dates hollow and stated dates filled", () => {
    const wp = fig.data.find((t) => t.name === "Washington Post")!;
    assert.deepEqual(wp.x, ["2025-02-12T18:30:00Z", "2025-02-13"]);
    assert.deepEqual((wp.marker as { symbol: string[] }).symbol, ["circle", "circle-open"]);
    assert.equal((wp.hovertext as string[])[1], "wp-2<br>outlet: Washington Post<br>published: 2025-02-13 (estimated)");
  });

  it("adds a legend entry for the hollow marker and names undated articles", () => {
    assert.equal(fig.data[fig.data.length - 1].name, "estimated date");
    const notes = fig.layout.annotations as Array<{ text: string }>;
    assert.equal(notes[0].text, "No publication date: blog-7");
  });

  it("has no estimated-date legend entry or note when every date is stated", () => {
    const plain = publicationDatesChart(SUMMARIES.slice(0, 2));
    assert.deepEqual(plain.data.map((t) => t.name), ["ABC News", "Washington Post"]);
    assert.deepEqual(plain.layout.annotations, []);
  });
});
