import { strict as assert } from "node:assert";
import { analyseTimeline } from "../../src/timeline/analyse";
import { sourceOf, syndicationClusters } from "../../src/overlap/clusters";
import { article } from "./helpers";

describe("timeline: analyseTimeline", () => {
  // "copy" repeats "wire"; "own" reports the same meeting in its own words
  const articles = [
    article("Foreign ministers met in Geneva on March 3, 2024 to discuss the ceasefire.", "2024-03-05", "wire"),
    article("Foreign ministers met in Geneva on March 3, 2024 to discuss the ceasefire.", "2024-03-05", "copy"),
    article("The foreign ministers met in Geneva on March 3, 2024, where the ceasefire was discussed.", "2024-03-06", "own"),
  ];

  it("counts an event's independent sources when given each article's source: a copy is not a second source", () => {
    const source = sourceOf(syndicationClusters([{ a: "wire", b: "copy", relation: "copy" }]));
    const result = analyseTimeline(articles, { source });
    const meeting = result.events.find((e) => e.value === "2024-03-03")!;
    assert.deepEqual(meeting.articles, ["copy", "own", "wire"]);
    assert.equal(meeting.sources, 2);
  });

  it("leaves the count out without a source function (the JSON keeps its fields)", () => {
    const meeting = analyseTimeline(articles).events.find((e) => e.value === "2024-03-03")!;
    assert.equal(meeting.articles.length, 3);
    assert.ok(!("sources" in meeting));
  });
});
