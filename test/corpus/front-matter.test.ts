import { strict as assert } from "node:assert";
import { splitFrontMatter } from "../../src/corpus/front-matter";

describe("splitFrontMatter", () => {
  it("returns the mapping and where the body starts", () => {
    const text = "---\nid: a\ntitle: \"Hello: World\"\n---\nBody.\n";
    assert.deepEqual(splitFrontMatter(text, "a.md"), { data: { id: "a", title: "Hello: World" }, end: 36 });
    assert.equal(text.slice(36), "Body.\n");
  });

  it("handles CRLF line ends and a closing '...' line", () => {
    const text = "---\r\nid: b\r\n...\r\nBody.";
    const fm = splitFrontMatter(text, "b.md");
    assert.deepEqual(fm.data, { id: "b" });
    assert.equal(text.slice(fm.end), "Body.");
  });

  it("an empty block is an empty mapping", () => {
    assert.deepEqual(splitFrontMatter("---\n---\nBody.", "c.md"), { data: {}, end: 8 });
  });

  it("no front matter without a first '---' line (a later '---' is a rule, not metadata)", () => {
    assert.deepEqual(splitFrontMatter("Title\n---\nBody.", "d.md"), { data: null, end: 0 });
    assert.deepEqual(splitFrontMatter(" ---\nid: x\n---\n", "d.md"), { data: null, end: 0 });
  });

  it("keeps YAML dates as written strings (YAML 1.2 core schema)", () => {
    assert.deepEqual(splitFrontMatter("---\npublished: 2025-02-12\n---\nx", "e.md").data, { published: "2025-02-12" });
  });

  it("refuses an unclosed block, bad YAML and a non-mapping", () => {
    assert.throws(() => splitFrontMatter("---\nid: x\nBody", "f.md"), { message: "f.md: malformed front matter: no closing '---' line" });
    assert.throws(() => splitFrontMatter("---\nid: [x\n---\nBody", "g.md"), /^CorpusError: g\.md: malformed front matter: .* \(line \d\)$/);
    assert.throws(() => splitFrontMatter("---\njust a string\n---\nBody", "h.md"), {
      message: "h.md: malformed front matter: expected 'key: value' lines",
    });
  });
});
