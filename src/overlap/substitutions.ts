/**
 * The rewriter's fingerprint: what was swapped for what across aligned sentences ("war" → "warfare",
 * "said" → "mentioned"), with counts, and the names it mangled ("White House" → "White Home"). Read
 * from word-level diffs of aligned sentence pairs; only short replacements (≤ 3 words a side) count,
 * longer ones are rewording, not swapping.
 */
import type { Document, Token } from "../text/types";
import type { Alignment } from "./align";
import { diffWords } from "./diff";
import { stem } from "./normalise";

export interface Substitution {
  /** the article the words were taken from, and the one that carries the replacement */
  from_article: string;
  to_article: string;
  from: string;
  to: string;
  count: number;
  /** `name`: a capitalised name changed (a mangled name); `form`: same stem, another form; `word`: a swap */
  kind: "name" | "form" | "word";
  /** where it happens (first few), offsets into each article */
  examples: Array<{ from_start: number; from_end: number; to_start: number; to_end: number }>;
}

function sentenceWords(doc: Document, s: number): Token[] {
  const sen = doc.sentences[s];
  return doc.tokens.slice(sen.tokenStart, sen.tokenEnd).filter((t) => t.kind === "word" || t.kind === "number");
}

/** Capitalised like a name: not the pronoun "I", not an all-capitals acronym ("US" vs "U.S." is spelling). */
const isCap = (t: Token) => /^\p{Lu}\p{Ll}/u.test(t.surface);

/**
 * Substitutions from `src` to `dst` over the aligned sentence pairs (i in src, j in dst). When the
 * alignment is the other way round (a = dst), pass `flip`.
 */
export function findSubstitutions(al: Alignment, src: Document, dst: Document, flip = false, maxWords = 3): Substitution[] {
  const table = new Map<string, Substitution>();
  for (const p of al.pairs) {
    const i = flip ? p.j : p.i;
    const j = flip ? p.i : p.j;
    const ta = sentenceWords(src, i);
    const tb = sentenceWords(dst, j);
    const ops = diffWords(ta.map((t) => t.norm), tb.map((t) => t.norm));
    let ia = 0;
    let ib = 0;
    for (let k = 0; k < ops.length; k++) {
      const o = ops[k];
      if (o.op === "replace" && o.a.length <= maxWords && o.b.length <= maxWords) {
        let a0 = ia, a1 = ia + o.a.length, b0 = ib, b1 = ib + o.b.length;
        const capA = ta.slice(a0, a1).some((t, x) => isCap(t) && a0 + x > 0);
        const capB = tb.slice(b0, b1).some((t, x) => isCap(t) && b0 + x > 0);
        const name = capA && capB;
        if (name) {
          // widen a mangled name to the whole name: "House" → "Home" inside "White House"
          // (one capitalised neighbour each side, the same in both: "ABC News" → "ABC Information")
          const upper = (t: Token) => /^\p{Lu}/u.test(t.surface);
          if (a0 > 1 && b0 > 1 && upper(ta[a0 - 1]) && ta[a0 - 1].norm === tb[b0 - 1].norm) { a0--; b0--; }
          if (a1 < ta.length && b1 < tb.length && upper(ta[a1]) && ta[a1].norm === tb[b1].norm) { a1++; b1++; }
        }
        // a rewriter swaps word for word: equal-length replacements are split into single swaps
        const pieces: Array<[number, number, number, number]> =
          !name && a1 - a0 === b1 - b0 && a1 - a0 > 1
            ? Array.from({ length: a1 - a0 }, (_, x) => [a0 + x, a0 + x + 1, b0 + x, b0 + x + 1] as [number, number, number, number])
            : [[a0, a1, b0, b1]];
        for (const [p0, p1, q0, q1] of pieces) {
          const fromWords = ta.slice(p0, p1);
          const toWords = tb.slice(q0, q1);
          const from = fromWords.map((t) => (name ? t.surface : t.norm)).join(" ");
          const to = toWords.map((t) => (name ? t.surface : t.norm)).join(" ");
          if (from === to) continue;
          const kind: Substitution["kind"] = name ? "name" : fromWords.length === 1 && toWords.length === 1 && (stem(fromWords[0].norm) === stem(toWords[0].norm) || from.replace(/\./g, "") === to.replace(/\./g, "")) ? "form" : "word";
          const key = `${from}\u0000${to}`;
          let sub = table.get(key);
          if (!sub) {
            sub = { from_article: src.article.id, to_article: dst.article.id, from, to, count: 0, kind, examples: [] };
            table.set(key, sub);
          }
          sub.count++;
          if (sub.examples.length < 3) {
            sub.examples.push({
              from_start: fromWords[0].start, from_end: fromWords[fromWords.length - 1].end,
              to_start: toWords[0].start, to_end: toWords[toWords.length - 1].end,
            });
          }
        }
      }
      ia += o.a.length;
      ib += o.b.length;
    }
  }
  return [...table.values()].sort((x, y) => y.count - x.count || x.from.localeCompare(y.from));
}
