/**
 * `--store DIR` on frequencies, quotes, timeline and overlap (src/cli/store-input.ts and the commands'
 * store branches): each gives the in-memory path's answer for the fields the two-paths test compares
 * (test/store/two-paths.test.ts), on the bundled story with copies and rewrites and on basil-dev.
 *
 * Allowed to differ, and why (as in the two-paths test): the store counts single words (the folder's
 * frequencies run with --no-phrases); the store aligns the pairs its signature join proposes (the
 * folder side runs the library with listAllPairsUpTo 0, not the command, which for a small corpus
 * also lists every other pair); with a filter, speakers are merged over the whole store and events'
 * sources come from the store's pairs, so those are compared without a filter only.
 */
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { loadCorpus } from "../../src/corpus/load";
import { filterArticles } from "../../src/corpus/filter";
import { analyseOverlapArticles } from "../../src/overlap/index";
import { ingest } from "../../src/store/ingest";
import { runCli } from "../support/cli";
import { memoryLimitOption } from "../../src/cli/store-input";
import { openStore } from "../../src/store/open";
import { SHARED_CORPORA, storyWithCopies, tempDir } from "../store/support";

const CORPORA: Array<[string, () => string]> = [
  ["the bundled story with copies and rewrites", storyWithCopies],
  ["basil-dev", () => path.join(SHARED_CORPORA, "stories", "basil-dev")],
];

async function json(...argv: string[]): Promise<Record<string, any>> {
  const r = await runCli(...argv, "--json");
  assert.equal(r.code, 0, `${argv.join(" ")}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

const quoteRow = (q: any) => [q.article, q.start, q.end, q.text, q.kind, q.cue, q.speaker].join("\t");
const speakerRow = (s: any) => [s.name, s.quotes, s.words, s.articles.length].join("\t");
const mentionRow = (m: any) => [m.article, m.start, m.end, m.text, m.type, m.value, m.mod ?? null, m.resolvedStart ?? null].join("\t");
const eventGroups = (events: any[]) => events.map((e) => e.mentions.map((m: any) => `${m.article}@${m.start}`).sort().join(" ")).sort();

for (const [name, source] of CORPORA) {
  describe(`--store gives the folder's answer: ${name}`, function () {
    this.timeout(300000);
    let folder: string;
    let store: string;

    before(async function () {
      folder = source();
      if (!fs.existsSync(folder)) {
        console.log(`      (skipped: ${folder} is not here; it is shared research data)`);
        return this.skip();
      }
      store = path.join(tempDir(), "store");
      await ingest([folder], store, { workers: 0, batchSize: 40 });
    });

    for (const by of ["article", "outlet", "date", "topic"]) {
      it(`frequencies --by ${by}: the same JSON as the folder's with --no-phrases`, async () => {
        const stored = await json("frequencies", "--store", store, "--by", by);
        const memory = await json("frequencies", folder, "--by", by, "--no-phrases");
        assert.ok(stored.terms.length > 0);
        assert.deepEqual(stored, memory);
      });
    }

    it("frequencies with --outlet and --from: the same selection, counts and scores", async () => {
      const articles = loadCorpus(folder).articles;
      const outlet = articles.find((a) => a.outlet !== "unknown")!.outlet;
      const days = articles.map((a) => a.published?.slice(0, 10)).filter((d): d is string => !!d).sort();
      const from = days[Math.floor(days.length / 3)];
      const args = ["--outlet", outlet.toLowerCase(), "--outlet", articles[articles.length - 1].outlet, "--from", from, "--by", "article", "--stems", "--top", "5"];
      const stored = await runCli("frequencies", "--store", store, ...args, "--json");
      const memory = await runCli("frequencies", folder, ...args, "--no-phrases", "--json");
      assert.equal(stored.code, 0, stored.stderr);
      assert.deepEqual(JSON.parse(stored.stdout), JSON.parse(memory.stdout));
      // the filter's note, as for a folder, on stderr
      const kept = filterArticles(articles, { outlets: [outlet.toLowerCase(), articles[articles.length - 1].outlet], from }).kept.length;
      assert.match(stored.stderr, new RegExp(`^${kept} of ${articles.length} articles kept \\(outlet `, "m"));
    });

    it("quotes: every quote with its merged speaker, and the speakers' totals", async () => {
      const stored = await json("quotes", "--store", store, "--by", "outlet");
      const memory = await json("quotes", folder, "--by", "outlet");
      assert.ok(stored.quotes.length > 10);
      assert.deepEqual(stored.quotes.map(quoteRow), memory.quotes.map(quoteRow));
      assert.deepEqual(stored.speakers.map(speakerRow).sort(), memory.speakers.map(speakerRow).sort());
      assert.deepEqual(stored.units, memory.units);
    });

    it("timeline: every mention, and the events grouped the same", async () => {
      const stored = await json("timeline", "--store", store, "--no-sources");
      const memory = await json("timeline", folder, "--no-sources");
      assert.ok(stored.mentions.length > 10);
      assert.deepEqual(stored.mentions.map(mentionRow), memory.mentions.map(mentionRow));
      assert.deepEqual(eventGroups(stored.events), eventGroups(memory.events));
      assert.deepEqual(stored.articles, memory.articles);
    });

    it("timeline with --from: the selection's mentions, and events grouped over it", async () => {
      const days = loadCorpus(folder).articles.map((a) => a.published?.slice(0, 10)).filter((d): d is string => !!d).sort();
      const from = days[Math.floor(days.length / 2)];
      const stored = await json("timeline", "--store", store, "--from", from, "--no-sources");
      const memory = await json("timeline", folder, "--from", from, "--no-sources");
      assert.ok(stored.articles.length < days.length);
      assert.deepEqual(stored.mentions.map(mentionRow), memory.mentions.map(mentionRow));
      assert.deepEqual(eventGroups(stored.events), eventGroups(memory.events));
    });

    it("overlap: the candidate filter's pairs, aligned the same; clusters and units from them", async () => {
      const stored = await json("overlap", "--store", store, "--by", "outlet");
      const memory = analyseOverlapArticles(loadCorpus(folder).articles, { listAllPairsUpTo: 0 });
      const row = (p: any) => [p.a, p.b, p.relation, p.shared_a, p.shared_b].join("\t");
      assert.deepEqual(stored.pairs.map(row).sort(), memory.pairs.map(row).sort());
      if (name.includes("copies")) assert.ok(stored.clusters.length >= 1 && stored.by_unit.cells.length > 0);
    });
  });
}

