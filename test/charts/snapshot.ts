import * as fs from "node:fs";
import * as path from "node:path";
import { strict as assert } from "node:assert";

const DIR = path.join(__dirname, "__snapshots__");

/**
 * Compare a figure with its committed snapshot (test/charts/__snapshots__/<name>.json), the way
 * Observable Plot tests its marks: a change to a chart shows up as a diff to review. A missing
 * snapshot is written (and the test passes) locally, but FAILS under CI=true so a forgotten file
 * cannot make CI green. UPDATE_SNAPSHOTS=1 rewrites them.
 */
export function matchSnapshot(name: string, value: unknown): void {
  const file = path.join(DIR, `${name}.json`);
  const actual = `${JSON.stringify(value, null, 2)}\n`;
  const exists = fs.existsSync(file);
  if (!exists && process.env.CI === "true") assert.fail(`snapshot ${path.relative(process.cwd(), file)} is missing (run the tests locally to write it, review it, commit it)`);
  if (!exists || process.env.UPDATE_SNAPSHOTS === "1") {
    fs.mkdirSync(DIR, { recursive: true });
    fs.writeFileSync(file, actual);
    return;
  }
  assert.deepStrictEqual(JSON.parse(actual), JSON.parse(fs.readFileSync(file, "utf8")), `figure differs from snapshot ${name}.json (UPDATE_SNAPSHOTS=1 to accept)`);
}
