/**
 * One stage on one pattern at one size, timed once (for profiling: `node --cpu-prof --require tsx/cjs
 * bench/worst-case/one.ts timeline dates 100`).
 */
import { PATTERNS, plainNews } from "../../test/robustness/patterns";
import { toDocument } from "../../src/text/document";
import { newsText } from "./news";
import { loadText, runStage, STAGES, type Stage } from "./stages";

const [stage, pattern, kb] = process.argv.slice(2);
if (!STAGES.includes(stage as Stage)) throw new Error(`one.ts: stage must be one of ${STAGES.join(", ")}`);
const { text: news } = newsText();
const text = pattern === "plain" ? plainNews(Number(kb) * 1000, news) : PATTERNS[pattern](Number(kb) * 1000, news);
const article = loadText(text);
const doc = toDocument(article);
const t = process.hrtime.bigint();
runStage(stage as Stage, text, article, doc);
console.log(`${stage} ${pattern} ${kb} KB: ${(Number(process.hrtime.bigint() - t) / 1e6).toFixed(1)} ms`);
