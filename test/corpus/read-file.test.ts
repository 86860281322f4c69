import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as path from "node:path";
import { CorpusError } from "../../src/corpus/article";
import { MAX_ARTICLE_CHARS } from "../../src/corpus/limits";
import { loadCorpus } from "../../src/corpus/load";
import { MAX_ARTICLE_FILE_BYTES, MAX_RECORD_FILE_BYTES, readRegularFile } from "../../src/corpus/read-file";
import { tempCorpus } from "./support";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin", "newscompare.js");
/** A hang detector, not a speed limit: the CLI is killed after this and the test fails. */
const WATCHDOG_MS = 60_000;
const NOBODY = 65534;

/** Runs the real CLI in a child process (a blocking read would otherwise stall the test runner itself). */
function cli(args: string[], options: { uid?: number } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    timeout: WATCHDOG_MS,
    env: { ...process.env, COLUMNS: "200" },
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {}),
  });
  assert.equal(r.signal, null, `the CLI was killed by the watchdog after ${WATCHDOG_MS / 1000} s: it hung`);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function problemOf(work: () => unknown): string {
  try {
    work();
  } catch (err) {
    assert.ok(err instanceof CorpusError, `expected CorpusError, got ${String(err)}`);
    return `${err.file}: ${err.problem}`;
  }
  return assert.fail("expected an error");
}

describe("only regular files are read", function () {
  this.timeout(2 * WATCHDOG_MS);
  let dir: string;
  let server: net.Server | undefined;

  before(async function () {
    if (process.platform === "win32") this.skip();
    dir = tempCorpus({ "good.txt": "A plain article about a bridge.\n", "_real/inside.txt": "Not an article.\n" });
    const at = (name: string) => path.join(dir, name);
    const fifo = spawnSync("mkfifo", [at("pipe.txt")]);
    assert.equal(fifo.status, 0, "mkfifo failed");
    fs.symlinkSync("/dev/zero", at("zero.txt"));
    fs.symlinkSync(at("_real"), at("x.txt")); // "_" folders are passed over: only the link is seen
    fs.symlinkSync(at("loop.txt"), at("loop.txt"));
    server = net.createServer();
    await new Promise<void>((resolve) => server!.listen(at("sock.txt"), resolve));
  });
  after(() => server?.close());

  const refusals = () => [
    `${path.join(dir, "loop.txt")}: skipped: cannot read: symbolic link loop`,
    `${path.join(dir, "pipe.txt")}: skipped: not a regular file (a named pipe); only regular files are read`,
    `${path.join(dir, "sock.txt")}: skipped: not a regular file (a socket); only regular files are read`,
    `${path.join(dir, "x.txt")}: skipped: not a regular file (a folder); only regular files are read`,
    `${path.join(dir, "zero.txt")}: skipped: not a regular file (a character device); only regular files are read`,
  ];

  it("--skip-bad: a named pipe, a /dev/zero link, a folder link, a socket and a link loop each get one line; the rest loads", () => {
    const r = cli(["corpus", dir, "--skip-bad", "--json"]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout).articles.map((a: { id: string }) => a.id), ["good"]);
    assert.deepEqual(r.stderr.trim().split("\n"), refusals());
  });

  it("without --skip-bad the first of them stops the run with its one line, exit 1", () => {
    const r = cli(["corpus", dir]);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, `${refusals()[0].replace(": skipped:", ":")}\n`);
  });

  it("a named pipe or a /dev/zero link given by name is refused at once", () => {
    for (const name of ["pipe.txt", "zero.txt"]) {
      const r = cli(["corpus", path.join(dir, name)]);
      assert.equal(r.code, 1);
      assert.match(r.stderr, new RegExp(`^${path.join(dir, name).replace(/[.\\/]/g, "\\$&")}: not a regular file \\(a (named pipe|character device)\\)`));
    }
  });
});

