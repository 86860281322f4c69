/**
 * Overlap benchmarks, each beside an exhaustive or naive pass measured in the same run:
 *  1. Reuters-21578: candidate filter recall against the exhaustive shingle pass (pairs where either
 *     article shares ≥ 50% of its narration word 5-grams, the filter's own "words" family), and recall
 *     of the listed exact-duplicate groups;
 *  2. allsides (17,867 articles): candidate filter + alignment of every candidate pair, whole corpus;
 *     the exhaustive pass for a sample of rows (every 9th article against all) for recall and a speed
 *     ratio, and naive all-pairs alignment extrapolated from random pairs;
 *  3. aligning two 1,000-sentence articles (one a word-swapped, reordered copy of the other), beside
 *     the naive pass that scores every sentence pair with no inverted index.
 *     Documents are tokenised lazily, pair by pair, through a small cache, and released.
 * Run: npx tsx bench/overlap/run.ts [--skip-allsides | --only-allsides] [--exhaustive-all (every allsides row, ~40 s more)]
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { articlePrint, candidatesFromPrints, exhaustiveContainment, exhaustiveRows, type ArticlePrint } from "../../src/overlap/fingerprint";
import { alignDocuments, scoreMatrix } from "../../src/overlap/align";
import { analyseOverlapArticles } from "../../src/overlap/index";
import { documentViews } from "../../src/overlap/normalise";
import { sentenceSimilarity } from "../../src/overlap/similarity";
import { toDocument } from "../../src/text/document";
import type { Article } from "../../src/corpus/article";

const CORPORA = path.resolve(__dirname, "../../..", "shared/corpora");
const now = () => performance.now();
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;

function article(id: string, text: string): Article {
  return { id, file: id, title: null, outlet: "unknown", published: null, publishedEstimated: false, language: "en", raw: text, text, removed: [], encoding: "utf-8", meta: {} };
}

/** Each article's narration word 5-grams: the filter's "words" family, the exhaustive pass's sets. */
const wordSets = (prints: ArticlePrint[]) => prints.map((p) => p.shingles[0]);

function recall(prints: ArticlePrint[], label: string, minShingles = 5) {
  const sets = wordSets(prints);
  const t0 = now();
  const truth = exhaustiveContainment(sets, 0.5).filter((p) => Math.min(sets[p.a].length, sets[p.b].length) >= minShingles);
  const tEx = now() - t0;
  const t1 = now();
  const cands = candidatesFromPrints(prints);
  const tFi = now() - t1;
  const found = new Set(cands.map((c) => c.a * sets.length + c.b));
  const hit = truth.filter((p) => found.has(p.a * sets.length + p.b)).length;
  console.log(`${label}: exhaustive pass ${secs(tEx)} → ${truth.length} pairs sharing ≥ 50% (articles with ≥ ${minShingles} shingles); ` +
    `filter ${secs(tFi)} → ${cands.length} candidates, recall ${(hit / Math.max(1, truth.length)).toFixed(4)} (${hit}/${truth.length}); speed ratio exhaustive/filter ${(tEx / tFi).toFixed(1)}×`);
  return found;
}

function reuters() {
  const dir = path.join(CORPORA, "bench/reuters21578");
  if (!fs.existsSync(dir)) return console.log(`reuters: ${dir} not found, skipped`);
  const ids: number[] = [];
  const bodies: string[] = [];
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith(".sgm")).sort()) {
    const text = fs.readFileSync(path.join(dir, f), "latin1");
    for (const m of text.matchAll(/<REUTERS[^>]*NEWID="(\d+)"[^>]*>([\s\S]*?)<\/REUTERS>/g)) {
      const body = /<BODY>([\s\S]*?)<\/BODY>/.exec(m[2]);
      ids.push(Number(m[1]));
      bodies.push(body ? body[1].replace(/&lt;/g, "<").replace(/&amp;/g, "&").replace(/\x03/g, "") : "");
    }
  }
  const t0 = now();
  const prints = bodies.map((b) => articlePrint(b));
  const sets = wordSets(prints);
  console.log(`reuters: ${bodies.length} articles shingled in ${secs(now() - t0)}`);
  const found = recall(prints, "reuters");
  const groups = (JSON.parse(fs.readFileSync(path.join(dir, "derived_exact_duplicates.json"), "utf8")) as { groups: number[][] }).groups;
  const index = new Map(ids.map((id, i) => [id, i]));
  let pairs = 0;
  let hit = 0;
  for (const g of groups) {
    for (let x = 0; x < g.length; x++) for (let y = x + 1; y < g.length; y++) {
      const a = index.get(g[x])!;
      const b = index.get(g[y])!;
      if (sets[a].length < 5) continue;
      pairs++;
      if (found.has(Math.min(a, b) * sets.length + Math.max(a, b))) hit++;
    }
  }
  console.log(`reuters: listed exact-duplicate pairs (bodies ≥ 5 shingles): recall ${(hit / pairs).toFixed(4)} (${hit}/${pairs})`);
}

