import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { beginReport, cleanStale, CURRENT_LINK, discardReport, indexVersion, publishReport, VERSION_MARKER, VERSION_META } from "../../src/report/write";

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

/** A version folder with a known results.json and chart, and the index.html that publishes it. */
function stage(out: string, label: string): { version: string; html: string } {
  const version = beginReport(out);
  write(path.join(version, "results.json"), `{"label":"${label}"}`);
  write(path.join(version, "charts", `${label}.png`), label);
  write(path.join(version, "tables", "t.csv"), label);
  const name = path.basename(version);
  return { version, html: `<!doctype html><meta name="${VERSION_META}" content="${name}"><a href="${name}/charts/${label}.png">${label}</a>` };
}

/** A pid that belonged to a process that has exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ["-e", ""]).pid!;
}

const sorted = (dir: string) => fs.readdirSync(dir).sort();

describe("publishing a report (write.ts)", () => {
  let root: string;
  let out: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "nc-write-"));
    out = path.join(root, "story");
    write(path.join(out, "my-notes.txt"), "mine");
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it("publishes a version by swapping index.html, with stable names through .current, keeping the user's files", () => {
    const { version, html } = stage(out, "first");
    const name = path.basename(version);
    assert.deepEqual(sorted(out), ["my-notes.txt", name], "before publishing only the version folder is new");
    const umask = process.umask();
    assert.equal(fs.statSync(version).mode & 0o777, 0o777 & ~umask, "readable like any folder the user makes, not owner-only");
    publishReport(out, version, html);
    assert.deepEqual(sorted(out), [".current", "charts", "index.html", "my-notes.txt", name, "results.json", "tables"]);
    assert.equal(fs.readFileSync(path.join(out, "index.html"), "utf8"), html);
    assert.ok(fs.lstatSync(path.join(out, "index.html")).isFile(), "index.html is a plain file (opens on every system)");
    assert.equal(indexVersion(out), name);
    assert.equal(fs.readlinkSync(path.join(out, CURRENT_LINK)), name);
    assert.equal(fs.readFileSync(path.join(out, "results.json"), "utf8"), '{"label":"first"}');
    assert.deepEqual(fs.readdirSync(path.join(out, "charts")), ["first.png"]);
    assert.equal(fs.readFileSync(path.join(out, "my-notes.txt"), "utf8"), "mine");
    assert.deepEqual(sorted(root), ["story"]);
  });

  it("replaces the previous version and deletes it", () => {
    const first = stage(out, "first");
    publishReport(out, first.version, first.html);
    const second = stage(out, "second");
    publishReport(out, second.version, second.html);
    assert.deepEqual(sorted(out), [".current", "charts", "index.html", "my-notes.txt", path.basename(second.version), "results.json", "tables"]);
    assert.equal(fs.readFileSync(path.join(out, "results.json"), "utf8"), '{"label":"second"}');
    assert.deepEqual(fs.readdirSync(path.join(out, "charts")), ["second.png"]);
  });

  it("moves a report of the layout before versions over, and removes its staging folders", () => {
    write(path.join(out, "index.html"), "old index");
    write(path.join(out, "charts", "stale.png"), "old chart");
    write(path.join(out, "assets", "plotly.min.js"), "old plotly");
    write(path.join(out, "results.json"), "{}");
    fs.mkdirSync(path.join(root, ".story.new-Ab12Cd"));
    fs.mkdirSync(path.join(root, ".story.old-Ef34Gh"));
    fs.mkdirSync(path.join(root, ".other.new-Ab12Cd")); // another report's: not ours to clean
    const { version, html } = stage(out, "new");
    assert.equal(fs.readFileSync(path.join(out, "index.html"), "utf8"), "old index", "the old report stands until the swap");
    publishReport(out, version, html);
    assert.deepEqual(sorted(out), [".current", "charts", "index.html", "my-notes.txt", path.basename(version), "results.json", "tables"]);
    assert.deepEqual(fs.readdirSync(path.join(out, "charts")), ["new.png"]);
    assert.deepEqual(sorted(root), [".other.new-Ab12Cd", "story"]);
  });

  it("cleans what killed runs left, never a live run's version, a referenced one or a folder it did not make", () => {
    const published = stage(out, "published");
    publishReport(out, published.version, published.html);
    const dead = deadPid();
    const unfinished = path.join(out, `report-${dead}-Zz9Yy8`);
    write(path.join(unfinished, VERSION_MARKER), "");
    write(path.join(unfinished, "charts", "half.png"), "half");
    fs.mkdirSync(path.join(out, `report-${dead}-Xx7Ww6`)); // killed before its marker was written
    const live = path.join(out, `report-${process.ppid}-Vv5Uu4`); // a run still going (our parent is alive)
    write(path.join(live, VERSION_MARKER), "");
    const users = path.join(out, "report-2024-final1"); // a user's own folder that happens to match the pattern
    write(path.join(users, "draft.docx"), "mine");
    write(path.join(out, `.index.html.${dead}.k3j4h5.tmp`), "half-written index");
    write(path.join(out, `..current.${dead}.k3j4h5.tmp`), "");
    const removed = cleanStale(out).sort();
    assert.deepEqual(removed, [`..current.${dead}.k3j4h5.tmp`, `.index.html.${dead}.k3j4h5.tmp`, `report-${dead}-Xx7Ww6`, `report-${dead}-Zz9Yy8`]);
    assert.deepEqual(sorted(out), [".current", "charts", "index.html", "my-notes.txt", path.basename(published.version), `report-${process.ppid}-Vv5Uu4`, "report-2024-final1", "results.json", "tables"].sort());
  });

  it("keeps both versions a kill between the two renames leaves pointed to", () => {
    const old = stage(out, "old");
    publishReport(out, old.version, old.html);
    const next = stage(out, "next");
    const stopped = new Error("killed here");
    assert.throws(() => publishReport(out, next.version, next.html, (step) => { if (step === "index-swapped") throw stopped; }), /killed here/);
    // index.html shows the new version, the stable names still the old one: each whole
    assert.equal(indexVersion(out), path.basename(next.version));
    assert.equal(fs.readFileSync(path.join(out, "results.json"), "utf8"), '{"label":"old"}');
    assert.deepEqual(cleanStale(out), []);
  });

  it("refuses to publish a folder that is not one of its versions, or a page that does not name it", () => {
    const { version, html } = stage(out, "x");
    assert.throws(() => publishReport(out, path.join(root, "elsewhere"), html), /is not a version folder/);
    assert.throws(() => publishReport(out, version, "<!doctype html>"), /does not name its version folder/);
    discardReport(version);
    assert.deepEqual(sorted(out), ["my-notes.txt"]);
  });
});
