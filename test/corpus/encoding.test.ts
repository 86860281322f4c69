import { strict as assert } from "node:assert";
import * as path from "node:path";
import { decodeFile } from "../../src/corpus/encoding";
import { loadCorpus } from "../../src/corpus/load";
import { tempCorpus } from "./support";

const TEXT = "Café São Paulo: “Olá,” she said — it’s 20°C.\n";

function utf16(text: string, bigEndian: boolean): Buffer {
  const le = Buffer.from(text, "utf16le");
  if (bigEndian) le.swap16();
  return Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), le]);
}

/** Windows-1252 bytes for the characters TEXT uses: Latin-1 as is, plus the punctuation of 0x80–0x9F. */
function windows1252(text: string): Buffer {
  const high: Record<string, number> = { "“": 0x93, "”": 0x94, "’": 0x92, "—": 0x97 };
  return Buffer.from([...text].map((ch) => high[ch] ?? (ch.charCodeAt(0) < 256 ? ch.charCodeAt(0) : assert.fail(ch))));
}

describe("decodeFile / loading encodings", () => {
  it("reads UTF-8 without and with a BOM (BOM dropped)", () => {
    assert.deepEqual(decodeFile(Buffer.from(TEXT, "utf8"), "a.txt"), { text: TEXT, encoding: "utf-8", warning: undefined });
    const bom = decodeFile(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, "utf8")]), "b.txt");
    assert.equal(bom.text, TEXT);
    assert.equal(bom.encoding, "utf-8");
  });

  it("reads UTF-16 LE and BE with a BOM", () => {
    assert.deepEqual(decodeFile(utf16(TEXT, false), "le.txt"), { text: TEXT, encoding: "utf-16le", warning: undefined });
    assert.deepEqual(decodeFile(utf16(TEXT, true), "be.txt"), { text: TEXT, encoding: "utf-16be", warning: undefined });
  });

  it("reads UTF-16 LE and BE without a BOM, with a warning; refuses binary data with NUL bytes", () => {
    const le = utf16(TEXT, false).subarray(2);
    const be = utf16(TEXT, true).subarray(2);
    assert.deepEqual(decodeFile(le, "le.txt"), { text: TEXT, encoding: "utf-16le", warning: "no byte-order mark; read as UTF-16LE" });
    assert.deepEqual(decodeFile(be, "be.txt"), { text: TEXT, encoding: "utf-16be", warning: "no byte-order mark; read as UTF-16BE" });
    assert.throws(() => decodeFile(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x41, 0x42]), "z.zip"), /binary file \(NUL bytes, and not UTF-16 text\)/);
  });

  it("falls back to Windows-1252 for bytes that are not UTF-8, with a warning", () => {
    // "Café São Paulo: “Olá,” it’s" in Windows-1252: é=E9 ã=E3 á=E1 “=93 ”=94 ’=92
    const bytes = Buffer.from([
      ...Buffer.from("Caf"), 0xe9, ...Buffer.from(" S"), 0xe3, ...Buffer.from("o Paulo: "), 0x93, ...Buffer.from("Ol"), 0xe1,
      ...Buffer.from(","), 0x94, ...Buffer.from(" it"), 0x92, ...Buffer.from("s"),
    ]);
    const d = decodeFile(bytes, "w.txt");
    assert.equal(d.text, "Café São Paulo: “Olá,” it’s");
    assert.equal(d.encoding, "windows-1252");
    assert.equal(d.warning, "not valid UTF-8; read as Windows-1252");
  });

  it("normalises to NFC: a decomposed é becomes the composed one", () => {
    const d = decodeFile(Buffer.from("Cafe\u0301 Jose\u0301", "utf8"), "n.txt");
    assert.equal(d.text, "Caf\u00e9 Jos\u00e9");
    assert.equal(d.text.length, 9);
  });

  it("loads every encoding of the same text to the same article text, warning only for Windows-1252", () => {
    const dir = tempCorpus({
      "le.txt": utf16(TEXT, false),
      "be.txt": utf16(TEXT, true),
      "bom.txt": Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, "utf8")]),
      "nfd.txt": Buffer.from(TEXT.normalize("NFD"), "utf8"),
      "win.txt": windows1252(TEXT),
    });
    const r = loadCorpus(dir);
    assert.deepEqual(
      r.articles.map((a) => [a.id, a.encoding]),
      [["be", "utf-16be"], ["bom", "utf-8"], ["le", "utf-16le"], ["nfd", "utf-8"], ["win", "windows-1252"]],
    );
    for (const a of r.articles) assert.equal(a.raw, TEXT, a.id);
    assert.deepEqual(r.warnings, [{ file: path.join(dir, "win.txt"), message: "not valid UTF-8; read as Windows-1252" }]);
  });
});
