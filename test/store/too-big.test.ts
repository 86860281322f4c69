import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { tooBigForMemory } from "../../src/store/too-big";
import { runCli } from "../support/cli";
import { tempDir, writeCollection } from "./support";

describe("a folder too big for the in-memory report (src/store/too-big.ts)", () => {
  it("says to ingest it, with the commands, and counts gzip files at their usual ratio", () => {
    const dir = tempDir("newscompare-big-");
    const file = writeCollection(dir, 50);
    const size = fs.statSync(file).size;
    assert.equal(tooBigForMemory([dir], size + 1), null);
    const message = tooBigForMemory([dir], size - 1)!;
    assert.match(message, /more than the in-memory report holds/);
    assert.ok(message.includes(`newscompare ingest ${dir} --store ${path.basename(dir)}.store`), message);
    assert.ok(message.includes(`newscompare report --store ${path.basename(dir)}.store`), message);
    fs.writeFileSync(path.join(dir, "more.jsonl.gz"), Buffer.alloc(1000));
    assert.equal(tooBigForMemory([dir], size + 2500), "about 0 MB of articles is more than the in-memory report holds (0 MB); ingest it into a store, then report from the store:\n" +
      `  newscompare ingest ${dir} --store ${path.basename(dir)}.store\n  newscompare report --store ${path.basename(dir)}.store`);
  });

  it("report FOLDER refuses at once with that message (exit 1), before any work", async () => {
    const dir = tempDir("newscompare-big-");
    // a sparse file: 200 MB on the size that is checked, nothing written
    const fd = fs.openSync(path.join(dir, "huge.jsonl"), "w");
    fs.ftruncateSync(fd, 200_000_000);
    fs.closeSync(fd);
    const r = await runCli("report", dir, "--out", path.join(dir, "out"));
    assert.equal(r.code, 1);
    assert.match(r.stderr, /about 200 MB of articles is more than the in-memory report holds \(150 MB\)/);
    assert.match(r.stderr, /newscompare ingest .* --store /);
    assert.equal(fs.existsSync(path.join(dir, "out")), false);
  });
});
