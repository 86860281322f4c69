import { strict as assert } from "node:assert";
import { clipLine, clippedIO, outputWidth, wrapHelp, HELP_WIDTH } from "../../src/cli/width";
import { commands } from "../../src/cli/commands";

describe("output width", () => {
  it("follows COLUMNS, else the terminal; a pipe or file is never cut", () => {
    assert.equal(outputWidth({ COLUMNS: "100" }, { isTTY: false }), 100);
    assert.equal(outputWidth({}, { isTTY: true, columns: 132 }), 132);
    assert.equal(outputWidth({}, { isTTY: false, columns: 132 }), null);
    assert.equal(outputWidth({ COLUMNS: "abc" }, { isTTY: false }), null);
  });

  it("cuts long lines with an ellipsis, counting characters not bytes", () => {
    assert.equal(clipLine("“Café” is fine", 14), "“Café” is fine");
    assert.equal(clipLine("“Café” is too long", 10), "“Café” is…");
  });

  it("clips each line of what a command prints", () => {
    let out = "";
    const io = clippedIO({ stdout: (t) => void (out += t), stderr: () => {}, isTTY: false }, 8);
    io.stdout("short\na line that is long\n");
    assert.equal(out, "short\na line …\n");
  });

  it("reflows help prose and keeps option descriptions under their column", () => {
    const help = "usage: x [--a]\n\nOne two three four\nfive six.\n\n  --a N    alpha beta gamma delta\n           epsilon\n  --b      short";
    assert.equal(wrapHelp(help, 26), "usage: x [--a]\n\nOne two three four five\nsix.\n\n  --a N    alpha beta\n           gamma delta\n           epsilon\n  --b      short");
  });

  it("fits every command's help in 100 columns", async () => {
    for (const load of Object.values(commands)) {
      const usage = (await load()).usage;
      const long = wrapHelp(usage, HELP_WIDTH).split("\n").filter((l) => [...l].length > HELP_WIDTH);
      assert.deepEqual(long, []);
      // nothing lost: the same words in the same order
      assert.deepEqual(wrapHelp(usage, HELP_WIDTH).split(/\s+/), usage.split(/\s+/));
    }
  });
});
