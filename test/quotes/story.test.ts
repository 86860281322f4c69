import { strict as assert } from "node:assert";
import * as path from "node:path";
import { loadCorpus } from "../../src/corpus/load";
import { quoteCorpus } from "../../src/quotes/corpus";
import type { Quote } from "../../src/quotes/types";

const DATA = path.resolve(__dirname, "../../data/trump-putin-call");

describe("quotes on the bundled story", () => {
  const { articles } = loadCorpus(DATA);
  const result = quoteCorpus(articles);
  const of = (id: string) => result.quotes.filter((q) => q.article === id);
  const find = (id: string, start: string): Quote => {
    const q = of(id).find((x) => x.text.startsWith(start));
    assert.ok(q, `no quote starting "${start}" in ${id}`);
    return q;
  };

  it("finds every quotation, and attributes all but scare quotes and titles", () => {
    const counts = Object.fromEntries(articles.map((a) => [a.id, of(a.id).length]));
    assert.deepEqual(counts, { "abc-reworded": 24, "abc-word-swapped": 24, "first-call-web": 12, "nypost-relay": 11, "wapo-call": 30 });
    const unattributed = result.quotes.filter((q) => (q.kind === "speech" || q.kind === "partial") && !q.speaker);
    assert.deepEqual(unattributed, []);
    assert.deepEqual(result.quotes.filter((q) => q.kind === "title").map((q) => [q.article, q.text]), [
      ["abc-reworded", "This Week"],
      ["abc-word-swapped", "This Week"],
    ]);
  });

  it("nypost-relay (004): Peskov, Trump, Slutsky", () => {
    const q = find("nypost-relay", "I personally may not know something");
    assert.deepEqual([q.speaker, q.cue, q.role], ["Dmitry Peskov", "said", "Kremlin spokesman"]);
    assert.deepEqual([find("nypost-relay", "better not say").speaker, find("nypost-relay", "better not say").kind], ["Donald Trump", "partial"]);
    assert.equal(find("nypost-relay", "I’ve always had a good relationship").cue, "told the New York Post");
    const fast = find("nypost-relay", "I hope it’s fast");
    assert.deepEqual([fast.speaker, fast.speakerText, fast.attribution], ["Donald Trump", "he", "pronoun"]);
    assert.deepEqual([find("nypost-relay", "Every day people").speaker, find("nypost-relay", "Every day people").attribution], ["Donald Trump", "continuation"]);
    assert.equal(find("nypost-relay", "an advanced stage").speaker, "Leonid Slutsky");
  });

  it("first-call-web (002): Witkoff's quote, Trump's readout", () => {
    const w = find("first-call-web", "I think that’s maybe a sign");
    assert.deepEqual([w.speaker, w.cue, w.attribution], ["Steve Witkoff", "said", "cue"]);
    assert.equal(find("first-call-web", "I think they had a great friendship").speaker, "Steve Witkoff");
    assert.equal(find("first-call-web", "We know the crown prince").speaker, "Donald Trump"); // not Mohammed bin Salman
    assert.equal(find("first-call-web", "unrealistic").speaker, "Pete Hegseth");
  });

  it("wapo-call (003): Trump's Truth Social posts, Leavitt by pronoun, Peskov reporting Putin", () => {
    const t = of("wapo-call").filter((q) => q.cue === "wrote on Truth Social");
    assert.deepEqual(t.map((q) => [q.speaker, q.text.slice(0, 24)]), [
      ["Donald Trump", "I just had a lengthy and"],
      ["Donald Trump", "I am hopeful that the re"],
    ]);
    const nested = find("wapo-call", "we want to stop the millions");
    assert.ok(nested.text.includes("‘COMMON SENSE.’"));
    assert.equal(nested.speaker, "Donald Trump");
    const she = find("wapo-call", "I haven’t talked to the president");
    assert.deepEqual([she.speaker, she.attribution], ["Karoline Leavitt", "pronoun"]);
    assert.equal(find("wapo-call", "mentioned the need to eliminate").speaker, "Dmitry Peskov");
    assert.equal(find("wapo-call", "robust security guarantees").speaker, "Pete Hegseth");
    assert.deepEqual([find("wapo-call", "While this war").speaker, find("wapo-call", "While this war").role], ["Lawrence Freedman", "emeritus professor of war studies at King’s College London"]);
    // the reader comment ("pay up", "shut up", "no more free rides") is blanked: none of it is extracted
    assert.equal(of("wapo-call").some((q) => /pay up|shut up|free rides/.test(q.text)), false);
  });

  it("the word-swapped rewrite (000): swapped verbs, broken mark, unclosed last quote", () => {
    const y = find("abc-word-swapped", "is attempting to push");
    assert.deepEqual([y.speaker, y.cue], ["Andriy Yermak", "wrote on social media"]);
    const last = find("abc-word-swapped", "This is not going to occur");
    assert.deepEqual([last.speaker, last.closed], ["Andriy Yermak", false]);
    assert.deepEqual([find("abc-word-swapped", "Settle now").speaker, find("abc-word-swapped", "Settle now").cue], ["Donald Trump", "wrote on Reality Social"]);
    assert.deepEqual([find("abc-word-swapped", "genius").kind, find("abc-word-swapped", "genius").speaker], ["partial", "Donald Trump"]);
  });

  it("one speaker per person across the corpus, with roles and aliases", () => {
    const peskov = result.speakers.find((s) => s.id === "dmitry-peskov")!;
    assert.deepEqual(peskov.articles, ["abc-reworded", "abc-word-swapped", "nypost-relay", "wapo-call"]);
    assert.deepEqual(peskov.roles, ["spokesman", "spokesperson", "Kremlin spokesman"]);
    const trump = result.speakers.find((s) => s.id === "donald-trump")!;
    assert.deepEqual(trump.aliases, ["Trump", "the president"]);
    assert.equal(trump.articles.length, 5);
    assert.deepEqual(result.speakers.map((s) => s.name).slice(0, 3), ["Donald Trump", "Vladimir Putin", "Karoline Leavitt"]);
  });
});
