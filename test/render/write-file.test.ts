import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { writeFileAtomic } from "../../src/render/write-file";

describe("writeFileAtomic", () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "nc-write-"))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("replaces the file and leaves no temp file behind", () => {
    const file = path.join(dir, "sub", "a.txt");
    writeFileAtomic(file, "one");
    writeFileAtomic(file, "two");
    assert.equal(fs.readFileSync(file, "utf8"), "two");
    assert.deepEqual(fs.readdirSync(path.dirname(file)), ["a.txt"]);
  });

  it("keeps the old file when the new one cannot be put in place", () => {
    const file = path.join(dir, "a.txt");
    fs.mkdirSync(file); // a directory where the file should go: rename fails
    assert.throws(() => writeFileAtomic(file, "new"));
    assert.deepEqual(fs.readdirSync(dir), ["a.txt"]);
    assert.ok(fs.statSync(file).isDirectory());
  });
});
