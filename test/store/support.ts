import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const SHARED_CORPORA = path.resolve(__dirname, "../../..", "shared/corpora");

/** A fresh empty folder for a store (or for input files). */
export function tempDir(prefix = "newscompare-store-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A JSONL collection of `n` short articles the test writes itself: three outlets, two months. */
export function writeCollection(dir: string, n: number, name = "c.jsonl"): string {
  const outlets = ["Daily Example", "Weekly Sample", "Evening Test"];
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const outlet = outlets[i % 3];
    const month = i % 2 === 0 ? "03" : "04";
    const text = `Council member ${i} said on Monday that the ${outlet.split(" ")[0].toLowerCase()} budget for harbour number ${i} would be debated.\n\n` +
      `"We will vote on the plan by March 3, 2021," Mayor Jane Doe said. The ${i % 3 === 0 ? "bridge" : "tunnel"} closure lasted ${i % 5 + 2} weeks.`;
    lines.push(JSON.stringify({ id: `a${i}`, title: `Story ${i}`, outlet, date: `2021-${month}-${String((i % 27) + 1).padStart(2, "0")}`, text }));
  }
  const file = path.join(dir, name);
  fs.writeFileSync(file, lines.join("\n") + "\n");
  return file;
}
