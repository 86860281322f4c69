/**
 * Error dump for the timeline extractor on the TempEval-3 training data: relaxed matches with a wrong
 * value grouped by a rough category (weekday, week, quarter, duration, *_REF…), largest first, plus
 * misses and false alarms by gold/system type. `--gold REGEX` instead prints how gold annotates the
 * texts matching REGEX (value shape counts): the way to check which TimeML convention most documents
 * follow before adding a rule. `--text REGEX` counts the occurrences of REGEX in the documents and how
 * many gold annotates (by value shape) and how many we report right, wrong or falsely: whether a word
 * is worth reporting at all. `--consistency` asks, for each wrong value, whether the gold gives the
 * same phrase our value's shape elsewhere (and we are right there): a wrong value no rule on the
 * phrase can fix without breaking the other, because the annotation disagrees with itself.
 *
 *   npx tsx bench/timeline/errors.ts [--limit N] [--only CATEGORY] [--gold REGEX] [--text REGEX] [--consistency]
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Article } from "../../src/corpus/article";
import { extractMentions } from "../../src/timeline/extract";
import { readTimeml, type TimemlDoc } from "./timeml";
import { match, type Span } from "./score";

const ROOT = path.resolve(__dirname, "../../..", "shared/corpora/timeml");

function article(doc: TimemlDoc): Article {
  return {
    id: doc.id, file: doc.id, title: null, outlet: "unknown", published: doc.dct.slice(0, 10), publishedEstimated: false,
    language: "en", raw: doc.text, text: doc.text, removed: [], encoding: "utf-8", meta: {},
  };
}

/** A value's shape: digits become 9, so 1998-02-03TMO → 9999-99-99TMO. */
const shape = (v: string) => v.replace(/\d/g, "9");

/** A rough error category from the gold text and both values. */
function category(text: string, gold: string, ours: string): string {
  const t = text.toLowerCase();
  if (/_REF$/.test(gold) || /_REF$/.test(ours)) return "ref (PAST/PRESENT/FUTURE_REF)";
  if (/^P/.test(gold) || /^P/.test(ours)) return /^P/.test(gold) && /^P/.test(ours) ? "duration value" : "duration vs date";
  if (/X/.test(gold) || /X/.test(ours)) return "underspecified (X)";
  if (/(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)/.test(t)) {
    if (/T/.test(gold) || /T/.test(ours)) return "weekday + time or part of day";
    return "weekday";
  }
  if (/T/.test(gold) || /T/.test(ours)) return "time / part of day";
  if (/-W/.test(gold) || /-W/.test(ours)) return "week";
  if (/-Q|-H/.test(gold) || /-Q|-H/.test(ours)) return "quarter / half";
  if (/ago|earlier|later|before|after|previous|next|following/.test(t)) return "anchored (ago/earlier)";
  if (shape(gold) === shape(ours)) return `same shape, other value (${shape(gold)})`;
  return `granularity ${shape(gold)} vs ${shape(ours)}`;
}

/** A phrase with its numbers, weekdays and month names generalised: "Friday" and "Monday" are one phrase. */
function phraseKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\d+/g, "9")
    .replace(/\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/g, "WEEKDAY")
    .replace(/\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept\.|oct\.|nov\.|dec\.)/g, "MONTH")
    .replace(/^the /, "");
}

function consistency(files: string[], limit: number): void {
  const pairs: { doc: string; key: string; text: string; gold: string; ours: string }[] = [];
  for (const file of files) {
    const doc = readTimeml(file);
    const system = extractMentions(article(doc), { reference: doc.dct.slice(0, 10) });
    for (const [gi, si] of match(doc.gold, system)) {
      const text = doc.text.slice(system[si].start, system[si].end);
      pairs.push({ doc: doc.id, key: phraseKey(text), text, gold: doc.gold[gi].value, ours: system[si].value });
    }
  }
  const wrong = pairs.filter((p) => p.gold !== p.ours);
  const open = wrong.filter((w) => !pairs.some((p) => p !== w && p.key === w.key && p.gold === p.ours && shape(p.gold) === shape(w.ours)));
  console.log(`wrong values: ${wrong.length}; the gold gives the same phrase our form elsewhere (and we match it there): ${wrong.length - open.length}; the rest: ${open.length}`);
  for (const o of open.slice(0, limit)) console.log(`  ${o.doc.padEnd(24)} "${o.text}"  gold ${o.gold}  ours ${o.ours}`);
}

