import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { loadCorpus } from "../../src/corpus/load";
import { sentenceBounds } from "../../src/timeline/sentences";
import { gateMisses } from "../../src/timeline/parse";
import { readTimeml } from "../../bench/timeline/timeml";

// Sentences with a temporal expression of every kind the parsers read, written for this test.
const KINDS = [
  "Talks are expected to begin soon, and the deal should close by year-end.",
  "He said on Friday night that the 1990s were over and the mid-1970s forgotten.",
  "The company reported third-quarter results for the year-ago period and the first half.",
  "Prices rose daily, twice a week, every quarter and annually for nine years.",
  "Buses came every five to seven minutes, three times a day, all week long, for another week; weeklong talks took days.",
  "Three days later, the previous Tuesday, a week earlier and two years ago: all past.",
  "On Christmas Eve and New Year's Day, and again on Thanksgiving, the office closed.",
  "Nineteen ninety-seven and the spring of 2001 followed the late 1980s.",
  "The meeting lasted 90 minutes, from 10:30 a.m. until noon Thursday, in the morning.",
  "For the year, the fiscal year and the weekend, figures were announced earlier this week.",
  "Currently, nowadays and these days the future looks recent, as it did formerly.",
  "The summit on April 24 and 25 ran two and a half days; he left at 4 in the morning, not at midday.",
  "January nineteen ninety-seven: flights each July, on Mondays and on Tuesday nights.",
  "By mid-afternoon, and by the end of the month, the day before last Tuesday's hearing was forgotten.",
  "Between Palm Sunday, Good Friday and Easter Monday, Holy Week, Presidents' Day, Mother's Day and Juneteenth.",
];

const REFERENCE = new Date(2025, 0, 25, 12);
const TIMEML = path.resolve(__dirname, "../../..", "shared/corpora/timeml");

function sentencesOf(text: string): string[] {
  const article = { id: "t", file: "t", title: null, outlet: "unknown", published: null, publishedEstimated: false, language: "en", raw: text, text, removed: [], encoding: "utf-8", meta: {} };
  return sentenceBounds(article).map((s) => text.slice(s.start, s.end));
}

describe("timeline: parser gates", () => {
  it("never keep a parser off a sentence it would find something in (written sentences, bundled story)", () => {
    const { articles } = loadCorpus(path.resolve(__dirname, "../../data/trump-putin-call"));
    const sentences = [...KINDS, ...articles.flatMap((a) => sentencesOf(a.text))];
    const misses = sentences.flatMap((s) => gateMisses(s, REFERENCE).map((p) => `${p}: ${s}`));
    assert.deepEqual(misses, []);
  });

  it("never keep a parser off a TempEval-3 sentence it would find something in (first 60 documents)", function () {
    if (!fs.existsSync(TIMEML)) {
      console.log(`      TempEval-3 data not found at ${TIMEML}: skipped`);
      this.skip();
    }
    this.timeout(120000);
    const files = ["TimeBank", "AQUAINT"].flatMap((d) => (fs.existsSync(path.join(TIMEML, d)) ? fs.readdirSync(path.join(TIMEML, d)).filter((f) => f.endsWith(".tml")).sort().map((f) => path.join(TIMEML, d, f)) : []));
    const sentences = files.slice(0, 60).flatMap((f) => sentencesOf(readTimeml(f).text));
    assert.ok(sentences.length > 1000, `${sentences.length} sentences`);
    const misses = sentences.flatMap((s) => gateMisses(s, REFERENCE).map((p) => `${p}: ${s}`));
    assert.deepEqual(misses, []);
  });
});
