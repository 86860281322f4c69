import { strict as assert } from "node:assert";
import { choosePeriod, panelPeriods, periodKey, periodLabel, periodsSpanned, periodsUsed } from "../../src/charts/periods";

describe("charts/periods", () => {
  it("keys a day by the first day of its period: Monday of its week, 1st of its month, quarter, year", () => {
    assert.deepEqual(["day", "week", "month", "quarter", "year"].map((p) => periodKey("2025-02-16T23:00:00Z", p as never)), ["2025-02-16", "2025-02-10", "2025-02-01", "2025-01-01", "2025-01-01"]);
    assert.equal(periodKey("2025-02-17", "week"), "2025-02-17");
    assert.equal(periodKey("2024-12-31", "week"), "2024-12-30");
    assert.equal(periodKey("2025-11-30", "quarter"), "2025-10-01");
  });

  it("labels a period for a reader (an ISO day alone reads as a code)", () => {
    assert.deepEqual([periodLabel("2025-02-03", "day"), periodLabel("2025-02-03", "week"), periodLabel("2025-02-01", "month"), periodLabel("2025-10-01", "quarter"), periodLabel("2025-01-01", "year")], ["3 Feb 2025", "week of 3 Feb 2025", "Feb 2025", "2025 Q4", "2025"]);
  });

  it("counts periods used and spanned, and picks the finest that fits", () => {
    const days = ["2012-05-26", "2012-05-31", "2020-07-21"];
    assert.deepEqual([periodsUsed(days, "day"), periodsUsed(days, "month"), periodsUsed(days, "year")], [3, 2, 2]);
    assert.deepEqual([periodsSpanned(days, "month"), periodsSpanned(days, "quarter"), periodsSpanned(days, "year")], [99, 34, 9]);
    assert.equal(choosePeriod(days, 120, "spanned"), "month");
    assert.equal(choosePeriod(days, 12, "spanned"), "year");
    assert.equal(choosePeriod(days, 3, "used"), "day");
    assert.equal(choosePeriod(["1900-01-01", "2020-01-01"], 12, "spanned"), "year");
  });

  it("panels over time: days when they fit, the busiest days when they hold half the articles, else a coarser period", () => {
    assert.deepEqual(panelPeriods(["2025-01-25", "2025-01-25", "2025-02-08"], 12), { period: "day", busiest: false, reason: "One panel per publication day (2 days)." });
    // three busy days hold 9 of 12 articles
    const busy = [..."aaa".split("").map(() => "2025-01-01"), ..."bbb".split("").map(() => "2025-02-01"), ..."ccc".split("").map(() => "2025-03-01"), "2025-04-01", "2025-05-01", "2025-06-01"];
    const b = panelPeriods(busy, 3);
    assert.deepEqual([b.period, b.busiest], ["day", true]);
    assert.equal(b.reason, "The articles span 6 publication days, more than the 3 panels a chart holds: only the 3 days with the most words get a panel (the 3 busiest days hold 75% of the dated articles).");
    const spread = Array.from({ length: 40 }, (_, i) => new Date(Date.UTC(2020, 0, 1 + i * 20)).toISOString().slice(0, 10));
    const s = panelPeriods(spread, 12);
    assert.deepEqual([s.period, s.busiest], ["quarter", false]);
    assert.equal(s.reason, "The articles span 40 publication days, more than the 12 panels a chart holds, so they are taken together per quarter (9 quarters).");
  });
});
