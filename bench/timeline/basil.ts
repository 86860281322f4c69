/**
 * basil-dev consistency check: BASIL events are each reported by three outlets, often on different
 * days. Where two articles of a triplet report the same event (clause match, see events.ts) with a
 * relative expression ("on Friday", "last week"), both must resolve it to the same date even though
 * they count from different publication dates. Prints agreements, disagreements and each disagreement.
 *
 *   npx tsx bench/timeline/basil.ts
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Article } from "../../src/corpus/article";
import { toDocument } from "../../src/text/document";
import { analyseTimeline } from "../../src/timeline/analyse";

const ROOT = path.resolve(__dirname, "../../..", "shared/corpora/stories/basil-dev");

interface Basil { date: string; source: string; uuid: string; "triplet-uuid": string; "body-paragraphs": string | string[][]; title: string }

function main() {
  if (!fs.existsSync(ROOT)) {
    console.log(`basil-dev not found at ${ROOT}: skipped`);
    return;
  }
  const triplets = new Map<string, Article[]>();
  for (const year of fs.readdirSync(ROOT)) {
    for (const f of fs.readdirSync(path.join(ROOT, year)).filter((x) => x.endsWith(".json"))) {
      const rec = JSON.parse(fs.readFileSync(path.join(ROOT, year, f), "utf8")) as Basil;
      const paragraphs: string[][] = typeof rec["body-paragraphs"] === "string" ? JSON.parse(rec["body-paragraphs"].replace(/'/g, '"')) : rec["body-paragraphs"];
      const text = paragraphs.map((p) => p.join(" ")).join("\n\n");
      const a: Article = { id: `${rec.source.toLowerCase()}-${f.replace(/\.json$/, "")}`, file: f, title: rec.title, outlet: rec.source.toLowerCase(), published: rec.date.slice(0, 10), publishedEstimated: false, language: "en", raw: text, text, removed: [], encoding: "utf-8", meta: {} };
      const list = triplets.get(rec["triplet-uuid"]) ?? [];
      list.push(a);
      triplets.set(rec["triplet-uuid"], list);
    }
  }
  let agree = 0;
  let disagree = 0;
  let differentDays = 0;
  const report: string[] = [];
  for (const [id, articles] of triplets) {
    if (new Set(articles.map((a) => a.published)).size > 1) differentDays++;
    const result = analyseTimeline(articles.map(toDocument));
    for (const e of result.events.filter((x) => x.articles.length > 1)) {
      // only day-level relative mentions test resolution (explicit dates resolve trivially)
      const rel = e.mentions.filter((m) => /^\d{4}-\d{2}-\d{2}/.test(m.value) && !/\d{4}/.test(m.text));
      if (rel.length < 1 || new Set(e.mentions.map((m) => m.article)).size < 2) continue;
      const published = new Set(e.mentions.map((m) => result.articles.find((a) => a.article === m.article)!.published));
      if (published.size < 2) continue;
      if (e.conflict) {
        disagree++;
        report.push(`  ${id.slice(0, 8)} ${e.mentions.map((m) => `${m.article.split("-")[0]} (${result.articles.find((a) => a.article === m.article)!.published}) "${m.text}" = ${m.value}`).join(" | ")}\n      ${e.label.slice(0, 120)}`);
      } else agree++;
    }
  }
  console.log(`basil-dev: ${triplets.size} triplets, ${differentDays} with articles published on different days`);
  console.log(`shared events with a relative day mention across different publication dates: ${agree} resolved to the same date, ${disagree} not`);
  if (report.length) console.log(report.join("\n"));
}

main();
