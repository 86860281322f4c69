import { strict as assert } from "node:assert";
import { clipLine, clippedIO, outputWidth } from "../../src/cli/width";

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
});
