import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { fold } from "../../src/text/normalise";
import { scanWords, tokenize } from "../../src/text/tokens";

/** What scanWords reports, as surface|norm|kind, the norm folded from the surface. */
function scanned(text: string): string[] {
  const out: string[] = [];
  scanWords(text, (start, end, number) => {
    const surface = text.slice(start, end);
    out.push(`${surface}|${fold(surface)}|${number ? "number" : "word"}|${start}`);
  });
  return out;
}

/** The word and number tokens of `tokenize`, in the same form. */
function tokenized(text: string): string[] {
  return tokenize(text)
    .filter((t) => t.kind === "word" || t.kind === "number")
    .map((t) => `${t.surface}|${t.norm}|${t.kind}|${t.start}`);
}

const TRICKY =
  "Trump’s U.S.-Russia call: “Zelenskyy’s” allies paid $60 (US$60, 88%) on 2025-02-12 at 10:30 a.m. — " +
  "the working-level O’Brien didn’t say it's the Café São Paulo's ﬁnal ＡＢＣ deal. Mr. L. Stern, Jan. 3½ " +
  "leaders’ ’s 'S rock'n'roll nytimes.com 1,000.5 No. 5 No. U.S. e.g. Dr.-led " +
  "co\u00adop 𝐀𝐁 😀x x\u2011ray -- ... ’s";

describe("text/tokens scanWords", () => {
  it("reports exactly tokenize's word and number tokens on a tricky text", () => {
    const got = scanned(TRICKY);
    assert.deepEqual(got, tokenized(TRICKY));
    // spot checks, so the comparison above cannot pass on two empty lists
    assert.deepEqual(got.slice(0, 6), [
      "Trump|trump|word|0", "’s|'s|word|5", "U.S.-Russia|u.s.-russia|word|8", "call|call|word|20",
      "Zelenskyy|zelenskyy|word|27", "’s|'s|word|36",
    ]);
    assert.ok(got.includes("$60|$60|number|52"));
    assert.ok(got.includes("didn’t|didn't|word|125"));
    assert.ok(got.includes("Café|café|word|145"));
    assert.ok(got.includes("ﬁnal|final|word|162"));
    assert.ok(got.includes("x‑ray|x-ray|word|289"));
    assert.equal(got[got.length - 1], "s|s|word|303");
  });

  it("splits a clitic only right after a word, as tokenize does", () => {
    // after a space or a closing quote, "’s" is not a clitic: the apostrophe is punctuation, "s" a word
    assert.deepEqual(scanned("it’s ’s “x”’s"), ["it|it|word|0", "’s|'s|word|2", "s|s|word|6", "x|x|word|9", "s|s|word|12"]);
    assert.deepEqual(scanned("it’s ’s “x”’s"), tokenized("it’s ’s “x”’s"));
  });

  it("matches tokenize on the bundled story", function () {
    const dir = path.resolve(__dirname, "../../data/trump-putin-call");
    if (!fs.existsSync(dir)) this.skip();
    let n = 0;
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith(".md"))) {
      const text = fs.readFileSync(path.join(dir, f), "utf8");
      const got = scanned(text);
      assert.deepEqual(got, tokenized(text), f);
      n += got.length;
    }
    assert.ok(n > 3000);
  });
});
