import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { blankSpans, findBoilerplate } from "../../src/corpus/clean";

const DATA = path.resolve(__dirname, "../../data/trump-putin-call");
const SEEDS = path.resolve(__dirname, "../../../shared/seeds");

/** The file as read, and where its body starts: after the closing "---" line of the front matter. */
function read(id: string): { raw: string; from: number } {
  const raw = fs.readFileSync(path.join(DATA, `${id}.md`), "utf8");
  assert.ok(raw.startsWith("---\n"), `${id}: front matter`);
  const close = raw.indexOf("\n---\n", 3);
  assert.ok(close > 0, `${id}: closing ---`);
  return { raw, from: close + 5 };
}

function removed(id: string): Array<[string, string]> {
  const { raw, from } = read(id);
  return findBoilerplate(raw, from).map((s) => [s.reason, raw.slice(s.start, s.end)]);
}

/** The seed each data file was built from (the front matter's `id` names the file). */
const SEED_OF: Record<string, string> = {
  "abc-word-swapped": "000_9fc321f774faf36d.txt",
  "abc-reworded": "001_7c76a50f91048890.txt",
  "first-call-web": "002_d24d7d5661c9c898.txt",
  "wapo-call": "003_8756f83ca74b7bfe.txt",
  "nypost-relay": "004_3f789bb8fecc70ce.txt",
};

describe("bundled story: data/trump-putin-call", () => {
  it("holds exactly the five articles, each with its id in the front matter", () => {
    assert.deepEqual(fs.readdirSync(DATA).sort(), Object.keys(SEED_OF).map((id) => `${id}.md`).sort());
    for (const id of Object.keys(SEED_OF)) {
      const { raw, from } = read(id);
      assert.match(raw.slice(0, from), new RegExp(`\\nid: ${id}\\n`));
    }
  });

  it("keeps each original text byte for byte below the front matter", function () {
    if (!fs.existsSync(SEEDS)) {
      console.log(`      (skipped: ${SEEDS} is absent)`);
      this.skip();
    }
    for (const [id, seed] of Object.entries(SEED_OF)) {
      const file = fs.readFileSync(path.join(DATA, `${id}.md`));
      const body = file.subarray(Buffer.byteLength(read(id).raw.slice(0, read(id).from), "utf8"));
      assert.ok(body.equals(fs.readFileSync(path.join(SEEDS, seed))), `${id} differs from ${seed}`);
    }
  });

  it("first-call-web: two loading lines, the photo credit and the share line; the headline stays", () => {
    assert.deepEqual(removed("first-call-web"), [
      ["loading placeholder", "• Loading..."],
      ["loading placeholder", "• Loading..."],
      ["photo credit", "Photo creditL Chris McGrath / Getty Images file"],
      ["share prompt", "Share it:"],
    ]);
  });

  it("wapo-call: the byline and its copyright tail, and the reader comment; the contributors' line stays", () => {
    const spans = removed("wapo-call");
    assert.deepEqual(spans.slice(0, 2), [
      ["byline", "By Michael Birnbaum, Robyn Dixon · The Washington Post"],
      ["copyright", "(c) 2025"],
    ]);
    assert.equal(spans.length, 3);
    assert.equal(spans[2][0], "reader comment");
    assert.ok(spans[2][1].startsWith("Putin should never be trusted! Trump is the only president"));
    assert.ok(spans[2][1].endsWith("don’t let the door hit you in the keister! Adois"));
    const { raw } = read("wapo-call");
    assert.ok(raw.endsWith(spans[2][1]), "the comment runs to the end of the file");
  });

  const ABC_REWORDED = [
    ["image caption", "President Donald Trump leaves the White House on his first trip as the new president in Washington, DC, January 24, 2025. | Russian President Vladimir Putin visits Lomonosov Moscow State University in Moscow on January 24, 2025."],
    ["photo credit", "Carlos Barria/Reuters | Ramil Sitdikov, Pool via Sputnik via Reuters"],
    ["image caption", "Russian President Vladimir Putin speaks during his visit to Lomonosov Moscow State University in Moscow, January 24, 2025."],
    ["photo credit", "Ramil Sitdikov, Pool via Sputnik via Reuters"],
    ["image caption", "President Donald Trump signs documents as he issues orders and pardons to defendants Jan. 6 in the Oval Office of the White House on Inauguration Day in Washington, Jan. 20, 2025."],
    ["photo credit", "Carlos Barria/Reuters"],
  ];
  const ABC_WORD_SWAPPED = [
    ["image caption", "President Donald Trump departs the White Home for his first journey as the brand new President, in Washington, D.C., Jan. 24, 2025. | Russian President Vladimir Putin visits the Lomonosov Moscow State College, in Moscow, Jan. 24, 2025."],
    ["photo credit", "Carlos Barria/Reuters | Ramil Sitdikov, Pool by way of Sputnik by way of Reuters"],
    ["image caption", "Russian President Vladimir Putin speaks throughout his go to to the Lomonosov Moscow State College, in Moscow, Jan. 24, 2025."],
    ["photo credit", "Ramil Sitdikov, Pool by way of Sputnik by way of Reuters"],
    ["image caption", "President Donald Trump indicators paperwork as he points government orders and pardons for Jan. 6 defendants within the Oval Workplace on the White Home on Inauguration Day in Washington, Jan. 20, 2025."],
    ["photo credit", "Carlos Barria/Reuters"],
  ];

  it("abc-reworded and abc-word-swapped: three captions with their credits; section headings stay", () => {
    assert.deepEqual(removed("abc-reworded"), ABC_REWORDED);
    assert.deepEqual(removed("abc-word-swapped"), ABC_WORD_SWAPPED);
  });

  it("nypost-relay: nothing to remove", () => {
    assert.deepEqual(removed("nypost-relay"), []);
  });

  it("the cleaned text keeps the article (headings, headline, sign-off) and none of what was removed", () => {
    const kept: Record<string, string[]> = {
      "abc-reworded": ["To break the silence", "Pressure tactics", "Other questions, other countries"],
      "abc-word-swapped": ["Breaking the silence", "Stress techniques", "Different points, different international locations"],
      "first-call-web": ["Trump, Putin Hold First Call Since Inauguration, Pledge Immediate Ukraine Peace Talks", "A New Approach To Diplomacy"],
      "wapo-call": ["– – –", "contributed to this report.", "President Donald Trump spoke by phone on Wednesday"],
      "nypost-relay": ["according to the New York Post"],
    };
    for (const id of Object.keys(SEED_OF)) {
      const { raw, from } = read(id);
      const spans = findBoilerplate(raw, from);
      const text = blankSpans(raw, spans);
      assert.equal(text.length, raw.length);
      assert.equal(text.slice(0, from), raw.slice(0, from), `${id}: front matter untouched`);
      for (const s of spans) assert.ok(!text.includes(raw.slice(s.start, s.end)), `${id} still has ${raw.slice(s.start, s.end)}`);
      for (const k of kept[id]) assert.ok(text.includes(k), `${id} lost "${k}"`);
    }
  });
});
