import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as path from "node:path";

// Tests and the CLI run through tsx, which strips types without checking them: without this, a
// type error would only show up in `npm run build` or in a notebook.
describe("type check (tsc --noEmit, strict, src + test + bench)", function () {
  this.timeout(180_000);
  it("has no type errors", () => {
    const root = path.resolve(__dirname, "..");
    const tsc = require.resolve("typescript/bin/tsc", { paths: [root] });
    const r = spawnSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.check.json")], { encoding: "utf8", cwd: root });
    assert.equal(r.stdout + r.stderr, "");
    assert.equal(r.status, 0);
  });
});
