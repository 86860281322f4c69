import { strict as assert } from "node:assert";
import * as path from "node:path";
import { ingest } from "../../src/store/ingest";
import { openStore } from "../../src/store/open";
import { selectArticles, storeFrequencies, storeSpeakers, storeMentionsPerDay, storeEvents } from "../../src/store/query";
import { storeEventTimeline } from "../../src/store/timeline-result";
import { tempDir, writeCollection } from "./support";

describe("openStore and the collection queries (src/store/open.ts, query.ts)", function () {
  this.timeout(120000);
  let dir: string;
  before(async () => {
    dir = path.join(tempDir(), "s");
    await ingest([writeCollection(tempDir("newscompare-in-"), 18)], dir, { workers: 0, batchSize: 7 });
  });

  it("query(sql) gives a danfojs DataFrame with the query's columns, also when no row matches", async () => {
    const store = await openStore(dir);
    try {
      const df = await store.query("SELECT outlet, count(*) AS n FROM articles GROUP BY outlet ORDER BY outlet");
      assert.deepEqual(df.columns, ["outlet", "n"]);
      assert.deepEqual(df.values, [["Daily Example", 6], ["Evening Test", 6], ["Weekly Sample", 6]]);
      const none = await store.query("SELECT id, words FROM articles WHERE id = 'nothing'");
      assert.deepEqual(none.columns, ["id", "words"]);
      assert.equal(none.shape[0], 0);
    } finally {
      store.close();
    }
  });

  it("frequencies, speakers, mentions and events by outlet, filtered by outlet and dates", async () => {
    const store = await openStore(dir);
    try {
      const all = await storeFrequencies(store, { by: "outlet" });
      assert.deepEqual(all.groups.map((g) => [g.unit, g.articles]).sort(), [["Daily Example", 6], ["Evening Test", 6], ["Weekly Sample", 6]]);
      // "bridge" only in articles 0, 3, 6, ... (i % 3 === 0): all of them Daily Example's
      const bridge = all.terms.filter((t) => t.key === "bridge");
      assert.deepEqual(bridge.map((t) => [t.unit, t.count]), [["Daily Example", 6]]);
      const daily = all.distinctive.filter((d) => d.unit === "Daily Example" && d.method === "logodds").map((d) => d.key);
      assert.ok(daily.includes("bridge") && daily.includes("daily"), daily.join(", "));
      const march = await storeFrequencies(store, { by: "outlet", outlets: ["daily example"], from: "2021-03-01", to: "2021-03-31" });
      assert.deepEqual(march.groups.map((g) => [g.unit, g.articles]), [["Daily Example", 3]]);
      const speakers = await storeSpeakers(store, { by: "outlet" });
      assert.deepEqual(speakers.filter((s) => s.speaker === "Jane Doe").map((s) => [s.unit, s.quotes]).sort(), [["Daily Example", 6], ["Evening Test", 6], ["Weekly Sample", 6]]);
      const days = await storeMentionsPerDay(store, { by: "outlet" });
      assert.deepEqual(days.filter((d) => d.day === "2021-03-03").map((d) => [d.unit, d.mentions]).sort(), [["Daily Example", 6], ["Evening Test", 6], ["Weekly Sample", 6]]);
      const events = await storeEvents(store, { by: "outlet" });
      const vote = events.find((e) => e.value === "2021-03-03");
      assert.ok(vote, "the vote on March 3 is an event");
      assert.equal(vote!.outlets, 3);
    } finally {
      store.close();
    }
  });

  it("a query past DuckDB's memory limit is one line naming the store and --memory-limit, not DuckDB's tuning advice", async () => {
    const store = await openStore(dir, { memoryLimit: "8MB", threads: 1 });
    try {
      // three million groups cannot be held in 8 MB, spilled or not
      await assert.rejects(store.rows("SELECT count(*) AS n FROM (SELECT i % 3000000 AS k, count(*) AS c FROM range(6000000) t(i) GROUP BY k ORDER BY k) g"), (err: Error) => {
        assert.equal(err.name, "StoreError");
        assert.equal(err.message, `${dir}: this query needs more memory than DuckDB may use (--memory-limit 8MB): raise --memory-limit, or select fewer articles (--outlet, --from, --to)`);
        assert.doesNotMatch(err.message, /\n/);
        return true;
      });
      // the store still answers what fits
      assert.deepEqual(await store.rows("SELECT count(*) AS n FROM articles"), [{ n: 18 }]);
    } finally {
      store.close();
    }
  });

  it("the events of a collection too large for every mention: the capped mentions drawn, the true article and outlet counts kept", async () => {
    const store = await openStore(dir);
    try {
      const all = await storeEvents(store, { by: "outlet" });
      const widest = [...all].sort((a, b) => b.outlets - a.outlets || b.articles - a.articles)[0];
      assert.ok(widest.articles >= 6 && widest.outlets === 3, `${widest.articles} articles, ${widest.outlets} outlets`);
      await selectArticles(store, { by: "outlet" });
      const capped = await storeEventTimeline(store, { maxEvents: 1, maxMembers: 2 });
      assert.equal(capped.events.length, 1);
      const [e] = capped.events;
      assert.equal(e.value, widest.value);
      assert.equal(e.mentions.length, 2);
      assert.equal(e.articles.length, widest.articles);
      assert.deepEqual(e.outlets, ["Daily Example", "Evening Test", "Weekly Sample"]);
      // uncapped, the same event lists every mention
      const full = await storeEventTimeline(store, {});
      assert.deepEqual(full.events.find((x) => x.id === e.id)?.articles, e.articles);
    } finally {
      store.close();
    }
  });
});
