/**
 * Direction: which of two overlapping articles probably came from which. Three kinds of evidence, each
 * stated in words so a reader can weigh it: publication dates (an estimated date counts for less),
 * debris a rewriting or copying tool leaves behind on the derived side (stray braces such as "{that a}",
 * markup, doubled words), and mangled names (the side writing "White Home" where the other articles of
 * the corpus write "White House" is the altered one). Containment is reported but never decides: a
 * shorter text inside a longer one may be an extract or the original that was expanded.
 */
import type { Document } from "../text/types";
import type { Alignment } from "./align";
import type { PairScore } from "./relation";
import type { Substitution } from "./substitutions";

export interface Direction {
  a: string;
  b: string;
  /** the probable source and the derived article; null when we cannot tell */
  source: string | null;
  derived: string | null;
  verdict: string;
  reasons: string[];
}

const DEBRIS = /\{[^}\n]{0,40}\}|\[[a-z ]{1,20}\]|<\/?[a-z]+[^>\n]{0,40}>|\b(\p{L}+) \1\b/giu;

function debris(doc: Document, sentences: number[]): string[] {
  const found: string[] = [];
  for (const s of sentences) {
    const sen = doc.sentences[s];
    for (const m of doc.article.text.slice(sen.start, sen.end).matchAll(DEBRIS)) {
      // "that that" and "had had" are English: only other doubled words count
      if (!m[1] || !/^(that|had|is|do)$/i.test(m[1])) found.push(m[0]);
    }
  }
  return found;
}

function count(haystack: string, needle: string): number {
  let n = 0;
  let k = haystack.indexOf(needle);
  while (k >= 0) { n++; k = haystack.indexOf(needle, k + needle.length); }
  return n;
}

/**
 * @param subs substitutions from a to b (from_article = a)
 * @param others the other documents of the corpus (for which spelling of a name the world uses), or a
 *   function counting a string's occurrences in them (large corpora count all names in one pass over the
 *   corpus instead of joining all other articles for every pair)
 */
export function direction(al: Alignment, score: PairScore, a: Document, b: Document, subs: Substitution[], others: Document[] | ((needle: string) => number)): Direction {
  const reasons: string[] = [];
  let toward = 0; // > 0: a is the source (b derived); < 0: b is the source
  const pa = a.article.published;
  const pb = b.article.published;
  if (pa && pb && pa.slice(0, 10) !== pb.slice(0, 10)) {
    const estimated = a.article.publishedEstimated || b.article.publishedEstimated;
    const earlier = pa < pb ? a.article.id : b.article.id;
    toward += (pa < pb ? 1 : -1) * (estimated ? 1 : 2);
    reasons.push(`${earlier} was published first (${pa.slice(0, 10)} vs ${pb.slice(0, 10)}${estimated ? ", dates estimated" : ""})`);
  } else if (pa && pb) reasons.push(`both are dated ${pa.slice(0, 10)}: the dates cannot tell`);
  else reasons.push("a publication date is missing");

  const da = debris(a, al.pairs.map((p) => p.i));
  const db = debris(b, al.pairs.map((p) => p.j));
  if (da.length !== db.length) {
    const [side, items] = da.length > db.length ? [a.article.id, da] : [b.article.id, db];
    toward += da.length > db.length ? -2 : 2;
    reasons.push(`${side} carries tool debris in the shared passages (${items.slice(0, 3).map((d) => `"${d}"`).join(", ")})`);
  }

  const inOthers = typeof others === "function" ? others : ((text: string) => (needle: string) => count(text, needle))(others.map((d) => d.article.text).join("\n"));
  let mangledA = 0;
  let mangledB = 0;
  const examples: string[] = [];
  for (const s of subs.filter((x) => x.kind === "name")) {
    const inOthersFrom = inOthers(s.from);
    const inOthersTo = inOthers(s.to);
    if (inOthersFrom > 0 && inOthersTo === 0) { mangledB += s.count; examples.push(`"${s.to}" for "${s.from}"`); }
    if (inOthersTo > 0 && inOthersFrom === 0) { mangledA += s.count; examples.push(`"${s.from}" for "${s.to}"`); }
  }
  if (mangledA !== mangledB) {
    const side = mangledB > mangledA ? b.article.id : a.article.id;
    toward += mangledB > mangledA ? 2 : -2;
    reasons.push(`${side} writes names no other article of the corpus uses (${examples.slice(0, 3).join(", ")})`);
  }
  if (score.shared_a >= 0.8 && score.shared_b < 0.5) reasons.push(`${a.article.id} lies almost whole inside ${b.article.id} (an extract, or the original that was expanded)`);
  if (score.shared_b >= 0.8 && score.shared_a < 0.5) reasons.push(`${b.article.id} lies almost whole inside ${a.article.id} (an extract, or the original that was expanded)`);

  if (Math.abs(toward) >= 2) {
    const [source, derived] = toward > 0 ? [a.article.id, b.article.id] : [b.article.id, a.article.id];
    return { a: a.article.id, b: b.article.id, source, derived, verdict: `${derived} probably derives from ${source} (or from a text both come from)`, reasons };
  }
  return { a: a.article.id, b: b.article.id, source: null, derived: null, verdict: "cannot tell", reasons };
}
