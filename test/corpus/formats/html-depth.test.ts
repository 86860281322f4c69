import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { loadCorpus } from "../../../src/corpus/load";
import { MAX_HTML_DEPTH } from "../../../src/corpus/formats/html";
import { estimateHtmlDepth } from "../../../src/corpus/formats/html-depth";
import { FIXTURES, tempCorpus } from "../support";

const ARTICLE = `<p>${"The council voted on Tuesday to reopen the harbour bridge after the storm. ".repeat(6)}</p>`;
/** A page whose article paragraph sits under `levels` nested elements of `open`/`close`. */
const nestedPage = (levels: number, open = "<div>", close = "</div>") =>
  `<html><body><article>${ARTICLE}${open.repeat(levels)}<p>Deep text.</p>${close.repeat(levels)}</article></body></html>`;

describe("estimateHtmlDepth", () => {
  it("counts nesting as a parser builds it", () => {
    assert.equal(estimateHtmlDepth("<div><div><span>x</span></div></div>", 100), 3);
    assert.equal(estimateHtmlDepth(nestedPage(40), 100), 41); // article and 40 divs (html, body and p add nothing)
    // siblings that close each other, void and self-closed elements, comments and script text add nothing
    assert.equal(estimateHtmlDepth(`<ul>${"<li>item".repeat(3000)}</ul>${"<p>para".repeat(3000)}`, 100), 2); // the list and its item level
    assert.equal(estimateHtmlDepth(`${"<br><img src=x><path/>".repeat(3000)}`, 100), 0);
    assert.equal(estimateHtmlDepth(`<!-- ${"<div>".repeat(3000)} --><script>${"<div>".repeat(3000)}</script>`, 100), 0);
    // an end tag with nothing of its name open is ignored, as a parser ignores it
    assert.equal(estimateHtmlDepth("<div></span>".repeat(300), 1000), 300);
    // unclosed formatting elements nest; a formatting end tag leaves the blocks opened inside it open
    assert.equal(estimateHtmlDepth("<b>".repeat(300), 1000), 300);
    assert.equal(estimateHtmlDepth("<a><div></a>".repeat(300), 1000), 301);
    assert.equal(estimateHtmlDepth("<a><div></a></div>".repeat(300), 1000), 2);
    assert.equal(estimateHtmlDepth("<a><a></a></a><div>", 1000), 2);
    // a table stands for its implied body, row and cell; a list for its items
    assert.equal(estimateHtmlDepth("<table><td>".repeat(100), 1000), 400);
    assert.equal(estimateHtmlDepth("<ul><li>".repeat(100), 1000), 200);
  });

  it("stops counting past the limit", () => {
    assert.equal(estimateHtmlDepth("<div>".repeat(100_000), 512), 513);
  });

  it("reads an unterminated tag or comment without rescanning (one pass)", () => {
    assert.equal(estimateHtmlDepth("<div <div <div".repeat(10), 512), 0);
    assert.equal(estimateHtmlDepth("<div>".repeat(5) + "<!-- never closed <div>", 512), 5);
  });

  it("the fixture page is shallow (control case)", () => {
    const depth = estimateHtmlDepth(fs.readFileSync(path.join(FIXTURES, "formats", "page.html"), "utf8"), MAX_HTML_DEPTH);
    assert.ok(depth > 0 && depth < 20, `depth ${depth}`);
  });
});

describe("deeply nested HTML: a named, skippable error", () => {
  it("4,000 nested levels (and the end-tag trick) are refused with one line naming the file; the rest loads", () => {
    const dir = tempCorpus({
      "deep.html": nestedPage(4000),
      "sneaky.html": nestedPage(4000, "<div></span>", ""),
      "bold.html": nestedPage(4000, "<b>", ""),
      "anchors.html": nestedPage(4000, "<a><div></a>", ""),
      "fine.html": nestedPage(20),
    });
    const r = loadCorpus(dir, { skipBad: true });
    assert.deepEqual(r.articles.map((a) => a.id), ["fine"]);
    const problem = `HTML nested too deeply (over ${MAX_HTML_DEPTH} levels of elements): not read`;
    assert.deepEqual(r.skipped, [
      { file: path.join(dir, "anchors.html"), problem },
      { file: path.join(dir, "bold.html"), problem },
      { file: path.join(dir, "deep.html"), problem },
      { file: path.join(dir, "sneaky.html"), problem },
    ]);
  });
});
