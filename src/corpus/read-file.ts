import * as fs from "node:fs";
import { CorpusError } from "./article";
import { MAX_ARTICLE_CHARS } from "./limits";

/**
 * Bytes one article's file may have: the most that MAX_ARTICLE_CHARS characters can take (3 bytes per
 * JavaScript character in UTF-8; UTF-16 and Windows-1252 take fewer). A bigger file cannot hold an
 * article under the limit, so it is refused before it is read.
 */
export const MAX_ARTICLE_FILE_BYTES = 3 * MAX_ARTICLE_CHARS;

/**
 * Bytes a file of records (.json, .jsonl, .csv) may have. The whole file is decoded into one string,
 * and V8 strings stop at about 512 million characters, so the cap sits well below that: 256 MB, more
 * than twice the largest research dump we know (AllSides, 110 MB). Larger dumps are split into files.
 */
export const MAX_RECORD_FILE_BYTES = 256_000_000;

/** How much is read per call: big enough for few system calls, small enough not to overshoot a cap much. */
const CHUNK = 1024 * 1024;

/**
 * Read a file that should hold articles, safely: only a regular file is opened (a named pipe would
 * block forever, a device such as /dev/zero never ends, a folder or socket cannot be read), at most
 * `maxBytes` are read (a file over the cap is refused, from its size before reading and again while
 * reading, in case it grows or its size lies), and every failure is a CorpusError naming `shown`.
 * `why` follows the limit in the message ("a .txt file holds one article, ..."). `alreadyRead` gets the
 * file's identity (device and inode) before anything is read: true there returns null, so a file reached
 * twice (named twice, through a link) is read once.
 */
export function readRegularFile(
  full: string,
  shown: string,
  maxBytes: number,
  why = "",
  alreadyRead: (identity: string) => boolean = () => false,
): Buffer | null {
  statRegularFile(full, shown);
  let fd: number;
  try {
    // O_NONBLOCK: if the path was swapped for a named pipe since the stat, opening it still returns at once
    fd = fs.openSync(full, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw new CorpusError(shown, fsProblem(err));
  }
  try {
    const opened = fs.fstatSync(fd);
    refuseIrregular(opened, shown);
    const tooLarge = (size: string) => new CorpusError(shown, `too large (${size}): the limit is ${megabytes(maxBytes)}${why ? `; ${why}` : ""}`);
    if (alreadyRead(`${opened.dev}:${opened.ino}`)) return null;
    if (opened.size > maxBytes) throw tooLarge(megabytes(opened.size));
    // Read to the end, not to the size the stat gave: some files report 0 (/proc) or grow meanwhile.
    // One byte past the cap is enough to know a file is over it.
    let buf = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(opened.size + 1, CHUNK)));
    let total = 0;
    for (;;) {
      if (total === buf.length) {
        if (total > maxBytes) throw tooLarge(`over ${megabytes(maxBytes)}`);
        const bigger = Buffer.allocUnsafe(Math.min(maxBytes + 1, 2 * buf.length));
        buf.copy(bigger, 0, 0, total);
        buf = bigger;
      }
      const n = fs.readSync(fd, buf, total, buf.length - total, null);
      if (n === 0) break;
      total += n;
    }
    if (total > maxBytes) throw tooLarge(`over ${megabytes(maxBytes)}`);
    return buf.subarray(0, total);
  } catch (err) {
    if (err instanceof CorpusError) throw err;
    throw new CorpusError(shown, fsProblem(err));
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The file's stat when it is a regular file; a CorpusError naming `shown` otherwise (or when it cannot
 * be reached). For any reader that opens article files itself, e.g. as a stream: call it first.
 */
export function statRegularFile(full: string, shown: string): fs.Stats {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(full);
  } catch (err) {
    throw new CorpusError(shown, fsProblem(err));
  }
  refuseIrregular(stat, shown);
  return stat;
}

/** A named pipe, device, socket or folder is refused with what it is, before anything is read from it. */
function refuseIrregular(stat: fs.Stats, shown: string): void {
  if (stat.isFile()) return;
  const kind = stat.isDirectory()
    ? "a folder"
    : stat.isFIFO()
      ? "a named pipe"
      : stat.isCharacterDevice()
        ? "a character device"
        : stat.isBlockDevice()
          ? "a block device"
          : stat.isSocket()
            ? "a socket"
            : "not a file";
  throw new CorpusError(shown, `not a regular file (${kind}); only regular files are read`);
}

/** A file-system error as a short problem, without Node's "EACCES: ..., open '/path'" (the path is named already). */
export function fsProblem(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or folder";
    case "EACCES":
    case "EPERM":
      return "cannot read: permission denied";
    case "ELOOP":
      return "cannot read: symbolic link loop";
    case "ENXIO":
      return "not a regular file (a socket or device); only regular files are read";
    case "EISDIR":
      return "not a regular file (a folder); only regular files are read";
    default: {
      const message = String((err as Error)?.message ?? err).split("\n")[0].replace(/, \w+ '[^']*'$/, "");
      return `cannot read: ${message}`;
    }
  }
}

/** A size for messages, in decimal megabytes ("30 MB", "2.5 MB"), or bytes below 0.1 MB. */
export function megabytes(bytes: number): string {
  if (bytes < 100_000) return `${bytes} bytes`;
  const mb = bytes / 1e6;
  return `${mb < 10 ? Math.round(mb * 10) / 10 : Math.round(mb)} MB`;
}
