/**
 * The stages bench/worst-case times, each as one call on one article, the way the command line and
 * the report run them (one Document built per article and shared by the later stages).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadCorpus } from "../../src/corpus/load";
import type { Article } from "../../src/corpus/article";
import { toDocument } from "../../src/text/document";
import type { Document } from "../../src/text/types";
import { analyseFrequencies } from "../../src/frequency/analyse";
import { analyseTimeline } from "../../src/timeline/analyse";
import { quoteCorpus } from "../../src/quotes/corpus";
import { extractQuotes } from "../../src/quotes/extract";
import { documentViews } from "../../src/overlap/normalise";
import { quotedMask, sentenceWords } from "../../src/overlap/relation";

export const STAGES = ["load+clean", "tokenise", "frequencies", "timeline", "quotes", "overlap prep"] as const;
export type Stage = (typeof STAGES)[number];

/** Writes `text` to a .txt file in a fresh temporary folder and loads it as the command line does. */
export function loadText(text: string): Article {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newscompare-worst-"));
  try {
    const file = path.join(dir, "article.txt");
    fs.writeFileSync(file, text);
    return loadCorpus(file).articles[0];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** One run of `stage` on an article (and its Document, built once beforehand for the later stages). */
export function runStage(stage: Stage, text: string, article: Article, doc: Document): void {
  switch (stage) {
    case "load+clean":
      loadText(text);
      return;
    case "tokenise":
      toDocument(article);
      return;
    case "frequencies":
      analyseFrequencies([doc]);
      return;
    case "timeline":
      analyseTimeline([article]);
      return;
    case "quotes":
      quoteCorpus([doc]);
      return;
    case "overlap prep":
      // what analyseOverlap builds once per article before it aligns pairs
      documentViews(doc);
      sentenceWords(doc, quotedMask(doc));
      extractQuotes(doc).filter((q) => q.kind === "speech" || q.kind === "partial");
      return;
  }
}
