import { strict as assert } from "node:assert";
import * as path from "node:path";
import { loadCorpus } from "../../src/corpus/load";
import type { Article } from "../../src/corpus/article";
import { FIXTURES, tempCorpus } from "./support";

const dir = path.join(FIXTURES, "formats");
const one = (file: string): Article[] => loadCorpus(path.join(dir, file)).articles;

describe("loadCorpus: formats", () => {
  it("reads .txt: whole file as raw, headline first line as title, id from the file name", () => {
    const [a] = one("plain.txt");
    assert.equal(a.id, "plain");
    assert.equal(a.file, path.join(dir, "plain.txt"));
    assert.equal(a.title, "Storm Closes Harbour Bridge");
    assert.equal(a.outlet, "unknown");
    assert.equal(a.published, null);
    assert.equal(a.publishedEstimated, false);
    assert.equal(a.language, "en");
    assert.equal(a.encoding, "utf-8");
    assert.equal(
      a.raw,
      "Storm Closes Harbour Bridge\n\nThe Harbour Bridge closed at 6 a.m. on Tuesday after gusts reached 120 km/h, the city said.\n\nFerries ran on a reduced timetable.\n",
    );
    assert.equal(a.text, a.raw);
    assert.deepEqual(a.removed, []);
  });

  it("reads .md front matter: metadata, front matter kept in raw as a removed span, blanked in text", () => {
    const [a] = one("front.md");
    assert.equal(a.id, "mayor-budget");
    assert.equal(a.title, "Mayor Presents Budget");
    assert.equal(a.outlet, "The Daily Example");
    assert.equal(a.published, "2024-03-05");
    assert.equal(a.publishedEstimated, true);
    assert.deepEqual(a.authors, ["Ana Ruiz", "Tom Lee"]);
    assert.deepEqual(a.meta, { section: "city" });
    assert.deepEqual(a.removed, [{ start: 0, end: 186, reason: "front matter" }]);
    assert.ok(a.raw.startsWith("---\nid: mayor-budget\n"));
    assert.equal(a.raw.slice(186), "The mayor presented a budget of $1.2 billion on Monday.\n\nCouncil will vote on March 12.\n");
    assert.equal(a.text.length, a.raw.length);
    assert.equal(a.text.slice(186), a.raw.slice(186));
    assert.match(a.text.slice(0, 186), /^[ \n]+$/);
    assert.equal(a.text.slice(0, 186).split("\n").length, a.raw.slice(0, 186).split("\n").length);
  });

  it("reads .html: Readability body without nav, promo, related links or footer; meta tags", () => {
    const [a] = one("page.html");
    assert.equal(a.id, "page");
    assert.equal(a.title, "River Cleanup Draws 300 Volunteers");
    assert.equal(a.outlet, "Valley Courier");
    assert.equal(a.published, "2024-04-20T09:30:00Z");
    assert.equal(a.url, "https://courier.example/river-cleanup");
    assert.deepEqual(a.authors, ["Priya Nair"]);
    const paragraphs = a.raw.split("\n\n");
    assert.equal(paragraphs.length, 4);
    assert.equal(
      paragraphs[0],
      "More than 300 volunteers pulled two tonnes of rubbish from the Elm River on Saturday, organisers said, in the largest cleanup the town has seen since the flood of 2019.",
    );
    assert.ok(paragraphs[1].startsWith("“We found shopping trolleys, a bicycle"));
    assert.equal(
      paragraphs[3],
      "Organisers plan a second cleanup in September, when water levels are lower and more of the riverbed can be reached safely from the banks.",
    );
    for (const debris of ["Home", "Subscribe", "Related", "Council budget approved", "All rights reserved", "Privacy"]) {
      assert.ok(!a.raw.includes(debris), `raw should not contain ${debris}`);
    }
  });

  it("reads a .json array: field-name variants, paragraph lists, ids <stem>-<n> when missing", () => {
    const [a, b] = one("list.json");
    assert.equal(a.id, "wire-1");
    assert.equal(a.title, "Rail Strike Called Off");
    assert.equal(a.outlet, "Example Wire");
    assert.equal(a.published, "2024-05-02");
    assert.equal(a.url, "https://wire.example/1");
    assert.deepEqual(a.authors, ["Jo Park", "Sam Okafor"]);
    assert.equal(a.raw, "The rail strike planned for Friday was called off late on Thursday.\n\nUnions said talks would resume next week.");
    assert.equal(b.id, "list-2");
    assert.equal(b.title, "Rail Talks Resume");
    assert.equal(b.published, "2024-05-09T14:15:00+02:00");
    assert.equal(b.raw, "Talks between the unions and the rail operator resumed on Thursday.\n\nNo date was set for a deal.");
    assert.equal(b.file, path.join(dir, "list.json"));
  });

  it("reads a nested paragraph record (BASIL body-paragraphs): sentences joined by a space, paragraphs by a blank line", () => {
    const [a] = one("nested.json");
    assert.equal(a.id, "nested");
    assert.equal(a.outlet, "Fox News"); // BASIL's "fox", by its usual name
    assert.equal(a.published, "2012-06-21");
    assert.equal(a.raw, "The Senate passed the farm bill on Thursday. The vote was 64 to 35.\n\nThe House has not scheduled a vote.");
    assert.deepEqual(a.meta, { uuid: "3f1c", outlet_as_given: "fox" });
  });

  it("reads {articles: [...]} in .json", () => {
    const folder = tempCorpus({
      "wrapped.json": JSON.stringify({ articles: [{ text: "First report." }, { id: "w2", text: "Second report." }] }),
    });
    const r = loadCorpus(folder);
    assert.deepEqual(r.articles.map((a) => [a.id, a.raw, a.title]), [["wrapped-1", "First report.", null], ["w2", "Second report.", null]]);
  });

  it("reads .jsonl: one record per line, blank lines ignored, month-name and RFC 2822 dates", () => {
    const [a, b, ...rest] = one("feed.jsonl");
    assert.equal(rest.length, 0);
    assert.equal(a.id, "feed-a");
    assert.equal(a.outlet, "Metro Daily");
    assert.equal(a.published, "2024-03-03");
    assert.equal(a.raw, "The city museum reopened on Sunday after a two-year renovation.");
    assert.equal(b.id, "feed-b");
    assert.equal(b.published, "2024-03-04T08:05:00Z");
  });

  it("reads .csv with a header: quoted multi-line bodies, empty date cell means no date", () => {
    const [a, b] = one("table.csv");
    assert.equal(a.id, "csv-1");
    assert.equal(a.title, "Library Hours Extended");
    assert.equal(a.outlet, "Town Crier");
    assert.equal(a.raw, "The library will open until 9 p.m. on weekdays.\n\nThe change starts in July.");
    assert.equal(b.id, "csv-2");
    assert.equal(b.published, null);
  });

  it("loads the whole folder in path order", () => {
    const r = loadCorpus(dir);
    assert.deepEqual(
      r.articles.map((a) => a.id),
      ["feed-a", "feed-b", "mayor-budget", "wire-1", "list-2", "nested", "page", "plain", "csv-1", "csv-2"],
    );
    assert.deepEqual(r.warnings, []);
    assert.deepEqual(r.skipped, []);
  });

  it("takes custom field names in front of the defaults", () => {
    const r = loadCorpus(path.join(dir, "list.json"), { fields: { title: ["url"] } });
    assert.equal(r.articles[0].title, "https://wire.example/1");
    assert.equal(r.articles[1].title, "Rail Talks Resume");
  });

  it("fills in --published only where the metadata has no date, not estimated, and says where each date came from", () => {
    const r = loadCorpus([path.join(dir, "table.csv"), path.join(dir, "plain.txt")], { published: "2024-07-01" });
    assert.deepEqual(
      r.articles.map((a) => [a.id, a.published, a.publishedEstimated, a.publishedFrom]),
      [["csv-1", "2024-06-01", false, "source"], ["csv-2", "2024-07-01", false, "given"], ["plain", "2024-07-01", false, "given"]],
    );
    assert.equal(one("plain.txt")[0].publishedFrom, undefined, "no date, none given: no source to name");
  });
});

