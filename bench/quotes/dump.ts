/** Print every quote of a corpus with kind, speaker and cue, for checking by hand: npx tsx bench/quotes/dump.ts [PATH] */
import { loadCorpus } from "../../src/corpus/load";
import { extractQuotes } from "../../src/quotes/extract";

const path = process.argv[2] ?? "data/trump-putin-call";
const { articles } = loadCorpus(path);
for (const a of articles) {
  console.log(`\n=== ${a.id}`);
  for (const q of extractQuotes(a)) {
    const t = q.text.length > 70 ? q.text.slice(0, 67) + "..." : q.text;
    console.log(`${q.kind.padEnd(7)} ${String(q.speaker).padEnd(20)} [${q.attribution ?? "-"}|${q.speakerText ?? ""}|${q.cue ?? ""}|${q.role ?? ""}] ${t}`);
  }
}
