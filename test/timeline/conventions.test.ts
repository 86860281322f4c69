import { strict as assert } from "node:assert";
import { found } from "./helpers";

// TempEval-3 (TimeML) conventions followed where the gold of most documents agrees.
// Reference: Saturday 25 January 2025 unless stated.
describe("timeline: TimeML conventions for days", () => {
  it("gives a weekday with morning or night the day itself, with evening or a clock word the time", () => {
    assert.deepEqual(found("Protesters rallied Friday night and again Thursday morning."), ["Friday night=2025-01-24", "Thursday morning=2025-01-23"]);
    assert.deepEqual(found("Talks broke off Friday evening, resumed at noon Thursday."), ["Friday evening=2025-01-24TEV", "noon Thursday=2025-01-23T12:00"]);
    assert.deepEqual(found("Talks broke off Friday."), ["Friday=2025-01-24"]);
  });
  it("reads a deadline moved until a weekday forward, even after a clock time", () => {
    assert.deepEqual(found("The agency extended its deadline until 9 a.m. Tuesday."), ["9 a.m. Tuesday=2025-01-28T09:00"]);
    assert.deepEqual(found("The agency postponed any action until Tuesday morning."), ["Tuesday morning=2025-01-28"]);
    assert.deepEqual(found("He stayed there until Tuesday."), ["Tuesday=2025-01-21"]);
  });
  it("does not read a past plan or 'next to' as pointing forward", () => {
    assert.deepEqual(found("The offer had been due to expire Friday."), ["Friday=2025-01-24"]);
    assert.deepEqual(found("Bombs exploded next to the embassies on Friday."), ["Friday=2025-01-24"]);
    assert.deepEqual(found("The offer is due to expire Friday."), ["Friday=2025-01-31"]);
  });
});
