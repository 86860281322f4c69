import { strict as assert } from "node:assert";
import { createSliceInterner } from "../../src/text/slice-interner";

describe("text/slice-interner", () => {
  it("gives equal substrings of different texts the same dense id", () => {
    const si = createSliceInterner();
    const a = "the cat sat";
    const b = "a cat, the hat";
    assert.equal(si.intern(a, 0, 3), 0); // "the"
    assert.equal(si.intern(a, 4, 7), 1); // "cat"
    assert.equal(si.intern(b, 2, 5), 1); // "cat" again, from another string
    assert.equal(si.intern(b, 7, 10), 0); // "the"
    assert.equal(si.intern(a, 8, 11), 2); // "sat"
    assert.equal(si.intern(b, 11, 14), 3); // "hat"
    assert.equal(si.size, 4);
    assert.deepEqual([0, 1, 2, 3].map((i) => si.get(i)), ["the", "cat", "sat", "hat"]);
  });

  it("tells apart prefixes, case, the empty string and non-ASCII code units", () => {
    const si = createSliceInterner();
    const t = "Café café caf cafés ’s 's 😀";
    const words = t.split(" ");
    let at = 0;
    const got = words.map((w) => {
      const id = si.intern(t, at, at + w.length);
      at += w.length + 1;
      return id;
    });
    assert.deepEqual(got, [0, 1, 2, 3, 4, 5, 6]);
    assert.equal(si.intern("", 0, 0), 7);
    assert.equal(si.intern("x", 1, 1), 7);
    assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 7].map((i) => si.get(i)), [...words, ""]);
    assert.throws(() => si.get(8), /no substring with id 8/);
  });

  it("keeps every id through table growth (50,000 distinct substrings)", () => {
    const si = createSliceInterner();
    const text = Array.from({ length: 50000 }, (_, i) => `w${i}`).join(" ");
    const spans: Array<[number, number]> = [];
    for (let s = 0; s < text.length; ) {
      const e = text.indexOf(" ", s);
      spans.push([s, e < 0 ? text.length : e]);
      s = e < 0 ? text.length : e + 1;
    }
    spans.forEach(([s, e], i) => assert.equal(si.intern(text, s, e), i));
    assert.equal(si.size, 50000);
    // looked up again, in reverse, from fresh strings
    for (let i = 49999; i >= 0; i -= 997) assert.equal(si.intern(` w${i} `, 1, 2 + String(i).length), i);
    assert.equal(si.get(12345), "w12345");
  });
});
