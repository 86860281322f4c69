/**
 * The news sample the timeline throughput benches read: the first `mb` MB of article text of
 * allsides-baly2020 (read from ../shared/corpora beside the checkout), as bare Articles with each
 * record's own date (null when it has none).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Article } from "../../src/corpus/article";

export const ALLSIDES = path.resolve(__dirname, "../../..", "shared/corpora/bench/allsides-baly2020/articles_110MB.jsonl");

export function allsidesSample(mb: number): Article[] {
  const out: Article[] = [];
  let bytes = 0;
  const fd = fs.openSync(ALLSIDES, "r");
  const buf = Buffer.alloc(mb * 1.6 * 1024 * 1024);
  const n = fs.readSync(fd, buf, 0, buf.length, 0);
  fs.closeSync(fd);
  for (const line of buf.subarray(0, n).toString("utf8").split("\n")) {
    if (bytes >= mb * 1024 * 1024) break;
    let rec: { ID?: string; text?: string; date?: string };
    try {
      rec = JSON.parse(line);
    } catch {
      continue; // the last, cut line
    }
    if (!rec.text) continue;
    const published = /^\d{4}-\d{2}-\d{2}$/.test(rec.date ?? "") ? rec.date! : null;
    out.push({ id: rec.ID ?? String(out.length), file: ALLSIDES, title: null, outlet: "unknown", published, publishedEstimated: false, language: "en", raw: rec.text, text: rec.text, removed: [], encoding: "utf-8", meta: {} });
    bytes += Buffer.byteLength(rec.text);
  }
  return out;
}
