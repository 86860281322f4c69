import { strict as assert } from "node:assert";
import { toCsv } from "../../src/render/csv";

describe("toCsv", () => {
  it("quotes fields with commas, quotes and line breaks, with CRLF line ends (RFC 4180)", () => {
    const csv = toCsv([
      { id: "a", title: 'He said "no", twice', n: 3, ok: true },
      { id: "b", title: "line one\nline two", n: 0.5, ok: false },
    ]);
    assert.equal(csv, 'id,title,n,ok\r\na,"He said ""no"", twice",3,true\r\nb,"line one\nline two",0.5,false\r\n');
  });

  it("takes columns in first-seen order and leaves missing and null cells empty", () => {
    assert.equal(toCsv([{ a: 1 }, { b: 2, a: null }]), "a,b\r\n1,\r\n,2\r\n");
  });

  it("reads a danfo-shaped table (columns + values)", () => {
    assert.equal(toCsv({ columns: ["x", "y"], values: [[1, "p,q"], [2, "r"]] }), 'x,y\r\n1,"p,q"\r\n2,r\r\n');
  });
});
