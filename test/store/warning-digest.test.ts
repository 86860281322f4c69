import { strict as assert } from "node:assert";
import { warningDigest, warningKind } from "../../src/store/warning-digest";

describe("warningDigest (src/store/warning-digest.ts)", () => {
  it("a kind is the warning without its line number and quoted values; the field's name stays", () => {
    assert.equal(warningKind("line 7: field 'date': ambiguous numeric date '9/16/17' (give --date-order); loaded with no date"), "field 'date': ambiguous numeric date '…' (give --date-order); loaded with no date");
    assert.equal(warningKind("duplicate id 'a1'; the first record with it is kept"), "duplicate id '…'; the first record with it is kept");
    // a CSV row, a JSON array's record; values that are numbers
    assert.equal(warningKind("row 12: field 'date': not a date: 20170916"), "field 'date': not a date: …");
    assert.equal(warningKind("record 3: field 'published': implausible date '0001-11-30' (year 1)"), "field 'published': implausible date '…' (year …)");
    // not a line prefix in the middle, not a field without its colon
    assert.equal(warningKind("field 'x' is odd at line 3: 'y'"), "field '…' is odd at line …: '…'");
  });

  it("prints the first `shown` of each kind per file, then one line per kind with the rest counted", () => {
    const out: string[] = [];
    const d = warningDigest((l) => out.push(l), 2);
    for (let i = 1; i <= 5; i++) d.warn("a.jsonl", `line ${i}: field 'date': bad '${i}'`);
    d.warn("b.jsonl", "line 1: field 'date': bad 'x'");
    d.warn("a.jsonl", "line 9: field 'title': bad 'z'");
    d.finish();
    assert.deepEqual(out, [
      "a.jsonl: warning: line 1: field 'date': bad '1'",
      "a.jsonl: warning: line 2: field 'date': bad '2'",
      "b.jsonl: warning: line 1: field 'date': bad 'x'",
      "a.jsonl: warning: line 9: field 'title': bad 'z'",
      "a.jsonl: warning: 3 more with the same warning: field 'date': bad '…'",
    ]);
  });

  it("no closing line when nothing was held back", () => {
    const out: string[] = [];
    const d = warningDigest((l) => out.push(l));
    d.warn("a.jsonl", "line 1: field 'date': bad '1'");
    d.finish();
    assert.equal(out.length, 1);
  });
});
