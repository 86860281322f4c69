import { labelled } from "./labelled-section";
import { strict as assert } from "node:assert";
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildReport } from "../../src/report/build";
import { indexVersion, type PublishStep } from "../../src/report/write";
import { requireChrome } from "../render/browser-available";

const ROOT = path.resolve(__dirname, "../..");
const STORY = path.join(ROOT, "data/trump-putin-call");

/** What index.html shows: the label in its version's results.json, after checking every file it links to is there. */
function shownByIndex(out: string): string {
  const html = fs.readFileSync(path.join(out, "index.html"), "utf8");
  const version = indexVersion(out)!;
  const links = [...html.matchAll(/(?:href|src)="([^"#][^"]*)"/g)].map((m) => decodeURIComponent(m[1]));
  assert.ok(links.length >= 5, `${links.length} links`);
  for (const link of links) {
    assert.ok(link.startsWith(`${version}/`), `${link} points outside the version folder`);
    assert.ok(fs.existsSync(path.join(out, link)), `index.html links to a missing ${link}`);
  }
  return JSON.parse(fs.readFileSync(path.join(out, version, "results.json"), "utf8")).label.label;
}

/** What the stable names show: results.json's label, which charts/ and tables/ must agree with. */
function shownByStableNames(out: string): string {
  const label = JSON.parse(fs.readFileSync(path.join(out, "results.json"), "utf8")).label.label;
  assert.ok(fs.readFileSync(path.join(out, "charts", "label.html"), "utf8").includes(`"x":["${label}"]`));
  assert.equal(fs.readFileSync(path.join(out, "tables", "label.csv"), "utf8"), `label\r\n${label}\r\n`);
  return label;
}

describe("a report run killed with SIGKILL", function () {
  this.timeout(120_000);
  let root: string;
  let out: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "nc-kill-"));
    out = path.join(root, "story");
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  // Where a kill lands, what index.html and the stable names (charts/, tables/, results.json) show.
  const cases: Array<[PublishStep, string, string]> = [
    ["version-written", "old", "old"],
    ["index-swapped", "new", "old"],
    ["current-swapped", "new", "new"],
    ["links-made", "new", "new"],
  ];
  for (const [step, index, stable] of cases) {
    it(`at '${step}' leaves a whole report (index.html: ${index}, stable names: ${stable}); the next run cleans up`, async () => {
      await buildReport({ paths: STORY, out, formats: ["html"], sections: [labelled("old")] });
      fs.writeFileSync(path.join(out, "my-notes.txt"), "mine");
      const child = spawnSync(process.execPath, ["-r", "tsx/cjs", path.join(__dirname, "kill-child.ts"), out, "new", step], { cwd: ROOT, encoding: "utf8" });
      assert.equal(child.signal, "SIGKILL", child.stderr);
      assert.equal(shownByIndex(out), index);
      assert.equal(shownByStableNames(out), stable);
      assert.equal(fs.readFileSync(path.join(out, "my-notes.txt"), "utf8"), "mine");

      const next = await buildReport({ paths: STORY, out, formats: ["html"], sections: [labelled("next")] });
      assert.equal(shownByIndex(out), "next");
      assert.equal(shownByStableNames(out), "next");
      assert.deepEqual(fs.readdirSync(out).sort(), [".current", "charts", "index.html", "my-notes.txt", path.basename(next.files), "results.json", "tables"]);
      assert.deepEqual(fs.readdirSync(root), ["story"]);
    });
  }
});

/** Every live (not zombie) process among `pids`. */
function alive(pids: number[]): number[] {
  return pids.filter((pid) => {
    try {
      return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
    } catch {
      return false;
    }
  });
}

/** Processes whose environment holds `tag`: what a run started, even those that left its process tree. */
function tagged(tag: string): number[] {
  return fs.readdirSync("/proc").filter((name) => {
    if (!/^\d+$/.test(name)) return false;
    try {
      return fs.readFileSync(`/proc/${name}/environ`, "latin1").includes(tag);
    } catch {
      return false;
    }
  }).map(Number);
}

/** Processes whose parent is `pid`, and theirs, from /proc. */
function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const ppid = Number(fs.readFileSync(`/proc/${name}/stat`, "utf8").replace(/^.*\) /s, "").split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // gone meanwhile
    }
  }
  const all: number[] = [];
  const walk = (p: number): void => (children.get(p) ?? []).forEach((c) => (all.push(c), walk(c)));
  walk(pid);
  return all;
}

describe("Chromium of a report run killed with SIGKILL", function () {
  this.timeout(180_000);
  before(function () {
    if (process.platform !== "linux") this.skip(); // reads /proc
    requireChrome(this);
  });

  it("exits with it: no Chromium process is left once node is gone", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "nc-kill-chromium-"));
    try {
      // Chromium inherits the environment: the tag finds its processes that leave the tree (a crash reporter).
      const tag = `NEWSCOMPARE_KILL_TEST=${process.pid}-${Date.now()}`;
      const env = { ...process.env, NEWSCOMPARE_KILL_TEST: tag.split("=")[1] };
      const child = spawn(process.execPath, [path.join(ROOT, "bin/newscompare.js"), "report", STORY, "--out", path.join(root, "r"), "--formats", "png"], { cwd: ROOT, env, stdio: ["ignore", "ignore", "pipe"] });
      // Wait until the PNG export is under way (Chromium launched and drawing), then kill -9.
      let seen: number[] = [];
      await new Promise<void>((resolve, reject) => {
        let err = "";
        child.stderr.on("data", (d) => {
          err += d;
          const drawing = (err.match(/charts\/[\w-]+\.png/g) ?? []).length >= 2;
          if (!drawing) return;
          seen = [...new Set([...descendants(child.pid!), ...tagged(tag)])].filter((pid) => pid !== child.pid);
          child.kill("SIGKILL");
          resolve();
        });
        child.on("exit", () => reject(new Error(`the report ended before it was killed: ${err}`)));
      });
      const chromium = seen.filter((pid) => {
        try {
          return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("chrom");
        } catch {
          return false;
        }
      });
      assert.ok(chromium.length >= 3, `Chromium's processes while drawing: ${chromium.length}`);
      // Not a speed check: a generous watchdog for processes that must go.
      const deadline = Date.now() + 30_000;
      while (alive(chromium).length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      assert.deepEqual(alive(chromium), [], "Chromium processes outlived the killed report");
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
