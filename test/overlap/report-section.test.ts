import { strict as assert } from "node:assert";
import * as path from "node:path";
import { loadCorpus } from "../../src/corpus/load";
import { toDocuments } from "../../src/text/document";
import { analyseOverlap, type OverlapResult } from "../../src/overlap/index";
import type { OverlapByUnit } from "../../src/overlap/by-unit";
import { reportContext } from "../../src/report/context";
import { clusterSentences, INTRO_LINKS, methodSentence, overlapSection } from "../../src/report/sections/overlap";
import { corpusOverlap, corpusQuotes } from "../../src/report/shared-results";
import { describeClusters, syndicationClusters } from "../../src/overlap/clusters";
import type { Document } from "../../src/text/types";
import { syntheticOverlap } from "../charts/overlap-synthetic";
import { doc } from "./support";

const DATA = path.resolve(__dirname, "../../data/trump-putin-call");

describe("report section: overlap", function () {
  this.timeout(120_000);
  let docs: Document[];
  before(() => {
    docs = toDocuments(loadCorpus(DATA).articles);
  });

  it("extracts the quotes once for the report and finds the same overlap with them as on its own", async () => {
    const ctx = reportContext({ corpus: "trump-putin-call", docs });
    const out = await overlapSection.build(ctx);
    const shared = corpusOverlap(ctx);
    assert.equal((out.results as OverlapByUnit).pairs, shared.pairs, "the section's result is the one stored for the other sections");
    assert.ok(corpusQuotes(ctx).quotes.length > 0);
    const own = analyseOverlap(docs);
    const numbers = (r: OverlapResult) => ({
      pairs: r.pairs.map((p) => [p.a, p.b, p.relation, p.shared_a, p.shared_b]), passages: r.passages.length,
      quotes: r.quotes.map((q) => [q.a, q.b, q.a_start, q.b_start, q.status]), substitutions: r.substitutions.length, directions: r.directions.map((d) => d.verdict),
    });
    assert.deepEqual(numbers(shared), numbers(own));
  });

  it("names the cluster and the link by label, and keeps ids in the CSV columns", async () => {
    const ctx = reportContext({ corpus: "trump-putin-call", docs });
    const out = await overlapSection.build(ctx);
    const label = (id: string) => ctx.grouping.articleLabel.get(id)!;
    assert.match(out.intro!, /One syndication cluster \(articles that copy or rewrite one another: one source, however many times it runs\) joins 2 of the 5 articles; its first article is /);
    assert.match(out.intro!, /The other 3 share no narration with any article\./);
    assert.ok(out.intro!.includes(`<li><b>A</b> ${label("abc-reworded")}, <b>B</b> ${label("abc-word-swapped")}: rewrite — `));
    assert.deepEqual(out.charts.map((c) => [c.name, c.title]), [["overlap-heatmap", "Shared text"], ["overlap-graph", "Relations"], ["overlap-sources", "Where each article's text is also found"], ["overlap-quote-drift", "Quotes that changed"]]);
    assert.match(out.charts[1].caption, /3 articles with no such link are not drawn\./);
    const clusters = out.tables.find((t) => t.name === "overlap-clusters")!;
    assert.deepEqual(clusters.rows.map((r) => [r.articles, r.links, r.article_ids]), [[2, "1 rewrite", "abc-reworded abc-word-swapped"]]);
    const pairs = out.tables.find((t) => t.name === "overlap-pairs")!;
    assert.deepEqual([pairs.rows[0].a, pairs.rows[0].a_id, pairs.rows[0].relation], [label("abc-reworded"), "abc-reworded", "rewrite"]);
    assert.equal(out.tables.some((t) => t.name === "overlap-units"), false);
  });

  it("per outlet: says 'outlet', adds the unit × unit table, and summarises at any size without naming the story", async () => {
    const { result, articles } = syntheticOverlap(90, 3);
    const synthetic = articles.map((a) => doc(a.id, `${a.title}.`, { title: a.title, outlet: a.outlet, published: a.published }));
    const ctx = reportContext({ corpus: "synthetic", docs: synthetic });
    ctx.once("overlap", () => result);
    const out = await overlapSection.build(ctx);
    assert.equal(ctx.grouping.unit, "outlet");
    const text = out.intro!.replace(/<[^>]+>/g, "").replace(/&#39;/g, "'");
    assert.match(text, /^Every pair of articles \(4,005 pairs\) is aligned sentence by sentence/);
    assert.match(text, /\d+ syndication clusters \(articles that copy or rewrite one another: one source, however many times it runs\) join \d+ of the 90 articles; the largest has 6 articles from 3 outlets; its first article is /);
    assert.match(text, /Between outlets, the largest share: \d+% of Outlet [ABC]'s words are found in the articles of Outlet [ABC]/);
    assert.equal((out.intro!.match(/<li>/g) ?? []).length, INTRO_LINKS);
    assert.match(text, /The 10 strongest of \d+ links \(copy, rewrite or shared passage\):/);
    assert.match(text, /\d+ more linked pairs in tables\/overlap-pairs\.csv\./);
    assert.deepEqual(out.charts.map((c) => c.title), ["Shared text", "Syndication clusters", "Where each outlet's text is also found", "Quotes that changed"]);
    assert.match(out.charts[0].caption, /^Row outlet's words found in the column outlet's articles/);
    assert.ok(out.tables.find((t) => t.name === "overlap-units")!.rows.length > 0);
  });

  it("says how the pairs were chosen, and counts clusters and loose articles in words", () => {
    const { result } = syntheticOverlap(400, 20);
    assert.equal(methodSentence(result), `Of the 79,800 pairs of articles, the ${result.pairs.length} pairs the candidate filter picks (they share some text) are aligned sentence by sentence.`);
    const clusters = describeClusters(syndicationClusters(result.pairs.slice(0, 1)), result.pairs, result.articles);
    assert.equal(clusterSentences([], 10, 1, String), "No two articles copy or rewrite one another. 1 article shares only a passage of narration with another. The other 9 share no narration with any article.");
    assert.match(clusterSentences(clusters, 400, 0, (id) => `<${id}>`), /^One syndication cluster .* joins 2 of the 400 articles from 2 outlets; its first article is <story-0001>\. The other 398 share no narration with any article\.$/);
  });
});
