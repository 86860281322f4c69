/**
 * A synthetic collection of N articles built at run time from allsides (nothing committed), written
 * gzip-compressed JSONL to a folder of files of 100,000 records, plus the list of planted pairs.
 *
 * Why not replicate allsides: 1,000,000 articles from 17,867 records means every passage would be
 * in ~56 articles, every article one of 56 near-copies, and the overlap candidate join would compare
 * everything. So each synthetic article takes its metadata from one record and its paragraphs from
 * several different records, and about half its longer lower-case words are swapped for words drawn
 * from the corpus vocabulary, and a third of its common function words for others (a per-article
 * seed): names, numbers, dates, quotation marks and reporting verbs stay, so the timeline, quotes and
 * keyness still have real work to do, while no two articles share long passages (or the shape of
 * them, which the filter's masked shingles compare) by accident.
 *
 * Then `planted` known pairs: half copies (the source's text with one paragraph dropped), half
 * rewrites (half the content words swapped, about one word in four), whose recall the benchmark reports.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { ENGLISH_STOPWORDS } from "../../src/text/stopwords";
import { seededRandom } from "../../test/support/random";

export const ALLSIDES = path.resolve(__dirname, "../../..", "shared/corpora/bench/allsides-baly2020/articles_110MB.jsonl");

interface Source {
  meta: Record<string, unknown>;
  paragraphs: string[];
}

export interface Planted {
  source: string;
  copy: string;
  kind: "copy" | "rewrite";
}


/** Words the timeline and the quotes analyses read (speech cues, day and period words): never swapped or dropped. */
const CUES = new Set([
  ..."said says say told according asked added stated wrote tweeted announced reported explained noted".split(" "),
  ..."today yesterday tomorrow week weeks month months year years day days morning afternoon evening night ago later earlier last next monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december".split(" "),
]);
const KEEP = new Set([...ENGLISH_STOPWORDS, ...CUES]);

function readSources(): { sources: Source[]; vocabulary: string[] } {
  const sources: Source[] = [];
  const vocab: string[] = [];
  for (const line of fs.readFileSync(ALLSIDES, "utf8").split("\n")) {
    if (!line.trim()) continue;
    let r: Record<string, unknown>;
    try {
      r = JSON.parse(line);
    } catch {
      continue;
    }
    const text = typeof r.text === "string" ? r.text : "";
    const paragraphs = text.split(/\n\s*\n|\n/).map((p) => p.trim()).filter((p) => p.length > 40);
    if (paragraphs.length < 2) continue;
    delete r.text;
    sources.push({ meta: r, paragraphs });
    if (sources.length % 7 === 0) for (const w of paragraphs[0].match(/\b[a-z]{4,}\b/g) ?? []) if (!KEEP.has(w)) vocab.push(w);
  }
  return { sources, vocabulary: vocab };
}

const FUNCTION_WORDS = ["the", "a", "of", "to", "in", "and", "for", "on", "with", "at", "by", "from", "that", "this", "as", "its"];
const STOPWORD = new Set(ENGLISH_STOPWORDS);

/**
 * Swap each longer lower-case content word for a vocabulary word with probability `p`; swap half the
 * stopwords for common function words; and drop one other word in ten. The overlap filter's masked
 * shingles keep every stopword and the shape of the sentence (that is how they see through a spinner),
 * and each donor paragraph serves dozens of articles at a million: with fewer changes every pair of
 * articles built from one donor paragraph looked like a rewrite of each other (112,673 candidate pairs
 * at 100,000 articles, growing with the square of the collection), which no real collection of
 * independent articles does. Speech cues and day words stay, so the timeline and quotes have their work.
 */
function swapWords(text: string, p: number, rand: () => number, vocabulary: string[]): string {
  return text.replace(/\b[a-z]+\b/g, (w) => {
    if (CUES.has(w)) return w;
    if (STOPWORD.has(w)) {
      const r = rand();
      return r < 0.5 ? FUNCTION_WORDS[Math.floor(rand() * FUNCTION_WORDS.length)] : r < 0.6 ? "" : w;
    }
    if (rand() < 0.1) return "";
    if (w.length < 4 || rand() >= p) return w;
    return vocabulary[Math.floor(rand() * vocabulary.length)];
  });
}

