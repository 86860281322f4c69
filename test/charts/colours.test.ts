import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";

const CHARTS = path.resolve(__dirname, "../../src/charts");
/** a colour written out: #rgb, #rrggbb (#rrggbbaa), rgb(…), rgba(…), hsl(…) */
const COLOUR = /#[0-9a-fA-F]{3,8}\b|\b(?:rgba?|hsla?)\(/;

describe("chart colours have one owner (theme.ts)", () => {
  it("the pattern finds each way of writing a colour (so the scan can fail)", () => {
    for (const line of ['color: "#0072B2"', 'gridcolor: "#eee"', 'fillcolor: "rgba(0,0,0,0)"', "border:1px solid #ddd", 'color: "hsl(0, 0%, 50%)"']) assert.match(line, COLOUR, line);
    assert.doesNotMatch('text: "#1 outlet"', COLOUR);
  });

  it("no chart module but theme.ts writes one", () => {
    const found = fs
      .readdirSync(CHARTS)
      .filter((f) => f.endsWith(".ts") && f !== "theme.ts")
      .flatMap((f) => fs.readFileSync(path.join(CHARTS, f), "utf8").split("\n").flatMap((line, i) => (COLOUR.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : [])));
    assert.deepEqual(found, []);
  });
});
