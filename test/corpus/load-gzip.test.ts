import { strict as assert } from "node:assert";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { loadCorpus } from "../../src/corpus/load";
import { MAX_RECORD_FILE_BYTES } from "../../src/corpus/read-file";
import { tempCorpus } from "./support";

/** The loader reads record files gzip-compressed (.jsonl.gz, .csv.gz, .json.gz), with the same caps. */
describe("loadCorpus: gzip-compressed record files", () => {
  const jsonl = '{"id":"a","text":"The council met on Monday."}\n{"id":"b","text":"It met again on Tuesday."}\n';

  it("reads .jsonl.gz and .csv.gz as their plain forms, ids falling back to the name without both extensions", () => {
    const dir = tempCorpus({
      "x.jsonl.gz": zlib.gzipSync(jsonl),
      "y.csv.gz": zlib.gzipSync("text\nOne row of text here.\nAnother row of text.\n"),
      "z.jsonl.gz": zlib.gzipSync('{"text":"A single record."}\n'),
    });
    const loaded = loadCorpus(dir);
    assert.deepEqual(loaded.articles.map((a) => [a.id, a.file]), [
      ["a", path.join(dir, "x.jsonl.gz")],
      ["b", path.join(dir, "x.jsonl.gz")],
      ["y-1", path.join(dir, "y.csv.gz")],
      ["y-2", path.join(dir, "y.csv.gz")],
      ["z", path.join(dir, "z.jsonl.gz")],
    ]);
    assert.equal(loadCorpus(path.join(dir, "x.jsonl.gz")).articles.length, 2);
  });

  it("a .gz of another format in a folder is passed over with a warning; named alone it is refused", () => {
    const dir = tempCorpus({ "ok.jsonl": jsonl, "photos.tar.gz": zlib.gzipSync("x"), "page.html.gz": zlib.gzipSync("<p>x</p>") });
    const loaded = loadCorpus(dir);
    assert.equal(loaded.articles.length, 2);
    assert.deepEqual(loaded.warnings.map((w) => path.basename(w.file)), ["page.html.gz", "photos.tar.gz"]);
    assert.throws(() => loadCorpus(path.join(dir, "page.html.gz")), /unknown format '\.gz'/);
  });

  it("a gzip file that inflates past the record-file cap is refused before it fills memory", () => {
    const bomb = zlib.gzipSync(Buffer.alloc(MAX_RECORD_FILE_BYTES + 1, 0x20));
    const dir = tempCorpus({ "bomb.jsonl.gz": bomb });
    assert.throws(() => loadCorpus(dir), /bomb\.jsonl\.gz: too large once decompressed \(over 256 MB\)/);
  });

  it("a corrupt .gz is named as one", () => {
    const dir = tempCorpus({ "bad.csv.gz": Buffer.from("not gzip") });
    assert.throws(() => loadCorpus(dir), /bad\.csv\.gz: not a valid gzip file/);
  });
});
