import { strict as assert } from "node:assert";
import * as path from "node:path";
import { CorpusError } from "../../src/corpus/article";
import { loadCorpus, type LoadOptions } from "../../src/corpus/load";
import { FIXTURES, tempCorpus } from "./support";

/** The CorpusError a load throws, as "file: problem". */
function errorOf(paths: string | string[], options: LoadOptions = {}): string {
  try {
    loadCorpus(paths, options);
  } catch (err) {
    assert.ok(err instanceof CorpusError, `expected CorpusError, got ${String(err)}`);
    return `${err.file}: ${err.problem}`;
  }
  return assert.fail("expected an error");
}

const FM = (yaml: string, body = "Body text of the article.\n") => `---\n${yaml}\n---\n${body}`;

describe("loadCorpus: errors name the file and the problem", () => {
  const dir = tempCorpus({
    "empty.txt": "",
    "blank.txt": "  \n\t\n",
    "only-front.md": FM("id: x", "\n \n"),
    "unclosed.md": "---\nid: x\ntitle: Open\nBody text.\n",
    "bad-yaml.md": FM("id: x\ntitle: [unclosed"),
    "list-yaml.md": FM("- a\n- b"),
    "yesterday.md": FM("published: yesterday"),
    "year-one.md": FM("published: 0001-11-30"),
    "month-13.md": FM("published: 13/45/2020"),
    "feb-30.md": FM("published: 2024-02-30"),
    "notes.xyz": "some text",
    "binary.txt": Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x41, 0x42]),
    "controls.txt": Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x41 : (i % 31) + 1))),
    "dup/one.md": FM("id: same"),
    "dup/two.md": FM("id: same"),
    "lines.jsonl": '{"id": "l1", "text": "Fine."}\n{"id": "l2", "text": "Bad date.", "date": "7/23/17"}\n{not json}\n{"id": "l4", "text": "Also fine."}\n',
    "norecord.json": JSON.stringify([{ title: "No text here" }]),
    "broken.json": "[{\"text\": \"a\"},",
    "nothing/readme.md": "# Read me\n",
  });
  const f = (name: string) => path.join(dir, name);

  const cases: Array<[string, string]> = [
    ["empty.txt", "empty file"],
    ["blank.txt", "empty file (only whitespace)"],
    ["only-front.md", "empty file (only front matter)"],
    ["unclosed.md", "malformed front matter: no closing '---' line"],
    ["list-yaml.md", "malformed front matter: expected 'key: value' lines"],
    ["binary.txt", "binary file (NUL bytes, and not UTF-16 text)"],
    ["controls.txt", "binary file (control characters)"],
    ["unknown.md", "no such file or folder"],
    ["notes.xyz", "unknown format '.xyz' (known: .txt, .md, .markdown, .html, .htm, .json, .jsonl, .ndjson, .csv)"],
    ["norecord.json", "record 1: no text field (tried text, body, content, body-paragraphs, paragraphs, maintext, article)"],
    ["nothing", "no articles found (looked for .txt, .md, .markdown, .html, .htm, .json, .jsonl, .ndjson, .csv files)"],
  ];
  for (const [name, problem] of cases) {
    it(`${name}: ${problem}`, () => assert.equal(errorOf(f(name)), `${f(name)}: ${problem}`));
  }

  const badDates: Array<[string, string]> = [
    ["yesterday.md", "field 'published': unparseable date 'yesterday' (write it as YYYY-MM-DD)"],
    ["year-one.md", "field 'published': implausible date '0001-11-30' (year 1)"],
    ["month-13.md", "field 'published': invalid date '13/45/2020' (no such day, day or month first)"],
    ["feb-30.md", "field 'published': unparseable date '2024-02-30' (write it as YYYY-MM-DD)"],
  ];
  for (const [name, problem] of badDates) {
    it(`${name}: loaded with no date and one warning; strict refuses it: ${problem}`, () => {
      const r = loadCorpus(f(name));
      assert.deepEqual(r.articles.map((a) => [a.id, a.published]), [[path.basename(name, ".md"), null]]);
      assert.deepEqual(r.warnings, [{ file: f(name), message: `${problem}; loaded with no date` }]);
      assert.equal(errorOf(f(name), { strict: true }), `${f(name)}: ${problem}`);
    });
  }

  it("bad YAML: the parser's first line, prefixed", () => {
    assert.equal(
      errorOf(f("bad-yaml.md")),
      `${f("bad-yaml.md")}: malformed front matter: Flow sequence in block collection must be sufficiently indented and end with a ] (line 4)`,
    );
  });

  it("invalid JSON in a .json file fails the file", () => {
    assert.match(errorOf(f("broken.json")), new RegExp(`^${escape(f("broken.json"))}: invalid JSON: `));
  });

  it("duplicate ids name both files", () => {
    assert.equal(
      errorOf(f("dup")),
      `${path.join(f("dup"), "two.md")}: duplicate id 'same', also used by ${path.join(f("dup"), "one.md")}`,
    );
  });

  const ambiguous = "line 2: field 'date': ambiguous numeric date '7/23/17' (day and month order differ between countries; write it as YYYY-MM-DD, or give the order: --date-order dmy or mdy)";

  it("the first bad record of a .jsonl stops the load and names its line; a bad date only under strict", () => {
    assert.equal(errorOf(f("lines.jsonl")), `${f("lines.jsonl")}: line 3: invalid JSON: ${jsonError("{not json}")}`);
    assert.equal(errorOf(f("lines.jsonl"), { strict: true }), `${f("lines.jsonl")}: ${ambiguous}`);
  });

  it("skipBad loads the rest and lists each problem once; a bad date is a warning, not a skip", () => {
    const r = loadCorpus([f("lines.jsonl"), f("empty.txt"), f("dup"), f("missing-folder"), f("year-one.md")], { skipBad: true });
    assert.deepEqual(r.articles.map((a) => [a.id, a.published]), [["l1", null], ["l2", null], ["l4", null], ["same", null], ["year-one", null]]);
    assert.deepEqual(r.skipped, [
      { file: f("lines.jsonl"), problem: `line 3: invalid JSON: ${jsonError("{not json}")}` },
      { file: f("empty.txt"), problem: "empty file" },
      { file: path.join(f("dup"), "two.md"), problem: `duplicate id 'same', also used by ${path.join(f("dup"), "one.md")}` },
      { file: f("missing-folder"), problem: "no such file or folder" },
    ]);
    assert.deepEqual(r.warnings, [
      { file: f("lines.jsonl"), message: `${ambiguous}; loaded with no date` },
      { file: f("year-one.md"), message: "field 'published': implausible date '0001-11-30' (year 1); loaded with no date" },
    ]);
    const strict = loadCorpus([f("lines.jsonl"), f("year-one.md")], { skipBad: true, strict: true });
    assert.deepEqual(strict.articles.map((a) => a.id), ["l1", "l4"]);
    assert.deepEqual(strict.skipped.map((s) => s.problem), [ambiguous, `line 3: invalid JSON: ${jsonError("{not json}")}`, "field 'published': implausible date '0001-11-30' (year 1)"]);
  });

  it("skipBad on a folder of mixed files keeps the good ones and warns about the unknown extension and bad dates", () => {
    const r = loadCorpus(dir, { skipBad: true });
    assert.deepEqual(r.articles.map((a) => a.id).sort(), ["feb-30", "l1", "l2", "l4", "month-13", "same", "year-one", "yesterday"]);
    assert.deepEqual(
      r.skipped.map((s) => path.relative(dir, s.file)),
      [
        "bad-yaml.md", "binary.txt", "blank.txt", "broken.json", "controls.txt", path.join("dup", "two.md"), "empty.txt",
        "lines.jsonl", "list-yaml.md", "norecord.json", "only-front.md", "unclosed.md",
      ],
    );
    assert.deepEqual(
      r.warnings.map((w) => [path.relative(dir, w.file), w.message.replace(/: .*;/, ": …;")]),
      [
        ["notes.xyz", "skipped: unknown format '.xyz'"], // found while listing the folder, before anything is read
        ["feb-30.md", "field 'published': …; loaded with no date"],
        ["lines.jsonl", "line 2: …; loaded with no date"],
        ["month-13.md", "field 'published': …; loaded with no date"],
        ["year-one.md", "field 'published': …; loaded with no date"],
        ["yesterday.md", "field 'published': …; loaded with no date"],
      ],
    );
  });

  it("a list or object where one value belongs is a bad field too: a warning, the value kept in meta", () => {
    const d = tempCorpus({
      "records.jsonl": `${JSON.stringify({ id: ["a", "b"], title: { text: "T" }, source: ["X"], author: { n: 1 }, text: "Body." })}\n`,
    });
    const file = path.join(d, "records.jsonl");
    const r = loadCorpus(d);
    const [a] = r.articles;
    assert.deepEqual([a.id, a.title, a.outlet, a.authors], ["records", null, "unknown", undefined]);
    assert.deepEqual(a.meta, { id: ["a", "b"], title: { text: "T" }, source: ["X"], author: { n: 1 } });
    assert.deepEqual(r.warnings.map((w) => [w.file, w.message]), [
      [file, `line 1: field 'id': not an id (a list: ["a","b"]); loaded with the id 'records'`],
      [file, `line 1: field 'title': not text (an object: {"text":"T"}); loaded with no title`],
      [file, `line 1: field 'source': not a name (a list: ["X"]); loaded without it`],
      [file, `line 1: field 'author': not a name or a list of names (an object: {"n":1}); loaded with no authors`],
    ]);
    assert.equal(errorOf(d, { strict: true }), `${file}: line 1: field 'id': not an id (a list: ["a","b"])`);
  });

  it("an unknown extension named directly is an error, in a folder only a warning", () => {
    const d = tempCorpus({ "a.txt": "Some text.", "b.docx": "x" });
    const r = loadCorpus(d);
    assert.deepEqual(r.articles.map((a) => a.id), ["a"]);
    assert.deepEqual(r.warnings, [{ file: path.join(d, "b.docx"), message: "skipped: unknown format '.docx'" }]);
  });

  it("the fixture manifest folder loads without errors (control case)", () => {
    assert.equal(loadCorpus(path.join(FIXTURES, "manifest")).articles.length, 2);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function jsonError(text: string): string {
  try {
    JSON.parse(text);
  } catch (err) {
    return (err as Error).message;
  }
  return "";
}
