/**
 * One answer, two paths: a story ingested into a store and queried with SQL gives the in-memory
 * path's counts, keyness ranks, mentions, quotes, speakers, events and overlap pairs.
 *
 * Allowed to differ, and why:
 * - multi-word names: the store counts single words (a name list is found over the whole corpus
 *   before counting, which a stream cannot do), so the in-memory side runs with `phrases: false`;
 * - the order of a speaker's aliases, roles and articles (first met in memory; sets in SQL): compared
 *   as sets;
 * - overlap: the store aligns the pairs its signature join proposes; the in-memory side of a small
 *   corpus also lists every other pair and aligns those sharing a short passage (a comparison of every
 *   pair's full shingle sets, which does not scale), so it runs with listAllPairsUpTo 0; a
 *   pair's direction verdict sees only the two articles in the store pass (in memory a name's
 *   spelling is also checked against the rest of the corpus), so directions are not compared.
 */
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { loadCorpus } from "../../src/corpus/load";
import type { Article } from "../../src/corpus/article";
import { toDocuments } from "../../src/text/document";
import { resolveCountOptions } from "../../src/frequency/analyse";
import { countTerms, type GroupBy } from "../../src/frequency/counts";
import { distinctive, KEYNESS_METHODS } from "../../src/frequency/keyness";
import { termRows } from "../../src/frequency/counts";
import { analyseTimeline } from "../../src/timeline/analyse";
import { quoteCorpus } from "../../src/quotes/corpus";
import { analyseOverlapArticles } from "../../src/overlap/index";
import type { Document } from "../../src/text/types";
import { ingest } from "../../src/store/ingest";
import { openStore, type Store } from "../../src/store/open";
import { storeFrequencies, storeTermCounts } from "../../src/store/query";
import { SHARED_CORPORA, storyWithCopies, tempDir } from "./support";

const STORIES: Array<[string, string | (() => string)]> = [
  ["the bundled story", "data/trump-putin-call"],
  ["basil-dev", path.join(SHARED_CORPORA, "stories", "basil-dev")],
  ["the bundled story with copies and rewrites written here", storyWithCopies],
];

