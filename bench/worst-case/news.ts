import * as fs from "node:fs";
import * as path from "node:path";
import { loadCorpus } from "../../src/corpus/load";

const BASIL = path.resolve(__dirname, "../../..", "shared/corpora/stories/basil-dev");
const STORY = path.resolve(__dirname, "../../data/trump-putin-call");

/**
 * Plain news to compare with: basil-dev's article bodies one after another (../shared/corpora), or
 * the bundled story's when basil-dev is absent. Paragraphs kept, runs of blanked spaces closed up.
 */
export function newsText(): { text: string; source: string } {
  const source = fs.existsSync(BASIL) ? BASIL : STORY;
  const { articles } = loadCorpus(source);
  const text = articles.map((a) => a.text.replace(/[^\S\n]{2,}/g, " ").replace(/\n[^\S\n]+/g, "\n").trim()).join("\n\n") + "\n\n";
  return { text, source: path.relative(process.cwd(), source) };
}