const STOP = new Set(ENGLISH_STOPWORDS);

/** A spinner's rewrite: half the lower-case content words swapped (about one word in four), function words left alone. */
function spin(text: string, rand: () => number, vocabulary: string[]): string {
  return text.replace(/\b[a-z]{3,}\b/g, (w) => (STOP.has(w) || rand() >= 0.5 ? w : vocabulary[Math.floor(rand() * vocabulary.length)]));
}

export interface Collection {
  dir: string;
  files: string[];
  articles: number;
  bytes: number;
  planted: Planted[];
}

export async function makeCollection(n: number, dir: string, planted = 1000, seed = 14): Promise<Collection> {
  const { sources, vocabulary } = readSources();
  fs.mkdirSync(dir, { recursive: true });
  const rand = seededRandom(seed);
  const perFile = 100_000;
  const files: string[] = [];
  let bytes = 0;
  let out: zlib.Gzip | null = null;
  let stream: fs.WriteStream | null = null;
  let inFile = 0;
  const write = async (record: Record<string, unknown>) => {
    if (!out || inFile >= perFile) {
      if (out) await close();
      const file = path.join(dir, `part-${String(files.length).padStart(3, "0")}.jsonl.gz`);
      files.push(file);
      stream = fs.createWriteStream(file);
      out = zlib.createGzip({ level: 1 });
      out.pipe(stream);
      inFile = 0;
    }
    const line = JSON.stringify(record) + "\n";
    bytes += Buffer.byteLength(line);
    inFile++;
    if (!out.write(line)) await new Promise((r) => out!.once("drain", r));
  };
  const close = () => new Promise<void>((resolve) => {
    stream!.once("close", () => resolve());
    out!.end();
  });

  const base = n - planted;
  // planted sources: evenly spread article numbers; their texts are kept to make the copies
  const plantFrom = new Map<number, number>();
  for (let k = 0; k < planted; k++) plantFrom.set((Math.floor((k * base) / planted) + 7) % Math.max(1, base), k);
  const kept: Array<{ id: string; text: string; k: number }> = [];
  for (let i = 0; i < base; i++) {
    const meta = sources[i % sources.length].meta;
    const parts: string[] = [];
    const donors = 3 + Math.floor(rand() * 3);
    for (let d = 0; d < donors; d++) {
      const s = sources[Math.floor(rand() * sources.length)];
      const start = Math.floor(rand() * s.paragraphs.length);
      const take = 2 + Math.floor(rand() * 3);
      for (const p of s.paragraphs.slice(start, start + take)) parts.push(swapWords(p, 0.5, rand, vocabulary));
    }
    const id = `syn-${i}`;
    const text = parts.join("\n\n");
    const k = plantFrom.get(i);
    if (k !== undefined) kept.push({ id, text, k });
    await write({ ...meta, ID: id, text });
  }
  const pairs: Planted[] = [];
  for (const { id, text, k } of kept) {
    const kind = k % 2 === 0 ? "copy" : "rewrite";
    const paragraphs = text.split("\n\n");
    let copyText: string;
    if (kind === "copy") {
      const drop = Math.floor(rand() * paragraphs.length);
      copyText = paragraphs.filter((_, j) => j !== drop || paragraphs.length < 3).join("\n\n");
    } else copyText = spin(text, rand, vocabulary);
    const copy = `planted-${kind}-${k}`;
    const meta = sources[(k * 7919) % sources.length].meta;
    await write({ ...meta, ID: copy, text: copyText });
    pairs.push({ source: id, copy, kind });
  }
  if (out) await close();
  fs.writeFileSync(path.join(dir, "_planted.json"), JSON.stringify(pairs));
  return { dir, files, articles: n, bytes, planted: pairs };
}

if (require.main === module) {
  const n = Number(process.argv[2] ?? 1000);
  const dir = process.argv[3] ?? `/tmp/newscompare-collection-${n}`;
  makeCollection(n, dir).then((c) => console.log(`${c.articles} articles, ${(c.bytes / 1e6).toFixed(0)} MB uncompressed, in ${c.files.length} files under ${c.dir}`));
}
