import { strict as assert } from "node:assert";
import * as path from "node:path";
import type { Article } from "../../src/corpus/article";
import { assignTopics, fileSeries } from "../../src/corpus/topics";
import { loadCorpus } from "../../src/corpus/load";
import { tempCorpus } from "./support";

function article(file: string, meta: Record<string, unknown> = {}): Article {
  return { id: path.basename(file), file, title: null, outlet: "unknown", published: null, publishedEstimated: false, language: "en", raw: "x", text: "x", removed: [], encoding: "utf-8", meta };
}

describe("assignTopics", () => {
  it("takes the story from a topic field first", () => {
    const list = [article("a.json", { topic: "elections" }), article("b.json", { Topic: "elections" }), article("c.json", { "main-event": "Steele criticised" })];
    assignTopics(list, ["."]);
    assert.deepEqual(list.map((a) => a.topic), ["elections", "elections", "Steele criticised"]);
  });

  it("else the sub-folder under the folder given", () => {
    const root = path.join("corpus");
    const list = [article("corpus/flood/a.txt"), article("corpus/flood/b.txt"), article("corpus/strike/c.txt"), article("corpus/d.txt")];
    assignTopics(list, [root]);
    assert.deepEqual(list.map((a) => a.topic), ["flood", "flood", "strike", undefined]);
  });

  it("else the file-name series, as WikiRef220 names its files", () => {
    const list = ["ParisAttacks2015 (1).txt", "ParisAttacks2015 (12).txt", "greek.elections.2.txt", "greek.elections.3.txt", "notes.txt"].map((f) => article(f));
    assignTopics(list, ["."]);
    assert.deepEqual(list.map((a) => a.topic), ["ParisAttacks2015", "ParisAttacks2015", "greek.elections", "greek.elections", undefined]);
  });

  it("sets nothing when a source does not sort the corpus into two stories", () => {
    const list = [article("story-1.txt"), article("story-2.txt"), article("other.txt", { topic: "x" })];
    assignTopics(list, ["."]);
    assert.deepEqual(list.map((a) => a.topic), [undefined, undefined, undefined]);
  });

  it("reads a file's series and refuses names without a counter", () => {
    assert.equal(fileSeries("NBA.draft.2.txt"), "NBA.draft");
    assert.equal(fileSeries("x/abc-reworded.md"), null);
    assert.equal(fileSeries("000_9fc321f774faf36d.txt"), null);
    assert.equal(fileSeries("2024.txt"), null);
  });

  it("is applied by loadCorpus to the sub-folders of a folder", () => {
    const dir = tempCorpus({ "flood/a.txt": "Rain fell.\n", "flood/b.txt": "More rain.\n", "strike/c.txt": "Workers left.\n" });
    assert.deepEqual(loadCorpus(dir).articles.map((a) => a.topic), ["flood", "flood", "strike"]);
  });
});
