import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { parseFormats } from "../../src/cli/commands/report";

function io() {
  const out = { stdout: "", stderr: "" };
  return { out, io: { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t), isTTY: false } };
}

describe("newscompare report (command line)", () => {
  it("reads --formats, refusing unknown ones with exit 2", async () => {
    assert.deepEqual(parseFormats(undefined), ["html", "png", "svg"]);
    assert.deepEqual(parseFormats("SVG, html,svg"), ["svg", "html"]);
    const { out, io: cio } = io();
    assert.equal(await main(["report", "--formats", "html,gif"], cio), 2);
    assert.equal(out.stderr, "newscompare report: --formats: unknown format 'gif' (known: html, png, svg)\n");
    assert.equal(out.stdout, "");
  });

  it("refuses a malformed --published date and --json with exit 2", async () => {
    const a = io();
    assert.equal(await main(["report", "--published", "2025-02-30"], a.io), 2);
    assert.equal(a.out.stderr, "newscompare report: --published wants a date as YYYY-MM-DD, got '2025-02-30'\n");
    const b = io();
    assert.equal(await main(["report", "--json"], b.io), 2);
  });

  it("exits 1 naming the path when the corpus cannot be read, writing nothing", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "nc-cli-"));
    try {
      const { out, io: cio } = io();
      const code = await main(["report", path.join(root, "missing"), "--out", path.join(root, "out"), "--formats", "html"], cio);
      assert.equal(code, 1);
      assert.ok(out.stderr.includes(path.join(root, "missing")), out.stderr);
      assert.deepEqual(fs.readdirSync(root), []);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it("refuses with exit 1 and one line a folder whose only file is bad (--skip-bad), keeping the report there", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "nc-cli-"));
    try {
      const target = path.join(root, "r");
      assert.equal(await main(["report", path.resolve(__dirname, "../../data/trump-putin-call"), "--out", target, "--formats", "html"], io().io), 0);
      const before = fs.readFileSync(path.join(target, "index.html"), "utf8");
      const listing = fs.readdirSync(target).sort();
      const bad = path.join(root, "bad");
      fs.mkdirSync(bad);
      fs.writeFileSync(path.join(bad, "only.json"), "[1, 2");
      const { out, io: cio } = io();
      assert.equal(await main(["report", bad, "--skip-bad", "--out", target, "--formats", "html"], cio), 1);
      const [progress, error, ...rest] = out.stderr.split("\n");
      assert.equal(progress, `report: loading ${bad}`);
      assert.match(error, new RegExp(`^${bad}: no article could be loaded, so no report was written \\(an existing one is kept\\): 1 skipped, the first ${path.join(bad, "only.json")}: .+$`));
      assert.deepEqual(rest, [""]);
      assert.equal(out.stdout, "");
      assert.equal(fs.readFileSync(path.join(target, "index.html"), "utf8"), before);
      assert.deepEqual(fs.readdirSync(target).sort(), listing);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it("writes the report and prints the path of index.html on stdout", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "nc-cli-"));
    try {
      const { out, io: cio } = io();
      const target = path.join(root, "r");
      assert.equal(await main(["report", path.resolve(__dirname, "../../data/trump-putin-call"), "--out", target, "--formats", "html"], cio), 0);
      assert.equal(out.stdout, `${path.join(target, "index.html")}\n`);
      assert.match(out.stderr, /^report: loading .*\nreport: 5 articles, \d+ charts, \d+ tables in [\d.]+ s\n$/s);
      assert.ok(fs.existsSync(path.join(target, "results.json")));
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
