import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCli } from "../support/cli";

describe("newscompare report --out", () => {
  it("refuses a file in place of a folder with one line (exit 2), touching nothing", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "nc-out-")), "notes.txt");
    fs.writeFileSync(file, "mine");
    const r = await runCli("report", "--out", file);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, `newscompare report: --out ${file}: is a file, not a folder\n`);
    assert.equal(fs.readFileSync(file, "utf8"), "mine");
  });
});
