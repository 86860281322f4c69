import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { writeJsonFile } from "../../src/report/json-file";

describe("writeJsonFile", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nc-json-"));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const written = (v: unknown) => {
    const f = path.join(dir, "x.json");
    writeJsonFile(f, v);
    return fs.readFileSync(f, "utf8");
  };

  it("writes what JSON.stringify(v, null, 2) writes, undefined members left out or null as it does", () => {
    const v = { words: { groups: [{ id: "nyt", top: [{ term: "putin", n: 3 }], skip: undefined }], none: [], empty: {} }, quotes: [1, undefined, "x\ny"], date: new Date(0), n: null };
    assert.equal(written(v), `${JSON.stringify(v, null, 2)}\n`);
  });

  it("writes an array whose JSON is longer than any one string can be, member by member", function () {
    this.timeout(120_000);
    // 600,000 rows of ~1 KB: about 600 MB of JSON, past V8's longest string
    const row = { id: "x", text: "a".repeat(1000) };
    const rows = Array.from({ length: 600_000 }, () => row);
    const f = path.join(dir, "big.json");
    assert.throws(() => JSON.stringify({ corpus: { rows } }, null, 2), /Invalid string length/);
    writeJsonFile(f, { corpus: { rows } });
    assert.ok(fs.statSync(f).size > 600_000_000);
    fs.rmSync(f);
  });
});
