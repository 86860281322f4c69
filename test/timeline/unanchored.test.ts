import { strict as assert } from "node:assert";
import type { Article } from "../../src/corpus/article";
import { extractMentions } from "../../src/timeline/extract";
import { unanchoredValue } from "../../src/timeline/unanchored";
import { runCli } from "../support/cli";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

function undated(text: string): Article {
  return { id: "u", file: "u.txt", title: null, outlet: "unknown", published: null, publishedEstimated: false, language: "en", raw: text, text, removed: [], encoding: "utf-8", meta: {} };
}

describe("timeline without a reference date", () => {
  it("leaves values that depend on the reference unanchored, keeps the others", () => {
    const text = "Leaders met on Monday in Geneva. They met last June and in June 2021, and again last week, for three years.";
    const found = extractMentions(undated(text)).map((m) => [m.text, m.value, m.resolvedStart ?? null]);
    assert.deepEqual(found, [
      ["Monday", "XXXX-WXX-1", null],
      ["last June", "XXXX-06", null],
      ["June 2021", "2021-06", "2021-06-01"],
      ["last week", "XXXX-WXX", null],
      ["three years", "P3Y", null],
    ]);
  });

  it("counts from the latest full date the text states when there is one", () => {
    // 3 March 2019 was a Sunday: "Friday" is the one before it, as for any news reference date
    const found = extractMentions(undated("The treaty was signed on March 3, 2019. Talks had ended on Friday."));
    assert.equal(found.find((m) => m.text === "Friday")?.value, "2019-03-01");
  });

  it("merges two values component by component", () => {
    assert.equal(unanchoredValue("2000-W24", "2011-W10", "last week"), "XXXX-WXX");
    assert.equal(unanchoredValue("2000-Q2", "2011-Q1", "this quarter"), "XXXX-QX");
    assert.equal(unanchoredValue("2000-06-16", "2011-03-11", "Friday"), "XXXX-WXX-5");
    assert.equal(unanchoredValue("2000-06-14T10:30", "2011-03-07T10:30", "yesterday at 10:30"), "XXXX-XX-XXT10:30");
  });

  it("the command says, in one line per file, that it had no date to count from", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nc-undated-"));
    const file = path.join(dir, "note.txt");
    fs.writeFileSync(file, "Leaders met on Monday in Geneva.\n");
    const r = await runCli("timeline", file, "--json");
    assert.equal(r.code, 0);
    assert.equal(r.stderr, `${file}: no publication date to count from; relative dates are left unanchored (XXXX-…): give one with --published YYYY-MM-DD\n`);
    assert.equal(JSON.parse(r.stdout).mentions[0].value, "XXXX-WXX-1");
  });
});
