import { strict as assert } from "node:assert";
import type { Article } from "../../src/corpus/article";
import { knownOutlet, resolveOutlets, siteOf, unifyOutletNames } from "../../src/corpus/outlets";

function article(id: string, outlet: string): Article {
  return { id, file: `${id}.txt`, title: null, outlet, published: null, publishedEstimated: false, language: "en", raw: "x", text: "x", removed: [], encoding: "utf-8", meta: {} };
}

describe("unifyOutletNames", () => {
  it("gives names equal but for case the spelling most articles use", () => {
    const list = [article("a", "nyt"), article("b", "nyt"), article("c", "NYT"), article("d", "Fox")];
    unifyOutletNames(list);
    assert.deepEqual(list.map((a) => a.outlet), ["nyt", "nyt", "nyt", "Fox"]);
    assert.deepEqual(list[2].meta, { outlet_as_given: "NYT" });
    assert.deepEqual(list[0].meta, {});
  });

  it("breaks a tie in favour of more capitals, and trims space", () => {
    const list = [article("a", "hpo"), article("b", "HPO "), article("c", "unknown")];
    unifyOutletNames(list);
    assert.deepEqual(list.map((a) => a.outlet), ["HPO", "HPO", "unknown"]);
  });

  it("leaves different outlets apart", () => {
    const list = [article("a", "The Washington Post"), article("b", "Washington Post")];
    unifyOutletNames(list);
    assert.deepEqual(list.map((a) => a.outlet), ["The Washington Post", "Washington Post"]);
  });
});

describe("resolveOutlets", () => {
  const withUrl = (id: string, outlet: string, url?: string): Article => ({ ...article(id, outlet), ...(url ? { url } : {}) });

  it("names an outlet nobody gave after its URL's site, merging it with the same outlet named elsewhere", () => {
    const list = [
      withUrl("a", "unknown", "http://thecaucus.blogs.nytimes.com/2010/07/03/x"),
      withUrl("b", "nyt", "http://www.nytimes.com/2010/07/03/us/x.html"),
      withUrl("c", "unknown", "https://example.org/story/1"),
      withUrl("d", "unknown"),
    ];
    resolveOutlets(list);
    assert.deepEqual(list.map((a) => a.outlet), ["The New York Times", "The New York Times", "example.org", "unknown"]);
    assert.deepEqual(list[0].meta, { outlet_as_given: "unknown" });
    assert.deepEqual(list[1].meta, { outlet_as_given: "nyt" });
    assert.deepEqual(list[3].meta, {});
  });

  it("drops news-section suffixes of known outlets, keeps opinion sections and unknown names apart", () => {
    const list = ["CNN (Web News)", "Fox Online News", "Fox News (Online)", "NPR Online News", "New York Times - News", "New York Times - Opinion", "FOX", "Guest Writer - Right"].map((o, i) => withUrl(`x${i}`, o));
    resolveOutlets(list);
    assert.deepEqual(list.map((a) => a.outlet), ["CNN", "Fox News", "Fox News", "NPR", "The New York Times", "New York Times - Opinion", "Fox News", "Guest Writer - Right"]);
  });

  it("reads a site from a URL without a scheme and ignores one it cannot parse", () => {
    assert.equal(siteOf("www.bbc.co.uk/news/world-1"), "bbc.co.uk");
    assert.equal(siteOf("latino.foxnews.com"), "foxnews.com");
    assert.equal(siteOf("http://"), null);
    assert.equal(knownOutlet("The Huffington Post"), "HuffPost");
    assert.equal(knownOutlet("Daily Planet"), null);
  });
});
