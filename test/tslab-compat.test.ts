import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as path from "node:path";

// Notebooks import src/ through tslab, which compiles it with its own TypeScript (5.0) and without
// `strict`: narrowing that works under strict mode can fail there, and a notebook cell then dies
// with a compile error. Compile all of src/ the way tslab does.
describe("src compiles under tslab's TypeScript (5.0, not strict)", function () {
  this.timeout(120_000);
  it("has no compile errors", () => {
    const root = path.resolve(__dirname, "..");
    const tsc = require.resolve("@tslab/typescript-for-tslab/bin/tsc", { paths: [root] });
    const r = spawnSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.tslab.json")], { encoding: "utf8", cwd: root });
    assert.equal(r.stdout + r.stderr, "");
    assert.equal(r.status, 0);
  });
});
