import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadCorpus } from "../../src/corpus/load";

export const SHARED_CORPORA = path.resolve(__dirname, "../../..", "shared/corpora");

/** A fresh empty folder for a store (or for input files). */
export function tempDir(prefix = "newscompare-store-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A JSONL collection of `n` short articles the test writes itself: three outlets, two months. */
export function writeCollection(dir: string, n: number, name = "c.jsonl"): string {
  const outlets = ["Daily Example", "Weekly Sample", "Evening Test"];
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const outlet = outlets[i % 3];
    const month = i % 2 === 0 ? "03" : "04";
    const text = `Council member ${i} said on Monday that the ${outlet.split(" ")[0].toLowerCase()} budget for harbour number ${i} would be debated.\n\n` +
      `"We will vote on the plan by March 3, 2021," Mayor Jane Doe said. The ${i % 3 === 0 ? "bridge" : "tunnel"} closure lasted ${i % 5 + 2} weeks.`;
    lines.push(JSON.stringify({ id: `a${i}`, title: `Story ${i}`, outlet, date: `2021-${month}-${String((i % 27) + 1).padStart(2, "0")}`, text }));
  }
  const file = path.join(dir, name);
  fs.writeFileSync(file, lines.join("\n") + "\n");
  return file;
}

/**
 * The bundled story with copies and rewrites of its articles, written here: a copy missing a
 * paragraph, a copy with a new closing paragraph, and two spun rewrites (content words swapped through
 * a fixed list), so that the overlap comparison has pairs of every kind to agree on.
 */
export function storyWithCopies(): string {
  const swaps: Record<string, string> = {
    president: "leader", said: "stated", call: "conversation", talks: "negotiations", war: "conflict", agreed: "consented",
    phone: "telephone", officials: "aides", meeting: "summit", peace: "truce", country: "nation", week: "days",
    spoke: "talked", first: "initial", end: "halt", told: "informed", reporters: "journalists", long: "lengthy",
  };
  const spin = (t: string) => t.replace(/\b[a-z]+\b/g, (w) => swaps[w] ?? w);
  const articles = loadCorpus("data/trump-putin-call").articles;
  const lines = articles.map((a) => JSON.stringify({ id: a.id, title: a.title, outlet: a.outlet, date: a.published, url: a.url, text: a.raw }));
  const [first, second] = articles;
  const paragraphs = (t: string) => t.split(/\n\s*\n/);
  lines.push(JSON.stringify({ id: "copy-cut", outlet: "Copy Desk", date: "2025-02-14", text: paragraphs(first.raw).slice(1).join("\n\n") }));
  lines.push(JSON.stringify({ id: "copy-plus", outlet: "Copy Desk", date: "2025-02-15", text: `${second.raw}\n\nThe agency contributed to this report.` }));
  lines.push(JSON.stringify({ id: "spun-1", outlet: "Spin Daily", date: "2025-02-14", text: spin(first.raw) }));
  lines.push(JSON.stringify({ id: "spun-2", outlet: "Spin Daily", date: "2025-02-16", text: spin(articles[4].raw) }));
  const dir = tempDir("newscompare-copies-");
  fs.writeFileSync(path.join(dir, "story.jsonl"), lines.join("\n") + "\n");
  return path.join(dir, "story.jsonl");
}

