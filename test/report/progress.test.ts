import { strict as assert } from "node:assert";
import { createProgress } from "../../src/report/progress";

describe("createProgress", () => {
  it("writes one plain line per step when stderr is not a terminal", () => {
    let err = "";
    const p = createProgress({ stderr: (t) => (err += t), isTTY: false });
    p.setTotal(2);
    p.step("loading");
    p.note("a warning");
    p.step("writing");
    p.done();
    assert.equal(err, "report: loading\nreport: a warning\nreport: writing\n");
  });

  it("redraws one line with a bar on a terminal and clears it at the end", () => {
    let err = "";
    const p = createProgress({ stderr: (t) => (err += t), isTTY: true });
    p.setTotal(4);
    p.step("loading");
    p.step("tokenising");
    p.done();
    assert.equal(
      err,
      "\r\x1b[2Kreport [######------------------] 1/4 loading" + "\r\x1b[2Kreport [############------------] 2/4 tokenising" + "\r\x1b[2K",
    );
    assert.ok(!err.includes("\n"));
  });
});