describe("reads are bounded", () => {
  it("a single-article file over MAX_ARTICLE_CHARS worth of bytes is refused from its size, before it is read", () => {
    const dir = tempCorpus({});
    const big = path.join(dir, "big.txt");
    fs.writeFileSync(big, "");
    fs.truncateSync(big, MAX_ARTICLE_FILE_BYTES + 1); // sparse: no disk used, nothing to read in time
    assert.equal(MAX_ARTICLE_FILE_BYTES, 3 * MAX_ARTICLE_CHARS);
    assert.equal(
      problemOf(() => loadCorpus(big)),
      `${big}: too large (30 MB): the limit is 30 MB; a .txt file holds one article, of at most 10,000,000 characters`,
    );
  });

  it("a record file over its cap is refused the same way; the cap is documented and above allsides' 110 MB", () => {
    const dir = tempCorpus({});
    const big = path.join(dir, "dump.jsonl");
    fs.writeFileSync(big, "");
    fs.truncateSync(big, MAX_RECORD_FILE_BYTES + 1);
    assert.ok(MAX_RECORD_FILE_BYTES > 115_338_332);
    assert.equal(problemOf(() => loadCorpus(big)), `${big}: too large (256 MB): the limit is 256 MB; split larger collections into several files`);
  });

  it("a file whose size says 0 but which holds more is still cut off at the cap (/proc)", function () {
    if (!fs.existsSync("/proc/self/status")) this.skip();
    assert.equal(fs.statSync("/proc/self/status").size, 0);
    assert.equal(problemOf(() => readRegularFile("/proc/self/status", "status", 16)), "status: too large (over 16 bytes): the limit is 16 bytes");
    assert.match(String(readRegularFile("/proc/self/status", "status", 1_000_000)), /^Name:/);
  });

  it("an article over MAX_ARTICLE_CHARS is refused, skippably, with one line saying the limit", () => {
    const long = "word ".repeat(MAX_ARTICLE_CHARS / 5) + "x";
    const dir = tempCorpus({
      "long.txt": long,
      "records.jsonl": `${JSON.stringify({ id: "short", text: "A short article." })}\n${JSON.stringify({ id: "long", text: long })}\n`,
    });
    const r = loadCorpus(dir, { skipBad: true });
    assert.deepEqual(r.articles.map((a) => a.id), ["short"]);
    assert.deepEqual(r.skipped, [
      { file: path.join(dir, "long.txt"), problem: "article too long (10,000,001 characters): the limit is 10,000,000 characters" },
      { file: path.join(dir, "records.jsonl"), problem: "line 2: article too long (10,000,001 characters): the limit is 10,000,000 characters" },
    ]);
  });
});

describe("an unreadable file is a named, skippable error", function () {
  this.timeout(2 * WATCHDOG_MS);
  it("a file and a sub-folder the user may not read are listed on stderr; the rest loads (run as nobody when root)", function () {
    if (process.platform === "win32") this.skip();
    const dir = tempCorpus({ "good.txt": "A readable article.\n", "secret.txt": "Not for you.\n", "locked/inner.txt": "Nor this.\n" });
    fs.chmodSync(path.join(dir, "secret.txt"), 0o000);
    fs.chmodSync(path.join(dir, "locked"), 0o000);
    fs.chmodSync(dir, 0o755);
    const asRoot = process.getuid?.() === 0;
    try {
      const r = cli(["corpus", dir, "--skip-bad", "--json"], asRoot ? { uid: NOBODY } : {});
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(JSON.parse(r.stdout).articles.map((a: { id: string }) => a.id), ["good"]);
      assert.deepEqual(r.stderr.trim().split("\n"), [
        `${path.join(dir, "locked")}: skipped: cannot list folder: permission denied`,
        `${path.join(dir, "secret.txt")}: skipped: cannot read: permission denied`,
      ]);
      const strict = cli(["corpus", path.join(dir, "secret.txt")], asRoot ? { uid: NOBODY } : {});
      assert.equal(strict.code, 1);
      assert.equal(strict.stderr, `${path.join(dir, "secret.txt")}: cannot read: permission denied\n`);
    } finally {
      fs.chmodSync(path.join(dir, "locked"), 0o755);
    }
  });
});
