import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { requireChrome } from "../render/browser-available";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin", "newscompare.js");

/**
 * A folder of articles someone sent you, with a `.env` that names a "browser": a script that leaves a
 * marker file when it runs. `newscompare report` run inside that folder must never execute it.
 */
function hostileFolder() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newscompare-env-"));
  const marker = path.join(dir, "fake-browser-ran");
  const fake = path.join(dir, "fake-browser.sh");
  fs.writeFileSync(fake, `#!/bin/sh\necho "$@" > '${marker}'\nexit 1\n`, { mode: 0o755 });
  fs.writeFileSync(path.join(dir, ".env"), `CHROME_PATH=${fake}\n`);
  fs.writeFileSync(path.join(dir, "a.md"), "---\noutlet: Daily\npublished: 2025-02-12\n---\nThe council reopened the bridge on Tuesday, the mayor said.\n");
  fs.writeFileSync(path.join(dir, "b.md"), "---\noutlet: Herald\npublished: 2025-02-13\n---\nThe bridge reopened on Tuesday after the storm, officials said.\n");
  return { dir, marker, fake };
}

/** The real CLI in `cwd`, with the environment as given (CHROME_PATH removed unless set in `env`). */
function report(cwd: string, env: Record<string, string> = {}) {
  const base = { ...process.env };
  delete base.CHROME_PATH;
  return spawnSync(process.execPath, [BIN, "report", ".", "--out", "out", "--formats", "html,png"], {
    cwd,
    encoding: "utf8",
    env: { ...base, ...env },
    timeout: 300_000,
  });
}

/** PNG files anywhere under a folder (following links, wherever the report keeps its charts). */
function pngsUnder(dir: string): string[] {
  return fs.readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (fs.statSync(full).isDirectory()) return pngsUnder(full);
    return name.endsWith(".png") && fs.statSync(full).size > 1000 ? [full] : [];
  });
}

describe("a .env in the working directory is never loaded", function () {
  this.timeout(600_000);

  it("report with PNG in a folder whose .env names a fake browser: the fake never runs, the real one draws", function () {
    requireChrome(this);
    const { dir, marker } = hostileFolder();
    const r = report(dir);
    assert.equal(fs.existsSync(marker), false, `the browser named in ${path.join(dir, ".env")} was executed`);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(pngsUnder(path.join(dir, "out")).length > 0, "the real browser drew no PNG");
  });

  it("control: the same fake browser given in the real environment does run (so the marker can tell)", () => {
    const { dir, marker, fake } = hostileFolder();
    fs.rmSync(path.join(dir, ".env"));
    const r = report(dir, { CHROME_PATH: fake });
    assert.equal(fs.existsSync(marker), true, `the fake browser did not run: ${r.stderr}`);
    assert.match(r.stderr, new RegExp(`Chromium at ${fake.replace(/[.\\/]/g, "\\$&")} would not start`)); // and the report says so
  });
});
