/**
 * Scores the timeline extractor on the TempEval-3 training data (TimeBank + AQUAINT, TBAQ-cleaned):
 * relaxed span F1, strict span F1 and value F1, overall and by gold type, beside raw chrono-node
 * (`chrono.casual.parse`, naively mapped to TIMEX3) in the same run as an anchor.
 *
 *   npx tsx bench/timeline/tempeval.ts [--errors FILE]
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as chrono from "chrono-node";
import type { Article } from "../../src/corpus/article";
import { extractMentions, chronoReference } from "../../src/timeline/extract";
import { parseDay } from "../../src/timeline/timex";
import { readTimeml, type TimemlDoc } from "./timeml";
import { match, tally, scores, emptyTally, type Span, type Tally } from "./score";

const ROOT = path.resolve(__dirname, "../../..", "shared/corpora/timeml");

function article(doc: TimemlDoc): Article {
  return {
    id: doc.id, file: doc.id, title: null, outlet: "unknown", published: doc.dct.slice(0, 10), publishedEstimated: false,
    language: "en", raw: doc.text, text: doc.text, removed: [], encoding: "utf-8", meta: {},
  };
}

/** raw chrono-node with the most obvious mapping: certain components decide the granularity. */
function rawChrono(doc: TimemlDoc): Span[] {
  const day = parseDay(doc.dct) ?? { y: 2000, m: 1, d: 1 };
  return chrono.casual.parse(doc.text, chronoReference(day)).map((r) => {
    const c = r.start;
    const p = (n: number | null) => String(n).padStart(2, "0");
    let value = `${c.get("year")}-${p(c.get("month"))}-${p(c.get("day"))}`;
    if (c.isCertain("year") && !c.isCertain("month")) value = String(c.get("year"));
    else if (c.isCertain("month") && !c.isCertain("day") && !c.isCertain("weekday")) value = `${c.get("year")}-${p(c.get("month"))}`;
    return { start: r.index, end: r.index + r.text.length, type: c.isCertain("hour") ? "TIME" : "DATE", value };
  });
}

function main() {
  if (!fs.existsSync(ROOT)) {
    console.log(`TempEval-3 data not found at ${ROOT}: skipped`);
    return;
  }
  const errorsAt = process.argv.indexOf("--errors");
  const errors: string[] = [];
  const files = ["TimeBank", "AQUAINT"].flatMap((d) =>
    fs.existsSync(path.join(ROOT, d)) ? fs.readdirSync(path.join(ROOT, d)).filter((f) => f.endsWith(".tml")).map((f) => path.join(ROOT, d, f)) : [],
  );
  const ours = emptyTally();
  const anchor = emptyTally();
  const byType = new Map<string, Tally>();
  for (const file of files) {
    const doc = readTimeml(file);
    const system: Span[] = extractMentions(article(doc), { reference: doc.dct.slice(0, 10) }).map((m) => ({ start: m.start, end: m.end, type: m.type, value: m.value }));
    const pairs = match(doc.gold, system);
    tally(ours, doc.gold, system, pairs);
    const rawSpans = rawChrono(doc);
    tally(anchor, doc.gold, rawSpans, match(doc.gold, rawSpans));
    for (const type of ["DATE", "TIME", "DURATION", "SET"]) {
      const g = doc.gold.filter((x) => x.type === type);
      const s = system.filter((x) => x.type === type);
      const t = byType.get(type) ?? emptyTally();
      tally(t, g, s, match(g, s));
      byType.set(type, t);
    }
    if (errorsAt > 0) {
      const matchedGold = new Set(pairs.map((p) => p[0]));
      const matchedSys = new Set(pairs.map((p) => p[1]));
      const ctx = (s: number, e: number) => doc.text.slice(Math.max(0, s - 40), e + 30).replace(/\s+/g, " ");
      doc.gold.forEach((g, i) => { if (!matchedGold.has(i)) errors.push(`MISS\t${doc.dct.slice(0, 10)}\t${g.text}\t${g.type}\t${g.value}\t${ctx(g.start, g.end)}`); });
      system.forEach((s, i) => { if (!matchedSys.has(i)) errors.push(`FALSE\t${doc.dct.slice(0, 10)}\t${doc.text.slice(s.start, s.end)}\t${s.type}\t${s.value}\t${ctx(s.start, s.end)}`); });
      for (const [gi, si] of pairs) {
        const g = doc.gold[gi];
        const s = system[si];
        if (g.value !== s.value) errors.push(`VALUE\t${doc.dct.slice(0, 10)}\t${g.text}|${doc.text.slice(s.start, s.end)}\t${g.value}\t${s.value}\t${ctx(g.start, g.end)}`);
        else if (g.start !== s.start || g.end !== s.end) errors.push(`SPAN\t${doc.dct.slice(0, 10)}\t${g.text}|${doc.text.slice(s.start, s.end)}\t${g.value}\t\t${ctx(g.start, g.end)}`);
      }
    }
  }
  const line = (name: string, t: Tally) => {
    const s = scores(t);
    return `${name.padEnd(22)} relaxed F1 ${s.relaxed.toFixed(1).padStart(5)}  strict F1 ${s.strict.toFixed(1).padStart(5)}  value F1 ${s.value.toFixed(2).padStart(6)}   (P ${s.precision.toFixed(1)} R ${s.recall.toFixed(1)}; gold ${t.gold}, system ${t.system}, matched ${t.relaxed}, exact value ${t.value})`;
  };
  console.log(`TempEval-3 training set: ${files.length} documents, ${ours.gold} gold TIMEX3`);
  console.log(line("newscompare", ours));
  console.log(line("raw chrono-node", anchor));
  for (const [type, t] of byType) console.log(line(`  ${type} (type-matched)`, t));
  if (errorsAt > 0) {
    fs.writeFileSync(process.argv[errorsAt + 1], errors.join("\n") + "\n");
    console.log(`errors written to ${process.argv[errorsAt + 1]}`);
  }
}

main();
