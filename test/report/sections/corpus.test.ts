import { strict as assert } from "node:assert";
import * as path from "node:path";
import { reportContext } from "../../../src/report/context";
import { corpusSection } from "../../../src/report/sections/corpus";
import { loadCorpus } from "../../../src/corpus/load";
import { toDocuments } from "../../../src/text/document";
import { doc } from "../../frequency/helpers";
import type { Document } from "../../../src/text/types";

/** 42 made-up articles from 14 outlets (outlet i has 14 − i… articles), one undated, one of no outlet. */
function syntheticDocs() {
  const docs: Document[] = [];
  for (let o = 0; o < 14; o++) {
    for (let k = 0; k < Math.max(1, 6 - Math.floor(o / 2)); k++) {
      const i = docs.length;
      docs.push(doc(`id-${i}`, `The council met on day ${i}. The harbour stays open.`, {
        outlet: i === 35 ? "unknown" : `Paper ${String.fromCharCode(65 + o)}`,
        title: `Council meeting number ${i}`,
        published: i === 7 ? null : new Date(Date.UTC(2023, 0, 1 + i * 9)).toISOString().slice(0, 10),
      }));
    }
  }
  return docs;
}

describe("report/sections/corpus", () => {
  it("the bundled story: per article, captions for articles, the table names each article by its label", async () => {
    const docs = toDocuments(loadCorpus(path.resolve(__dirname, "../../../data/trump-putin-call")).articles);
    const out = await corpusSection.build(reportContext({ corpus: "trump-putin-call", docs }));
    assert.deepEqual(out.charts.map((c) => c.name), ["article-lengths", "publication-dates", "removed-boilerplate"]);
    assert.equal(out.charts[1].caption, "When each article was published. A hollow marker is an estimated date (inferred, not stated by the source).");
    assert.deepEqual(out.tables.map((t) => t.name), ["articles"]);
    assert.deepEqual(Object.keys(out.tables[0].rows[0]).slice(0, 3), ["article", "id", "outlet"]);
    assert.equal(out.tables[0].rows[4].article, "The Washington Post · 2025-02-12 · wapo-call");
    assert.match(out.intro!, /^<p>5 articles \(5,524 words\) from 1 outlet: The Washington Post, plus 4 articles whose outlet is not known\. Published between 2025-01-25 and 2025-02-12 \(5 dates estimated\)\./);
  });

  it("many outlets: the intro names the ten with the most articles and counts the rest; one row per outlet in a table", async () => {
    const docs = syntheticDocs();
    const out = await corpusSection.build(reportContext({ corpus: "synthetic", docs }));
    assert.match(out.intro!, /from 14 outlets: Paper A, Paper B, Paper C, Paper D, Paper E, Paper F, Paper G, Paper H, Paper I, Paper J and 4 more \(the most articles first\), plus 1 article whose outlet is not known\./);
    assert.match(out.intro!, /; 1 article without a date\./);
    assert.match(out.charts[0].caption, /^Length of each article's cleaned text in words: one box per outlet/);
    assert.match(out.charts[1].caption, /^Articles published per week, stacked by outlet \(the 9 with the most articles by name, the rest as "other"\)\.$/);
    const perOutlet = out.tables.find((t) => t.name === "articles-per-outlet")!;
    assert.deepEqual(perOutlet.rows[0], { outlet: "Paper A", articles: 6, words: 60, first: "2023-01-01", last: "2023-02-15", removed_chars: 0 });
    assert.equal(perOutlet.rows.length, 15);
    assert.equal(out.tables[0].rows[0].outlet, "Paper A");
  });

  it("no outlets and no dates: says so instead of 'from 0 outlets'", async () => {
    const docs = [doc("a", "One text here.", { topic: "x" }), doc("b", "Another text here.", { topic: "y" })];
    const out = await corpusSection.build(reportContext({ corpus: "t", docs }));
    assert.equal(out.intro, "<p>2 articles (6 words); none names its outlet. They cover 2 stories. No article carries a publication date. Cleaning removed nothing.</p>");
  });
});