for (const [name, source] of STORIES) {
  describe(`one answer, two paths: ${name}`, function () {
    this.timeout(600000);
    let articles: Article[];
    let docs: Document[];
    let store: Store;

    before(async function () {
      const folder = typeof source === "string" ? source : source();
      if (!fs.existsSync(folder)) {
        console.log(`      (skipped: ${folder} is not here; it is shared research data)`);
        return this.skip();
      }
      articles = loadCorpus(folder).articles;
      docs = toDocuments(articles);
      const dir = path.join(tempDir(), "store");
      await ingest([folder], dir, { workers: 0, batchSize: 40 });
      store = await openStore(dir);
    });
    after(() => store?.close());

    for (const by of ["article", "outlet", "date", "topic"] as GroupBy[]) {
      it(`term counts by ${by}: every term of every unit`, async () => {
        const table = countTerms(docs, { ...resolveCountOptions(docs, { phrases: false }), by });
        const memory: string[] = [];
        table.groups.forEach((g, i) => {
          const c = table.counts[i];
          for (let k = 0; k < c.ids.length; k++) memory.push(`${g.key}\t${table.terms[c.ids[k]].key}\t${c.counts[k]}`);
        });
        const stored = (await storeTermCounts(store, { by })).map((r) => `${r.unit}\t${r.term}\t${r.count}`);
        assert.ok(memory.length > 100);
        assert.deepEqual(stored.sort(), memory.sort());
      });
    }

    it("top terms by outlet, with the same display forms and rates", async () => {
      const table = countTerms(docs, { ...resolveCountOptions(docs, { phrases: false }), by: "outlet" });
      const memory = termRows(table, 20).map((r) => `${r.article}\t${r.key}\t${r.term}\t${r.count}\t${r.per10k}`);
      const { terms } = await storeFrequencies(store, { by: "outlet", top: 20 });
      assert.deepEqual(terms.map((r) => `${r.unit}\t${r.key}\t${r.term}\t${r.count}\t${r.per10k}`).sort(), memory.sort());
    });

    it("keyness by outlet: the same terms in the same ranks with the same scores, for every method", async () => {
      const table = countTerms(docs, { ...resolveCountOptions(docs, { phrases: false }), by: "outlet" });
      const { distinctive: stored } = await storeFrequencies(store, { by: "outlet", topDistinctive: 10 });
      for (const method of KEYNESS_METHODS) {
        const memory = distinctive(table, { method, top: 10, minCount: 3 });
        const rank = new Map<string, number>();
        const mine = memory.map((r) => {
          const k = (rank.get(r.article) ?? 0) + 1;
          rank.set(r.article, k);
          return `${r.article}\t${k}\t${r.key}\t${r.score}\t${r.count}\t${r.restCount}`;
        });
        const theirs = stored.filter((r) => r.method === method).map((r) => `${r.unit}\t${r.rank}\t${r.key}\t${r.score}\t${r.count}\t${r.restCount}`);
        assert.ok(mine.length > 0, method);
        // units in any order (memory: first seen; SQL: by name), ranks within a unit in order
        assert.deepEqual(theirs.sort(), mine.sort(), method);
      }
    });

    it("timeline mentions and events", async () => {
      const memory = analyseTimeline(docs);
      const mentions = await store.rows(`SELECT m.* FROM mentions m JOIN articles a ON a.id = m.article ORDER BY a.seq, m.ord`);
      assert.deepEqual(
        mentions.map((m) => [m.article, m.start, m.end, m.text, m.type, m.value, m.mod, m.resolved_start]),
        memory.mentions.map((m) => [m.article, m.start, m.end, m.text, m.type, m.value, m.mod ?? null, m.resolvedStart ?? null]),
      );
      const groups = (list: Array<Array<[string, number]>>) => list.map((g) => g.map(([a, s]) => `${a}@${s}`).sort().join(" ")).sort();
      const events = await store.rows("SELECT event, article, start FROM events ORDER BY event");
      const byEvent = new Map<string, Array<[string, number]>>();
      for (const e of events) byEvent.set(String(e.event), [...(byEvent.get(String(e.event)) ?? []), [String(e.article), Number(e.start)]]);
      assert.deepEqual(groups([...byEvent.values()]), groups(memory.events.map((e) => e.mentions.map((m) => [m.article, m.start] as [string, number]))));
    });

    it("quotes with their merged speakers, and the speakers' totals", async () => {
      const memory = quoteCorpus(docs);
      const quotes = await store.rows(`SELECT q.*, coalesce(s.canonical, q.speaker) AS merged FROM quotes q JOIN articles a ON a.id = q.article
        LEFT JOIN speakers s ON s.speaker = q.speaker ORDER BY a.seq, q.ord`);
      assert.deepEqual(
        quotes.map((q) => [q.article, q.start, q.end, q.text, q.kind, q.cue, q.merged]),
        memory.quotes.map((q) => [q.article, q.start, q.end, q.text, q.kind, q.cue, q.speaker]),
      );
      const speakers = await store.rows(`SELECT coalesce(s.canonical, q.speaker) AS name, count(*) AS quotes, sum(q.words) AS words,
        count(DISTINCT q.article) AS articles FROM quotes q LEFT JOIN speakers s ON s.speaker = q.speaker WHERE q.speaker IS NOT NULL GROUP BY coalesce(s.canonical, q.speaker)`);
      const row = (n: unknown, q: unknown, w: unknown, a: unknown) => `${n}\t${q}\t${w}\t${a}`;
      assert.deepEqual(speakers.map((s) => row(s.name, s.quotes, s.words, s.articles)).sort(), memory.speakers.map((s) => row(s.name, s.quotes, s.words, s.articles.length)).sort());
    });

    it("overlap pairs: the candidate filter's pairs, aligned the same", async () => {
      const memory = analyseOverlapArticles(articles, { listAllPairsUpTo: 0 });
      const pairs = await store.rows("SELECT * FROM pairs");
      if (name.includes("copies")) {
        const relations = memory.pairs.map((p) => p.relation);
        assert.ok(relations.filter((r) => r === "copy").length >= 2 && relations.includes("rewrite"), relations.join(", "));
      }
      const row = (a: unknown, b: unknown, rel: unknown, sa: unknown, sb: unknown) => `${a}\t${b}\t${rel}\t${sa}\t${sb}`;
      assert.deepEqual(
        pairs.map((p) => row(p.a, p.b, p.relation, p.shared_a, p.shared_b)).sort(),
        memory.pairs.map((p) => row(p.a, p.b, p.relation, p.shared_a, p.shared_b)).sort(),
      );
    });
  });
}