describe("--store: what it refuses", function () {
  this.timeout(120000);
  let store: string;
  before(async () => {
    store = path.join(tempDir(), "store");
    await ingest(["data/trump-putin-call"], store, { workers: 0 });
  });

  it("a PATH, a file-reading option, or counts a store does not keep: usage errors (exit 2)", async () => {
    for (const [argv, message] of [
      [["frequencies", "data/trump-putin-call", "--store", store], /--store reads the store; give no PATH/],
      [["quotes", "--store", store, "--field", "text=body"], /--field is for reading files/],
      [["frequencies", "--store", store, "--ngram", "2"], /--ngram: a store counts single words/],
      [["timeline", "--store", store, "--by", "week"], /--by wants article, outlet, date, topic/],
      [["overlap", "--store", store, "--from", "2025-13-01"], /--from wants a date as YYYY-MM-DD/],
      [["frequencies", "--store", store, "--memory-limit", "lots"], /--memory-limit wants a size of at least 64MB, such as 4GB or 512MB, got 'lots'/],
      [["report", "--store", store, "--memory-limit", "0GB"], /--memory-limit wants a size of at least 64MB/],
      [["quotes", "--store", store, "--memory-limit", "1KB"], /--memory-limit wants a size of at least 64MB/],
      [["frequencies", "data/trump-putin-call", "--memory-limit", "4GB"], /--memory-limit is for --store DIR/],
      [["ingest", "data/trump-putin-call", "--store", path.join(tempDir(), "s"), "--memory-limit", "2 apples"], /--memory-limit wants a size/],
      [["store", "finish", "--store", store, "--memory-limit", "lots"], /--memory-limit wants a size/],
    ] as Array<[string[], RegExp]>) {
      const r = await runCli(...argv);
      assert.equal(r.code, 2, argv.join(" "));
      assert.match(r.stderr, message);
    }
  });

  it("a folder that is not a store, or a filter nothing matches: one line naming the folder (exit 1)", async () => {
    const notStore = tempDir();
    const r = await runCli("quotes", "--store", notStore);
    assert.deepEqual([r.code, r.stderr], [1, `${notStore}: not a store (no store.json): make one with 'newscompare ingest PATH... --store DIR'\n`]);
    const none = await runCli("timeline", "--store", store, "--outlet", "Nobody Weekly");
    assert.equal(none.code, 1);
    assert.match(none.stderr, new RegExp(`^0 of 5 articles kept \\(outlet Nobody Weekly\\)\\n${store.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: no article matches --outlet/--from/--to\\n$`));
  });

  it("--memory-limit is DuckDB's: the store is opened with it, and a size it reads runs the command as without it", async () => {
    const opened = await openStore(store, { memoryLimit: memoryLimitOption("512MB") });
    try {
      assert.deepEqual(await opened.rows("SELECT current_setting('memory_limit') AS m"), [{ m: "488.2 MiB" }]);
    } finally {
      opened.close();
    }
    const plain = await runCli("frequencies", "--store", store, "--json");
    const limited = await runCli("frequencies", "--store", store, "--json", "--memory-limit", "512MB");
    assert.equal(limited.code, 0, limited.stderr);
    assert.ok(JSON.parse(limited.stdout).terms.length > 0);
    assert.equal(limited.stdout, plain.stdout);
  });
});
