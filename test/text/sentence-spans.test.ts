import { strict as assert } from "node:assert";
import * as path from "node:path";
import type { Article } from "../../src/corpus/article";
import { loadCorpus } from "../../src/corpus/load";
import { sentenceSpans, toDocument } from "../../src/text/document";
import { scanTokens, tokenize, TOKEN_KINDS } from "../../src/text/tokens";

function article(raw: string, text = raw): Article {
  return { id: "a", file: "a.txt", title: null, outlet: "unknown", published: null, publishedEstimated: false, language: "en", raw, text, removed: [], encoding: "utf-8", meta: {} };
}

/** [start, end, paragraph] of every sentence, from the light path and from toDocument. */
function both(a: Article): { light: number[][]; doc: number[][] } {
  const s = sentenceSpans(a);
  const light = Array.from({ length: s.length }, (_, i) => [s.starts[i], s.ends[i], s.paragraphs[i]]);
  return { light, doc: toDocument(a).sentences.map((x) => [x.start, x.end, x.paragraph]) };
}

/** Texts exercising every splitting rule (the cases of sentences.test.ts and the tokenizer's joins). */
const TEXTS = [
  "He said “Stop.” Then he left. She said \"Go!\" And they went.",
  "“Why?” he asked. “Now!” she said.",
  "Gen. Smith met Mr. Jones and Dr. Li on Jan. 24, 2025. David L. Stern came too.",
  "They met on St. Patrick's Day, e.g. at noon, vs. last year. No. 5 won. No. It did not.",
  "The U.S. president spoke. U.S. President Donald Trump agreed. He came to the U.S. The trip was short.",
  "Talks in the U.S. “We agreed,” he said. Apple Inc. said no. It bought apples, pears etc. Then it stopped.",
  "It rose 3.5 percent… and then fell... Then it rose.",
  "And so on . . . In November it ended. It was a HUNT!!! . Then “we will see. ” She left.",
  "named . . . er, Pilate. Done",
  "Trump, Putin Hold Call\n\nPhoto: Getty Images\n\nThe call lasted long. It ended.\n\nA New Approach\n\nTalks begin",
  "The leaders spoke for\nnearly 90 minutes. Then\nPutin left.",
  "Head line\n\nOne. Two.\nThree.\n  \nFour.",
  "One.\nTwo.\nThree.\nFour.\n\nA caption line\n\nFive.\nSix.\nSeven.",
  "The leaders spoke for nearly\n90 minutes on Wednesday, the\nKremlin said. Talks follow.\n\nPutin said the call was\nuseful and would go on.",
  "BankAmerica Corp is not under\npressure to act, Banking\nAnalysts said on Monday in New\nYork.\n    Some analysts said they have\nrecommended a delay. Shares\nfell this week.",
  "Trump’s U.S.-Russia call: “Zelenskyy’s” allies paid $60 (US$60, 88%) on 2025-02-12 at 10:30 a.m. — it's ’s 😀 Élan. Über alles. ‼ Ça va? ¿Qué? (Done.) [Yes.] «Non.» Fin",
  "",
  "   \n\n  ",
];

describe("text/document sentenceSpans", () => {
  it("gives toDocument's sentence starts, ends and paragraphs on texts exercising every rule", () => {
    let total = 0;
    for (const text of TEXTS) {
      const { light, doc } = both(article(text));
      assert.deepEqual(light, doc, text);
      total += doc.length;
    }
    assert.equal(total, 66); // the comparison is over real sentences, not empty lists
    assert.deepEqual(both(article("He said “Stop.” Then he left.")).light, [[0, 15, 0], [16, 29, 0]]);
  });

  it("reads the paragraph mode from raw, as toDocument does", () => {
    const a = article("One.\nTwo.\nPhoto: AP\nThree.\nFour.", "One.\nTwo.\n         \nThree.\nFour.");
    const { light, doc } = both(a);
    assert.deepEqual(light, doc);
    assert.deepEqual(light.map((s) => s[2]), [0, 1, 2, 3]);
  });

  it("gives toDocument's sentences on the bundled story", () => {
    const { articles } = loadCorpus(path.resolve(__dirname, "../../data/trump-putin-call"));
    assert.equal(articles.length, 5);
    let total = 0;
    for (const a of articles) {
      const { light, doc } = both(a);
      assert.deepEqual(light, doc, a.id);
      total += doc.length;
    }
    assert.ok(total > 100, `only ${total} sentences`);
  });

  it("scanTokens gives tokenize's offsets and kinds, growing its arrays", () => {
    const text = TEXTS.join("\n");
    const spans = scanTokens(text, { length: 0, starts: new Int32Array(1), ends: new Int32Array(1), kinds: new Uint8Array(1) });
    const got = Array.from({ length: spans.length }, (_, i) => `${spans.starts[i]}-${spans.ends[i]}:${TOKEN_KINDS[spans.kinds[i]]}`);
    assert.deepEqual(got, tokenize(text).map((t) => `${t.start}-${t.end}:${t.kind}`));
    assert.ok(spans.length > 300);
  });
});
