import { reportContext } from "../../src/report/context";
import { strict as assert } from "node:assert";
import * as path from "node:path";
import { loadCorpus } from "../../src/corpus/load";
import { toDocuments } from "../../src/text/document";
import { mergeSentence, quotesSection } from "../../src/report/sections/quotes";
import { reportSections } from "../../src/report/sections/index";

describe("report section: quotes", () => {
  it("names only merges the data made: none, when every speaker has one name", () => {
    assert.equal(mergeSentence([{ id: "a", name: "Anna Berg", roles: [], aliases: [], articles: ["x"], quotes: 1, words: 3 }]), "No speaker appears under more than one name.");
    const merged = mergeSentence([
      { id: "a", name: "Anna Berg", roles: [], aliases: ["Berg"], articles: ["x"], quotes: 9, words: 30 },
      { id: "t", name: "Tom Hale", roles: [], aliases: ["Hale", "the mayor", "Thomas Hale", "Mr. Hale"], articles: ["x"], quotes: 2, words: 5 },
    ]);
    assert.equal(merged, "Names are merged across articles: 2 speakers appear under more than one name, e.g. Tom Hale (also “Hale”, “the mayor”, “Thomas Hale” and 1 more); Anna Berg (also “Berg”) — check the speakers table for merges.");
  });

  it("is registered and builds two charts, the quote table and the speakers table from the bundled story", async () => {
    const sections = await Promise.all(reportSections.map((load) => load()));
    assert.ok(sections.some((s) => s.id === "quotes"));
    const docs = toDocuments(loadCorpus(path.resolve(__dirname, "../../data/trump-putin-call")).articles);
    const out = await quotesSection.build(reportContext({ corpus: "trump-putin-call", docs }));
    assert.deepEqual(out.charts.map((c) => c.name), ["quotes-speakers", "quotes-over-time"]);
    assert.deepEqual(out.tables.map((t) => [t.name, t.rows.length]), [["quotes", 99], ["quote-speakers", 14]]);
    assert.match(out.intro!, /^<p>99 quotations of people's words in 5 articles, from 14 speakers\. Most quoted: Donald Trump \(55 quotes in 5 articles\)/);
    // the merges the intro names are the ones the data made, a title ("the president") first
    assert.match(out.intro!, /Names are merged across articles: 9 speakers appear under more than one name, e\.g\. Donald Trump \(also “Trump”, “the president”\); Vladimir Putin \(also “Putin”\); Volodymyr Zelensky \(also “Zelensky”\) and 6 more/);
    assert.deepEqual(out.tables[0].rows[0], { label: "2025-01-25 · Trump and Putin signal they will…", article: "abc-reworded", speaker: "Donald Trump", role: "President", cue: "says", kind: "partial", quote: "peacemaker", words: 1, start: 671, end: 681, found_by: "pronoun" });
    assert.deepEqual(out.charts.map((c) => c.title), ["Who is quoted in each article", "Quotes per speaker by publication date"]);
  });

  it("per outlet: columns, captions and the JSON follow the unit", async () => {
    const docs = toDocuments(loadCorpus(path.resolve(__dirname, "../../data/trump-putin-call")).articles);
    const out = await quotesSection.build(reportContext({ corpus: "trump-putin-call", docs, by: "outlet" }));
    assert.match(out.intro!, /^<p>99 quotations of people's words in 5 articles from 2 outlets, from 14 speakers\. Most quoted: Donald Trump \(55 quotes in 5 articles from 2 outlets\)/);
    assert.equal(out.charts[0].title, "Who is quoted in each outlet");
    assert.match(out.charts[0].caption, /^Each column is an outlet;/);
    const heat = out.charts[0].figure.data[0] as { x: string[] };
    assert.deepEqual(heat.x, ["outlet not known", "The Washington Post"]);
    const units = (out.results as { units: Array<{ key: string; articles: string[]; quotes: number; speakers: Array<{ name: string }> }> }).units;
    assert.deepEqual(units.map((u) => [u.key, u.articles.length, u.quotes]), [["outlet not known", 4, 69], ["The Washington Post", 1, 30]]);
    assert.equal(units[1].speakers[0].name, "Donald Trump");
  });
});
