/**
 * Hand-check aid for basil-dev: prints every quote of the chosen articles with the words around it,
 * its kind, speaker and cue, so a person can mark each right or wrong.
 * npx tsx bench/quotes/basil-check.ts [FILE...]   (default: the ten files listed below)
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { loadCorpus } from "../../src/corpus/load";
import { extractQuotes } from "../../src/quotes/extract";

const BASIL = path.resolve(__dirname, "../../..", "shared/corpora/stories/basil-dev");
/** The ten articles checked by hand (three events × three outlets, plus one). */
export const CHECKED = [
  "2010/2b95d2cf-e979-4f9c-ae27-9a5370934f23_1.json",
  "2010/2b95d2cf-e979-4f9c-ae27-9a5370934f23_2.json",
  "2010/2b95d2cf-e979-4f9c-ae27-9a5370934f23_3.json",
  "2011/005a2961-0c2e-4575-8eec-770ba52a08e0_1.json",
  "2011/005a2961-0c2e-4575-8eec-770ba52a08e0_2.json",
  "2011/005a2961-0c2e-4575-8eec-770ba52a08e0_3.json",
  "2012/08bb9bee-c167-4c17-9c6d-4a1259231eb7_1.json",
  "2012/08bb9bee-c167-4c17-9c6d-4a1259231eb7_2.json",
  "2012/08bb9bee-c167-4c17-9c6d-4a1259231eb7_3.json",
  "2010/38f7cbb7-5d6a-4c89-bcbd-8e164144172a_1.json",
];

if (!fs.existsSync(BASIL)) {
  console.log(`basil-dev not found at ${BASIL}: skipped`);
  process.exit(0);
}
const files = process.argv.length > 2 ? process.argv.slice(2) : CHECKED.map((f) => path.join(BASIL, f));
for (const file of files) {
  const { articles } = loadCorpus(file);
  for (const a of articles) {
    const quotes = extractQuotes(a);
    console.log(`\n=== ${path.relative(BASIL, file)} (${a.outlet}) ${quotes.length} quotes`);
    quotes.forEach((q, i) => {
      const before = a.text.slice(Math.max(0, q.markStart - 70), q.markStart).replace(/\s+/g, " ");
      const after = a.text.slice(q.markEnd, q.markEnd + 50).replace(/\s+/g, " ");
      const t = q.text.length > 60 ? `${q.text.slice(0, 28)} … ${q.text.slice(-28)}` : q.text;
      console.log(`${String(i + 1).padStart(2)} ${q.kind.padEnd(7)} ${String(q.speaker).padEnd(22)} cue=${q.cue ?? "-"} (${q.attribution ?? "-"})`);
      console.log(`     …${before}[${t}]${after}…`);
    });
  }
}
