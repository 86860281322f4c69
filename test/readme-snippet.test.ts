import { strict as assert } from "node:assert";
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { requireChrome } from "./render/browser-available";

const ROOT = path.resolve(__dirname, "..");
/** Hang detectors, not speed limits: the whole run, and from the chart being written to the process exiting. */
const RUN_WATCHDOG_MS = 300_000;
const EXIT_WATCHDOG_MS = 45_000;

/** The first ```ts block of the README's "## Library" section, as a user would copy it. */
export function librarySnippet(readme: string): string {
  const section = readme.split(/^## Library\s*$/m)[1];
  assert.ok(section, "the README has no '## Library' section");
  const block = /```ts\n([\s\S]*?)```/.exec(section.split(/^## /m)[0]);
  assert.ok(block, "the README's Library section has no ```ts block");
  return block[1];
}

describe("the README's library snippet", function () {
  this.timeout(RUN_WATCHDOG_MS + 60_000);

  it("runs as written with tsx from a copy of the project root, writes its chart and exits 0 promptly", async function () {
    requireChrome(this);
    // A fresh folder laid out like the project root: the snippet imports ./src and reads data/.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newscompare-readme-"));
    for (const name of ["src", "data", "node_modules"]) fs.symlinkSync(path.join(ROOT, name), path.join(dir, name));
    for (const name of ["package.json", "tsconfig.json"]) fs.copyFileSync(path.join(ROOT, name), path.join(dir, name));
    fs.writeFileSync(path.join(dir, "example.ts"), librarySnippet(fs.readFileSync(path.join(ROOT, "README.md"), "utf8")));
    const chart = path.join(dir, "overlap.png");

    const child = spawn(process.execPath, [require.resolve("tsx/cli"), "example.ts"], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    let chartSeen = 0;
    const watch = setInterval(() => {
      if (!chartSeen && fs.existsSync(chart)) chartSeen = Date.now();
      if (chartSeen && Date.now() - chartSeen > EXIT_WATCHDOG_MS) child.kill("SIGKILL");
    }, 200);
    const killer = setTimeout(() => child.kill("SIGKILL"), RUN_WATCHDOG_MS);
    const [code, signal] = await new Promise<[number | null, string | null]>((resolve) => child.on("exit", (c, s) => resolve([c, s])));
    clearInterval(watch);
    clearTimeout(killer);

    assert.equal(signal, null, `killed by the watchdog: the process ${chartSeen ? `did not exit within ${EXIT_WATCHDOG_MS / 1000} s of writing its chart` : "hung"}\n${out}`);
    assert.equal(code, 0, out);
    assert.equal(out, "wrote overlap.png\n");
    const png = fs.readFileSync(chart);
    assert.equal(png.subarray(1, 4).toString("latin1"), "PNG");
    assert.ok(png.length > 10_000, `overlap.png is only ${png.length} bytes`);
  });
});