/** Documents and sentence views built on demand, a few at a time: never the whole corpus tokenised at once. */
function documentCache(texts: string[], limit: number) {
  const cache = new Map<number, { doc: ReturnType<typeof toDocument>; views: ReturnType<typeof documentViews> }>();
  let built = 0;
  let ms = 0;
  return {
    get(i: number) {
      let hit = cache.get(i);
      if (hit) { cache.delete(i); cache.set(i, hit); return hit; }
      const t = now();
      const doc = toDocument(article(`allsides-${i}`, texts[i]));
      hit = { doc, views: documentViews(doc) };
      ms += now() - t;
      built++;
      cache.set(i, hit);
      if (cache.size > limit) cache.delete(cache.keys().next().value as number);
      return hit;
    },
    stats: () => ({ built, ms }),
  };
}

function allsides() {
  const file = path.join(CORPORA, "bench/allsides-baly2020/articles_110MB.jsonl");
  if (!fs.existsSync(file)) return console.log(`allsides: ${file} not found, skipped`);
  const t0 = now();
  const texts = fs.readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => String((JSON.parse(l) as { text?: unknown }).text ?? ""));
  const tRead = now() - t0;
  const t1 = now();
  const prints = texts.map((t) => articlePrint(t));
  const sets = wordSets(prints);
  const tShingle = now() - t1;
  const t2 = now();
  const cands = candidatesFromPrints(prints);
  const tFilter = now() - t2;
  const at = (x: number) => cands.filter((c) => c.containment >= x).length;
  console.log(`allsides: ${texts.length} articles; read ${secs(tRead)}, shingle ${secs(tShingle)}, filter ${secs(tFilter)} → ${cands.length} candidate pairs ` +
    `(of ${((texts.length * (texts.length - 1)) / 2).toExponential(2)}; exact containment ≥ 0.3: ${at(0.3)}, ≥ 0.5: ${at(0.5)}, ≥ 0.9: ${at(0.9)}); RSS so far ${mb(process.resourceUsage().maxRSS * 1024)}`);
  // align one pair at a time; pairs are sorted by a, so a small cache keeps a's document while b changes
  const t3 = now();
  const cache = documentCache(texts, 32);
  let passages = 0;
  for (const c of cands) {
    const A = cache.get(c.a);
    const B = cache.get(c.b);
    passages += alignDocuments(A.doc, B.doc, {}, { a: A.views, b: B.views }).passages.length;
  }
  const tAlign = now() - t3;
  const { built, ms } = cache.stats();
  const tFilterTotal = tShingle + tFilter;
  console.log(`allsides: aligned ${cands.length} pairs in ${secs(tAlign)} (of which tokenising ${built} documents ${secs(ms)}; ${passages} passages); ` +
    `filter + alignment ${secs(tFilterTotal + tAlign)} (with reading the file ${secs(now() - t0)}); peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`);
  // the whole analysis as `newscompare overlap` runs it: filter, alignment, pair scores, quotes, swaps, direction
  const t6 = now();
  const r = analyseOverlapArticles(texts.map((t, i) => article(`allsides-${i}`, t)));
  const relations = new Map<string, number>();
  for (const p of r.pairs) relations.set(p.relation, (relations.get(p.relation) ?? 0) + 1);
  console.log(`allsides: analyseOverlapArticles end to end ${secs(now() - t6)}: ${r.method.pairs_aligned} pairs, ${r.articles.filter((a) => a.words !== null).length} articles tokenised; ` +
    `${[...relations].map(([k, v]) => `${v} ${k}`).join(", ")}; ${r.directions.length} directions; peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`);
  // anchors in the same run: (1) the exhaustive shingle pass for a sample of rows against the whole corpus;
  // (2) naive all-pairs alignment, extrapolated from random pairs
  const every = process.argv.includes("--exhaustive-all") ? 1 : 9;
  const rows = texts.map((_, i) => i).filter((i) => i % every === 0);
  const t4 = now();
  const truth = exhaustiveRows(sets, rows, 0.5).filter((p) => Math.min(sets[p.a].length, sets[p.b].length) >= 5);
  const tEx = now() - t4;
  const found = new Set(cands.map((c) => c.a * sets.length + c.b));
  const hit = truth.filter((p) => found.has(p.a * sets.length + p.b)).length;
  console.log(`allsides: exhaustive pass for ${rows.length} ${every === 1 ? "articles (all)" : `sample articles (every ${every}th)`} × all ${texts.length}: ${secs(tEx)} → ${truth.length} pairs sharing ≥ 50%; ` +
    `filter recall ${(hit / Math.max(1, truth.length)).toFixed(4)} (${hit}/${truth.length}); exhaustive over all rows ≈ ${secs((tEx * texts.length) / rows.length)}, ` +
    `ratio exhaustive/filter ≈ ${((tEx * texts.length) / rows.length / tFilter).toFixed(1)}× (shingling is common to both)`);
  let seed = 7;
  const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const t5 = now();
  const sampleCache = documentCache(texts, 4);
  const samplePairs = 40;
  for (let k = 0; k < samplePairs; k++) {
    const A = sampleCache.get(Math.floor(rnd() * texts.length));
    const B = sampleCache.get(Math.floor(rnd() * texts.length));
    alignDocuments(A.doc, B.doc, {}, { a: A.views, b: B.views });
  }
  const perPair = (now() - t5) / samplePairs;
  const allPairs = (texts.length * (texts.length - 1)) / 2;
  console.log(`allsides: naive all-pairs alignment ≈ ${(perPair * allPairs / 3.6e6).toFixed(0)} h (${perPair.toFixed(1)} ms per random pair incl. tokenising, ${samplePairs} pairs, × ${allPairs.toExponential(2)}); ` +
    `ratio naive/(filter + alignment) ≈ ${((perPair * allPairs) / (tFilterTotal + tAlign)).toExponential(1)}×`);
}

