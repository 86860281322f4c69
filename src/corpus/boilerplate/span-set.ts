import type { RemovedSpan } from "../article";

/**
 * The characters of a text that spans found so far cover, one byte each. Rules ask "does this line
 * touch a span found before?" for every line, and the search asks "does this span overlap one found
 * before?" for every span: checking against the list of spans made a page with thousands of debris
 * lines quadratic (a 200 MB page ran for over ten minutes). Here each question costs the length of
 * the line or span asked about, so a whole pass costs the length of the text.
 */
export class SpanSet {
  private readonly covered: Uint8Array;

  constructor(length: number) {
    this.covered = new Uint8Array(length);
  }

  /** The first covered offset in [start, end), or -1. */
  firstIn(start: number, end: number): number {
    const to = Math.min(end, this.covered.length);
    for (let i = Math.max(0, start); i < to; i++) if (this.covered[i] !== 0) return i;
    return -1;
  }

  /** Some span covers a character of [start, end). */
  overlaps(start: number, end: number): boolean {
    return this.firstIn(start, end) >= 0;
  }

  /** Covers the span's characters. */
  add(span: RemovedSpan): void {
    this.covered.fill(1, Math.max(0, span.start), Math.min(Math.max(span.end, 0), this.covered.length));
  }
}
