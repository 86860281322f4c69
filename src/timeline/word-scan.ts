/**
 * Which parsers a stretch of text needs, in one pass over it. Testing each parser's trigger regex on
 * every sentence cost more than the parsers themselves (an alternation of words scans slowly): one
 * scan finds the words (runs of ASCII letters, or of digits) holding a stem of some parser's key
 * words (gate.ts), each word is classified once, and a parser's trigger is tested only where one of
 * its words occurs.
 */
import { sentenceWordTests, stemsOf, type Gated } from "./gate";
import { ownCopy } from "../text/own-copy";

/** mask bit of the words that make a sentence worth parsing (bits 0… are the parsers, in order) */
export const CANDIDATE_BIT = 1 << 31;

/** text[at, to) starts with `stem` (ASCII letters, any case); its first three letters are known to match */
function spellsAt(text: string, at: number, to: number, stem: string): boolean {
  if (at + stem.length > to) return false;
  for (let j = 3; j < stem.length; j++) if ((text.charCodeAt(at + j) | 32) !== stem.charCodeAt(j)) return false;
  return true;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const tri = (a: number, b: number, c: number) => ((((a | 32) - 97) << 10) | (((b | 32) - 97) << 5) | ((c | 32) - 97));
const pair = (a: number, b: number) => ((((a | 32) - 97) << 5) | ((b | 32) - 97));

export class WordScan {
  /** the stems by their first three letters, packed 5 bits a letter: 0 when none, else 1 + index into `lists` */
  private readonly atStart = new Int16Array(1 << 15);
  private readonly anywhere = new Int16Array(1 << 15);
  private readonly lists: string[][] = [];
  /** stems of two letters ("hr"), by their letters: they count at a word's start */
  private readonly short = new Uint8Array(1 << 10);
  /** the end of the word `next` found last */
  private end = 0;
  /** word → its mask bits; words recur, so each is classified once */
  private readonly masks = new Map<string, number>();
  private readonly sentenceWords: RegExp[];

  constructor(private readonly gated: Gated[]) {
    if (gated.length > 31) throw new Error("at most 31 parsers fit the mask");
    const { atStart, anywhere } = stemsOf(gated);
    this.fill(this.atStart, atStart);
    this.fill(this.anywhere, anywhere);
    for (const s of atStart) if (s.length === 2) this.short[pair(s.charCodeAt(0), s.charCodeAt(1))] = 1;
    this.sentenceWords = sentenceWordTests(gated);
  }

  private fill(table: Int16Array, stems: string[]): void {
    for (const stem of stems) {
      if (stem.length < 3) continue;
      const k = tri(stem.charCodeAt(0), stem.charCodeAt(1), stem.charCodeAt(2));
      if (table[k] === 0) table[k] = this.lists.push([]);
      this.lists[table[k] - 1].push(stem);
    }
  }

  /** text at `at` spells one of the stems of table entry `entry` (not 0) */
  private anySpelledAt(text: string, at: number, to: number, entry: number): boolean {
    for (const stem of this.lists[entry - 1]) if (spellsAt(text, at, to, stem)) return true;
    return false;
  }

  /**
   * The next run of digits or run of ASCII letters holding a stem in text[p, to): its start (its end
   * in `this.end`), or -1. One pass of char-code tests with a rolling trigram: an alternation of ~90
   * stems as one regex scanned the text about twice as slowly. A step function rather than a
   * callback, so that `mask`'s loop allocates nothing.
   */
  private next(text: string, p: number, to: number): number {
    while (p < to) {
      const c = text.charCodeAt(p);
      if (c >= 48 && c <= 57) {
        const start = p;
        while (++p < to && isDigit(text.charCodeAt(p)));
        this.end = p;
        return start;
      }
      let x = (c | 32) - 97; // a letter (0-25) only for ASCII letters
      if (x < 0 || x > 25) {
        p++;
        continue;
      }
      const start = p;
      let k = x; // the last three letters, 5 bits each
      let hit = false;
      // the first two letters, then the word's first trigram (stems at its start) …
      if (++p < to && (x = (text.charCodeAt(p) | 32) - 97) >= 0 && x <= 25) {
        k = (k << 5) | x;
        if (this.short[k] === 1) hit = true;
        if (++p < to && (x = (text.charCodeAt(p) | 32) - 97) >= 0 && x <= 25) {
          k = ((k << 5) | x) & 0x7fff;
          const first = this.atStart[k];
          if (!hit && first !== 0) hit = this.anySpelledAt(text, start, to, first);
          // … and every trigram (stems anywhere), until a stem is found or the word ends
          for (;;) {
            if (!hit) {
              const entry = this.anywhere[k];
              if (entry !== 0) hit = this.anySpelledAt(text, p - 2, to, entry);
            }
            if (++p >= to) break;
            x = (text.charCodeAt(p) | 32) - 97;
            if (x < 0 || x > 25) break;
            k = ((k << 5) | x) & 0x7fff;
          }
        }
      }
      if (hit) {
        // a word cut short by a two-letter stem's test ends where its letters end
        while (p < to && (x = (text.charCodeAt(p) | 32) - 97) >= 0 && x <= 25) p++;
        this.end = p;
        return start;
      }
    }
    return -1;
  }

  /** Calls `visit(start, end)` for every word the scan looks up in text[from, to), in order. */
  forEachWord(text: string, from: number, to: number, visit: (start: number, end: number) => void): void {
    for (let s = this.next(text, from, to); s >= 0; s = this.next(text, this.end, to)) visit(s, this.end);
  }

  /** The mask bits of one word: bit i for parser i, CANDIDATE_BIT for a word that makes a sentence worth parsing. */
  wordBits(word: string): number {
    let bits = this.masks.get(word);
    if (bits === undefined) {
      bits = 0;
      const gated = this.gated;
      for (let i = 0; i < gated.length; i++) if (gated[i].word.test(word)) bits |= 1 << i;
      if (this.sentenceWords.some((t) => t.test(word))) bits |= CANDIDATE_BIT;
      if (this.masks.size > 100_000) this.masks.clear();
      this.masks.set(ownCopy(word), bits);
    }
    return bits;
  }

  /** The parsers worth running on text[from, to) (bit i: parser i), and CANDIDATE_BIT when it is worth parsing at all. */
  mask(text: string, from: number, to: number): number {
    let mask = 0;
    for (let s = this.next(text, from, to); s >= 0; s = this.next(text, this.end, to)) mask |= this.wordBits(text.slice(s, this.end));
    return mask;
  }
}