function thousandSentences() {
  const file = path.join(CORPORA, "bench/allsides-baly2020/articles_110MB.jsonl");
  if (!fs.existsSync(file)) return console.log("1,000-sentence alignment: allsides not found, skipped");
  const lines = fs.readFileSync(file, "utf8").split("\n", 400);
  let text = "";
  let doc = toDocument(article("long-a", text));
  for (const l of lines) {
    text += String((JSON.parse(l) as { text: string }).text) + "\n\n";
    if (text.length > 180_000) { doc = toDocument(article("long-a", text)); if (doc.sentences.length >= 1000) break; }
  }
  const a = toDocument(article("long-a", text.slice(0, doc.sentences[999].end)));
  // the "rewrite": swap common words, move the second tenth of the text to the end
  const swaps: Record<string, string> = { said: "mentioned", war: "warfare", think: "feel", during: "throughout", also: "additionally", but: "however", call: "name", house: "home" };
  const swapped = a.article.text.replace(/\b[a-z]+\b/g, (w) => swaps[w] ?? w);
  const cut = [a.sentences[100].start, a.sentences[200].start];
  const b = toDocument(article("long-b", swapped.slice(0, cut[0]) + swapped.slice(cut[1]) + "\n\n" + swapped.slice(cut[0], cut[1])));
  const va = documentViews(a);
  const vb = documentViews(b);
  const t0 = now();
  const al = alignDocuments(a, b, {}, { a: va, b: vb });
  const tAlign = now() - t0;
  const share = al.pairs.length / a.sentences.length;
  const moved = al.pairs.filter((p) => p.how === "moved").length;
  // naive: score every sentence pair (no inverted index), on the first 200 × 200 and scaled
  const t1 = now();
  let s = 0;
  for (let i = 0; i < 200; i++) for (let j = 0; j < 200; j++) s += sentenceSimilarity(va[i], vb[j]);
  const tNaive = ((now() - t1) * (a.sentences.length * b.sentences.length)) / (200 * 200);
  const t2 = now();
  scoreMatrix(va, vb);
  const tMatrix = now() - t2;
  console.log(`1,000-sentence pair (${a.sentences.length} × ${b.sentences.length} sentences): align ${secs(tAlign)} (score matrix ${secs(tMatrix)}), ` +
    `${al.pairs.length} sentences aligned (${(share * 100).toFixed(1)}%), ${moved} as moved; naive all-pairs scoring ≈ ${secs(tNaive)} ` +
    `(measured on 200 × 200, scaled; checksum ${s.toFixed(0)}); ratio naive/indexed ${(tNaive / tMatrix).toFixed(1)}×`);
}

console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")} (shared with other work)`);
if (!process.argv.includes("--only-allsides")) { reuters(); thousandSentences(); }
if (!process.argv.includes("--skip-allsides")) allsides();
console.log(`peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}; load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")}`);
