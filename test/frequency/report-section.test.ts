import { reportContext } from "../../src/report/context";
import { strict as assert } from "node:assert";
import * as path from "node:path";
import { frequenciesSection } from "../../src/report/sections/frequencies";
import { loadCorpus } from "../../src/corpus/load";
import { toDocuments } from "../../src/text/document";

describe("frequency/report section", () => {
  it("builds its charts, tables and the JSON result on the bundled story", async () => {
    const docs = toDocuments(loadCorpus(path.resolve(__dirname, "../../data/trump-putin-call")).articles);
    const out = await frequenciesSection.build(reportContext({ corpus: "trump-putin-call", docs }));
    assert.deepEqual(out.charts.map((c) => c.name), ["frequency-top-terms", "frequency-distinctive", "frequency-heatmap", "frequency-scatter", "frequency-by-day", "frequency-over-time"]);
    // the two most alike articles are the two copies of the ABC report
    assert.equal(out.charts[3].title, "abc-reworded against abc-word-swapped");
    assert.match(out.intro!, /<b>abc-word-swapped<\/b>: warfare \(11\), mentioned \(11\)/);
    const results = out.results as { terms: unknown[]; distinctive: Array<{ method: string }> };
    assert.deepEqual([...new Set(results.distinctive.map((d) => d.method))], ["logodds", "g2", "tfidf"]);
    assert.equal(out.tables[1].rows.length, results.distinctive.length);
  });
});
