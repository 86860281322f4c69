import { strict as assert } from "node:assert";
import { normaliseDate } from "../../src/corpus/dates";

describe("normaliseDate", () => {
  const ok: Array<[unknown, string | null]> = [
    ["2025-02-12", "2025-02-12"],
    [" 2025-02-12 ", "2025-02-12"],
    ["2025-02-12T09:30:00Z", "2025-02-12T09:30:00Z"],
    ["2025-02-12T09:30Z", "2025-02-12T09:30:00Z"],
    ["2025-02-12 09:30:15.250+0100", "2025-02-12T09:30:15.250+01:00"],
    ["2025-02-12T09:30:00-05:00", "2025-02-12T09:30:00-05:00"],
    ["12 February 2025", "2025-02-12"],
    ["February 12, 2025", "2025-02-12"],
    ["Feb. 12, 2025", "2025-02-12"],
    ["Sept. 3, 2024", "2024-09-03"],
    ["Wednesday, 12 February 2025", "2025-02-12"],
    ["Wed, 12 Feb 2025 14:03:00 GMT", "2025-02-12T14:03:00Z"],
    ["February 12, 2025 3:05 pm", "2025-02-12T15:05:00"],
    ["February 12, 2025 12:05 a.m.", "2025-02-12T00:05:00"],
    ["2024-02-29", "2024-02-29"],
    [new Date(Date.UTC(2025, 1, 12)), "2025-02-12"],
    [null, null],
    ["", null],
    ["   ", null],
  ];
  for (const [input, value] of ok) {
    it(`reads ${JSON.stringify(input)} as ${value}`, () => assert.deepEqual(normaliseDate(input), { ok: true, value }));
  }

  const bad: Array<[unknown, string]> = [
    ["yesterday", "unparseable date 'yesterday' (write it as YYYY-MM-DD)"],
    ["0001-11-30", "implausible date '0001-11-30' (year 1)"],
    ["13/45/2020", "invalid date '13/45/2020' (no such day, day or month first)"],
    ["31/02/2024", "invalid date '31/02/2024' (no such day, day or month first)"],
    ["29/02/2023", "invalid date '29/02/2023' (no such day, day or month first)"],
    ["2/3/25", "ambiguous numeric date '2/3/25' (day and month order differ between countries; write it as YYYY-MM-DD, or give the order: --date-order dmy or mdy)"],
    ["2023-02-29", "unparseable date '2023-02-29' (write it as YYYY-MM-DD)"],
    ["2025-13-01", "unparseable date '2025-13-01' (write it as YYYY-MM-DD)"],
    ["2025-02-12T25:00", "unparseable date '2025-02-12T25:00' (write it as YYYY-MM-DD)"],
    ["2025", "unparseable date '2025' (write it as YYYY-MM-DD)"],
    ["12 Febtember 2025", "unparseable date '12 Febtember 2025' (write it as YYYY-MM-DD)"],
    ["February 30, 2025", "unparseable date 'February 30, 2025' (write it as YYYY-MM-DD)"],
    [20250212, "not a date: 20250212"],
  ];
  for (const [input, problem] of bad) {
    it(`refuses ${JSON.stringify(input)}`, () => assert.deepEqual(normaliseDate(input), { ok: false, problem }));
  }

  it("reads numeric dates in the order the caller gives, and still refuses impossible ones", () => {
    assert.deepEqual(normaliseDate("9/16/17", "mdy"), { ok: true, value: "2017-09-16" });
    assert.deepEqual(normaliseDate("2/3/25", "dmy"), { ok: true, value: "2025-03-02" });
    assert.deepEqual(normaliseDate("2/3/25", "mdy"), { ok: true, value: "2025-02-03" });
    assert.deepEqual(normaliseDate("9/16/17", "dmy"), { ok: false, problem: "invalid date '9/16/17' (no such day, day first)" });
    assert.deepEqual(normaliseDate("2025-02-03", "dmy"), { ok: true, value: "2025-02-03" });
  });
});
