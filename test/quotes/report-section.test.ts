import { reportContext } from "../../src/report/context";
import { strict as assert } from "node:assert";
import * as path from "node:path";
import { loadCorpus } from "../../src/corpus/load";
import { toDocuments } from "../../src/text/document";
import { quotesSection } from "../../src/report/sections/quotes";
import { reportSections } from "../../src/report/sections/index";

describe("report section: quotes", () => {
  it("is registered and builds two charts, the quote table and the speakers table from the bundled story", async () => {
    const sections = await Promise.all(reportSections.map((load) => load()));
    assert.ok(sections.some((s) => s.id === "quotes"));
    const docs = toDocuments(loadCorpus(path.resolve(__dirname, "../../data/trump-putin-call")).articles);
    const out = await quotesSection.build(reportContext({ corpus: "trump-putin-call", docs }));
    assert.deepEqual(out.charts.map((c) => c.name), ["quotes-speakers", "quotes-over-time"]);
    assert.deepEqual(out.tables.map((t) => [t.name, t.rows.length]), [["quotes", 99], ["quote-speakers", 14]]);
    assert.match(out.intro!, /^<p>99 quotations of people's words in 5 articles, from 14 speakers\. Most quoted: Donald Trump \(55 quotes in 5 articles\)/);
    assert.deepEqual(out.tables[0].rows[0], { article: "abc-reworded", speaker: "Donald Trump", role: "President", cue: "says", kind: "partial", quote: "peacemaker", words: 1, start: 671, end: 681, found_by: "pronoun" });
  });
});
