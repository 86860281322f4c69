import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { matchSnapshot } from "./snapshot";

describe("matchSnapshot", () => {
  const saved = { ci: process.env.CI, update: process.env.UPDATE_SNAPSHOTS };
  afterEach(() => {
    for (const [key, value] of [["CI", saved.ci], ["UPDATE_SNAPSHOTS", saved.update]] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it("fails under CI=true when the snapshot is missing, writing nothing", () => {
    process.env.CI = "true";
    delete process.env.UPDATE_SNAPSHOTS;
    assert.throws(() => matchSnapshot("no-such-chart", { data: [] }), /snapshot .*no-such-chart\.json is missing/);
    assert.ok(!fs.existsSync(path.join(__dirname, "__snapshots__", "no-such-chart.json")));
  });

  it("fails when the figure differs from its snapshot", () => {
    delete process.env.UPDATE_SNAPSHOTS;
    const committed = JSON.parse(fs.readFileSync(path.join(__dirname, "__snapshots__", "article-lengths.json"), "utf8"));
    committed.layout.bargap = 0.5;
    assert.throws(() => matchSnapshot("article-lengths", committed), /figure differs from snapshot article-lengths\.json/);
  });
});
