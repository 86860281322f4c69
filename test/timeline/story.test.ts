import * as path from "node:path";
import { loadCorpus } from "../../src/corpus/load";
import { analyseTimeline } from "../../src/timeline/analyse";
import { matchSnapshot } from "../charts/snapshot";

// Every mention in the bundled story, with its value and the direction it was read in, checked in
// as a snapshot: a rule written for other news that moves one of the story's dates shows up here as a
// diff to review (a vote rule once moved "spoke in November" to the coming November unnoticed).
describe("timeline: the bundled story", () => {
  it("gives every mention the value in its snapshot", () => {
    const { articles } = loadCorpus(path.resolve(__dirname, "../../data/trump-putin-call"));
    const { mentions } = analyseTimeline(articles);
    matchSnapshot("timeline-trump-putin-call", mentions.map((m) => `${m.article} ${m.start} ${m.text} = ${m.type} ${m.value}${m.mod ? ` ${m.mod}` : ""}`));
  });
});
