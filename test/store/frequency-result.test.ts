/**
 * `frequencies --store` past the detail limit scores in SQL (src/store/frequency-result.ts); up to it,
 * the in-memory code scores the store's count table. Both must print the same result: every group,
 * label, top term, distinctive term, score and extra figure, in the same order, for each unit of
 * comparison, whole words and stems, with a non-default --top and --min-count.
 * Allowed to differ: nothing.
 */
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { summarise } from "../../src/frequency/analyse";
import { KEYNESS_METHODS } from "../../src/frequency/keyness";
import type { Unit } from "../../src/grouping/unit";
import { ingest } from "../../src/store/ingest";
import { openStore, type Store } from "../../src/store/open";
import { storeCountTable } from "../../src/store/frequency-table";
import { storeFrequencyResult } from "../../src/store/frequency-result";
import { selectStore } from "../../src/store/selection";
import { SHARED_CORPORA, tempDir } from "./support";

const STORIES: Array<[string, string]> = [
  ["the bundled story", "data/trump-putin-call"],
  ["basil-dev", path.join(SHARED_CORPORA, "stories", "basil-dev")],
];

for (const [name, folder] of STORIES) {
  describe(`frequencies scored in SQL and in memory give one result: ${name}`, function () {
    this.timeout(300000);
    let store: Store;

    before(async function () {
      if (!fs.existsSync(folder)) {
        console.log(`      (skipped: ${folder} is not here; it is shared research data)`);
        return this.skip();
      }
      const dir = path.join(tempDir(), "store");
      await ingest([folder], dir, { workers: 0, batchSize: 40 });
      store = await openStore(dir);
    });
    after(() => store?.close());

    for (const [by, unit, top, minCount] of [["outlet", "word", 20, 3], ["date", "word", 10, 2], ["article", "stem", 15, 4]] as Array<[Unit, "word" | "stem", number, number]>) {
      it(`--by ${by}, ${unit}s, top ${top}, min count ${minCount}`, async () => {
        const sel = await selectStore(store, { by });
        const options = { top, topDistinctive: top, minCount, methods: KEYNESS_METHODS, by: sel.grouping.unit, labels: sel.grouping.groupLabel };
        const memory = summarise(await storeCountTable(store, sel, unit), [], 1, options);
        const sql = await storeFrequencyResult(store, sel, { ...options, unit });
        assert.ok(memory.terms.length > 20 && memory.distinctive.length > 10, `${memory.terms.length} terms, ${memory.distinctive.length} distinctive`);
        assert.deepEqual(sql, memory);
      });
    }

    it("one method asked for: that method's rows only", async () => {
      const sel = await selectStore(store, { by: "outlet" });
      const sql = await storeFrequencyResult(store, sel, { methods: ["g2"] });
      assert.deepEqual([...new Set(sql.distinctive.map((d) => d.method))], ["g2"]);
      assert.ok(sql.distinctive.every((d) => d.logRatio !== undefined && d.delta === undefined));
    });
  });
}