function main() {
  if (!fs.existsSync(ROOT)) {
    console.log(`TempEval-3 data not found at ${ROOT}: skipped`);
    return;
  }
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const limit = Number(arg("--limit") ?? 8);
  const only = arg("--only");
  const goldRe = arg("--gold");

  const files = ["TimeBank", "AQUAINT"].flatMap((d) =>
    fs.existsSync(path.join(ROOT, d)) ? fs.readdirSync(path.join(ROOT, d)).filter((f) => f.endsWith(".tml")).map((f) => path.join(ROOT, d, f)) : [],
  );
  if (process.argv.includes("--consistency")) return consistency(files, limit);
  if (goldRe) {
    const re = new RegExp(goldRe, "i");
    const counts = new Map<string, { n: number; docs: Set<string>; eg: string }>();
    for (const file of files) {
      const doc = readTimeml(file);
      for (const g of doc.gold) {
        if (!re.test(g.text)) continue;
        const key = `${g.type} ${shape(g.value)}`;
        const c = counts.get(key) ?? { n: 0, docs: new Set(), eg: "" };
        c.n++;
        c.docs.add(doc.id);
        if (!c.eg) c.eg = `${g.text} = ${g.value} (DCT ${doc.dct.slice(0, 10)})`;
        counts.set(key, c);
      }
    }
    for (const [k, c] of [...counts].sort((a, b) => b[1].n - a[1].n)) console.log(`${String(c.n).padStart(4)} in ${String(c.docs.size).padStart(3)} docs  ${k.padEnd(28)} e.g. ${c.eg}`);
    return;
  }
  const textRe = arg("--text");
  if (textRe) {
    const re = new RegExp(textRe, "gi");
    const counts = new Map<string, { n: number; eg: string }>();
    const bump = (k: string, eg: string) => {
      const c = counts.get(k) ?? { n: 0, eg };
      c.n++;
      counts.set(k, c);
    };
    for (const file of files) {
      const doc = readTimeml(file);
      const system = extractMentions(article(doc), { reference: doc.dct.slice(0, 10) });
      for (const m of doc.text.matchAll(re)) {
        const s = m.index ?? 0;
        const e = s + m[0].length;
        const g = doc.gold.find((x) => x.start < e && x.end > s);
        const o = system.find((x) => x.start < e && x.end > s);
        const gold = g ? `gold ${g.type} ${shape(g.value)}` : "no gold";
        const ours = !o ? "we skip" : !g ? `we report ${shape(o.value)}` : o.value === g.value ? "we are right" : `we say ${o.value}`;
        bump(`${gold.padEnd(26)} ${ours}`, `${doc.text.slice(Math.max(0, s - 40), e + 25).replace(/\s+/g, " ")}`);
      }
    }
    for (const [k, c] of [...counts].sort((a, b) => b[1].n - a[1].n)) console.log(`${String(c.n).padStart(4)}  ${k.padEnd(52)} e.g. ${c.eg}`);
    return;
  }
  const groups = new Map<string, string[]>();
  const add = (cat: string, line: string) => {
    const g = groups.get(cat) ?? [];
    g.push(line);
    groups.set(cat, g);
  };
  for (const file of files) {
    const doc = readTimeml(file);
    const system: Span[] = extractMentions(article(doc), { reference: doc.dct.slice(0, 10) }).map((m) => ({ start: m.start, end: m.end, type: m.type, value: m.value }));
    const pairs = match(doc.gold, system);
    const ctx = (s: number, e: number) => (doc.text.slice(Math.max(0, s - 50), s) + "[" + doc.text.slice(s, e) + "]" + doc.text.slice(e, e + 30)).replace(/\s+/g, " ");
    const dct = doc.dct.slice(0, 10);
    const matchedGold = new Set(pairs.map((p) => p[0]));
    const matchedSys = new Set(pairs.map((p) => p[1]));
    for (const [gi, si] of pairs) {
      const g = doc.gold[gi];
      const s = system[si];
      if (g.value === s.value) continue;
      const ours = doc.text.slice(s.start, s.end);
      add(`VALUE ${category(g.text, g.value, s.value)}`, `${dct} ${doc.id}  gold "${g.text}"=${g.value}  ours "${ours}"=${s.value}  | ${ctx(g.start, g.end)}`);
    }
    doc.gold.forEach((g, i) => {
      if (!matchedGold.has(i)) add(`MISS ${g.type}`, `${dct} ${doc.id}  gold "${g.text}"=${g.value}  | ${ctx(g.start, g.end)}`);
    });
    system.forEach((s, i) => {
      if (!matchedSys.has(i)) add(`FALSE ${s.type}`, `${dct} ${doc.id}  ours "${doc.text.slice(s.start, s.end)}"=${s.value}  | ${ctx(s.start, s.end)}`);
    });
  }
  const sorted = [...groups].sort((a, b) => b[1].length - a[1].length);
  console.log("counts:");
  for (const [cat, lines] of sorted) console.log(`${String(lines.length).padStart(5)}  ${cat}`);
  for (const [cat, lines] of sorted) {
    if (only && !cat.toLowerCase().includes(only.toLowerCase())) continue;
    console.log(`\n== ${cat} (${lines.length})`);
    for (const l of lines.slice(0, only ? lines.length : limit)) console.log("  " + l);
  }
}

main();
