/**
 * Lines of a byte stream, one at a time, with memory bounded by the longest line allowed: a line over
 * `maxBytes` is not kept but reported (its number and that it was too long) and reading goes on at the
 * next newline. readline would buffer a 2 GB line whole.
 */
export interface Line {
  /** 1-based line number in the file */
  number: number;
  /** the line's bytes without its newline (and without a trailing carriage return); empty when too long */
  bytes: Buffer;
  /** set when the line was longer than the limit: how many bytes it had */
  tooLong?: number;
}

const NEWLINE = 0x0a;

export async function* readLines(chunks: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<Line> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let skipped = 0; // bytes of an over-long line being passed over
  let number = 0;
  const take = (): Line => {
    number++;
    if (skipped > 0) {
      const line: Line = { number, bytes: Buffer.alloc(0), tooLong: skipped };
      skipped = 0;
      return line;
    }
    let bytes = pending.length === 1 ? pending[0] : Buffer.concat(pending, pendingBytes);
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    pending = [];
    pendingBytes = 0;
    return { number, bytes };
  };
  const keep = (part: Buffer) => {
    if (skipped > 0) {
      skipped += part.length;
      return;
    }
    if (pendingBytes + part.length > maxBytes) {
      skipped = pendingBytes + part.length;
      pending = [];
      pendingBytes = 0;
      return;
    }
    if (part.length > 0) {
      // a copy: the chunk's buffer is reused by some streams, and a short slice would pin a large chunk
      pending.push(Buffer.from(part));
      pendingBytes += part.length;
    }
  };
  for await (const raw of chunks) {
    const chunk = typeof raw === "string" ? Buffer.from(raw) : raw;
    let from = 0;
    for (let nl = chunk.indexOf(NEWLINE, from); nl !== -1; nl = chunk.indexOf(NEWLINE, from)) {
      keep(chunk.subarray(from, nl));
      yield take();
      from = nl + 1;
    }
    keep(chunk.subarray(from));
  }
  if (pendingBytes > 0 || skipped > 0) yield take();
}