describe("loadCorpus: details", () => {
  it("normalises record text and metadata to NFC even when the JSON escapes a decomposed accent", () => {
    const d = tempCorpus({ "r.jsonl": '{"title": "Jose\\u0301", "text": "Cafe\\u0301 Sa\\u0303o Paulo"}\n' });
    const [a] = loadCorpus(d).articles;
    assert.equal(a.raw, "Café São Paulo");
    assert.equal(a.title, "José");
  });

  it("guesses a .txt headline past web debris, with and without --keep-boilerplate", () => {
    const d = tempCorpus({ "w.txt": "• Loading...\n\nTrump, Putin Hold First Call\n\nThe two leaders spoke on Wednesday.\n" });
    const cleaned = loadCorpus(d).articles[0];
    const kept = loadCorpus(d, { keepBoilerplate: true }).articles[0];
    assert.equal(cleaned.title, "Trump, Putin Hold First Call");
    assert.equal(kept.title, "Trump, Putin Hold First Call");
    assert.deepEqual(cleaned.removed, [{ start: 0, end: 12, reason: "loading placeholder" }]);
    assert.equal(cleaned.text.slice(0, 14), "            \n\n");
    assert.deepEqual(kept.removed, []);
    assert.equal(kept.text, kept.raw);
  });

  it("an HTML page without article text is an error naming the file", () => {
    const d = tempCorpus({ "blank.html": "<html><head><title>Nothing</title></head><body><nav><a href='/'>Home</a></nav></body></html>" });
    assert.throws(() => loadCorpus(d), { message: `${path.join(d, "blank.html")}: no article text found in the HTML page` });
  });

  it("refuses a malformed options.published", () => {
    assert.throws(() => loadCorpus(dir, { published: "12/02/2025" }), /options\.published must be YYYY-MM-DD/);
  });
});
