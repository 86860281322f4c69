import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { makeStagingDir, swapReport } from "../../src/report/write";

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

describe("swapReport", () => {
  let root: string;
  let target: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "nc-swap-"));
    target = path.join(root, "story");
    write(path.join(target, "index.html"), "old index");
    write(path.join(target, "charts", "stale.png"), "old chart");
    write(path.join(target, "my-notes.txt"), "mine");
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it("replaces the report's own entries, keeps the user's files, leaves no temp folders", () => {
    const staging = makeStagingDir(target);
    write(path.join(staging, "index.html"), "new index");
    write(path.join(staging, "charts", "a.png"), "new chart");
    swapReport(staging, target);
    assert.equal(fs.readFileSync(path.join(target, "index.html"), "utf8"), "new index");
    assert.deepEqual(fs.readdirSync(path.join(target, "charts")), ["a.png"]);
    assert.equal(fs.readFileSync(path.join(target, "my-notes.txt"), "utf8"), "mine");
    assert.deepEqual(fs.readdirSync(root), ["story"]);
  });

  it("puts the old report back when moving the new one in fails half way", () => {
    const staging = makeStagingDir(target);
    write(path.join(staging, "index.html"), "new index");
    write(path.join(staging, "charts", "a.png"), "new chart");
    write(path.join(staging, "results.json"), "{}");
    let calls = 0;
    const failing = (from: string, to: string) => {
      if (from.startsWith(staging) && path.basename(from) === "charts") throw new Error(`EXDEV: cannot move ${from}`);
      calls++;
      fs.renameSync(from, to);
    };
    assert.throws(() => swapReport(staging, target, undefined, failing), /EXDEV/);
    assert.ok(calls > 0);
    assert.equal(fs.readFileSync(path.join(target, "index.html"), "utf8"), "old index");
    assert.deepEqual(fs.readdirSync(path.join(target, "charts")), ["stale.png"]);
    assert.ok(!fs.existsSync(path.join(target, "results.json")));
    assert.equal(fs.readFileSync(path.join(target, "my-notes.txt"), "utf8"), "mine");
    assert.deepEqual(fs.readdirSync(root), ["story"]);
  });
});
