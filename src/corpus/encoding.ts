import { CorpusError } from "./article";

/** A file's bytes turned into text, with the encoding that was used and why it might be doubtful. */
export interface Decoded {
  /** NFC text, byte-order mark dropped */
  text: string;
  /** "utf-8", "utf-16le", "utf-16be" or "windows-1252" */
  encoding: string;
  /** set when the bytes were not valid UTF-8 and were read as Windows-1252 (a guess worth telling the user) */
  warning?: string;
}

/** Share of control characters (other than tab, newline, carriage return, form feed) that marks a file as binary. */
const MAX_CONTROL_SHARE = 0.05;
/** How much of the text the control-character check looks at: enough to judge, cheap on 100 MB files. */
const SAMPLE_CHARS = 64 * 1024;

/**
 * Decode a file: UTF-8 (with or without BOM), UTF-16 LE/BE when a BOM says so, else Windows-1252 with a
 * warning. Refuses binary data (NUL bytes without a UTF-16 BOM, or many control characters), because
 * decoding it would hand the analyses garbage that looks like text. The result is NFC so that "é"
 * typed as e + combining accent and as one code point count as the same word.
 */
export function decodeFile(bytes: Uint8Array, file: string): Decoded {
  let text: string;
  let encoding: string;
  let warning: string | undefined;
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = "utf-16le";
    text = new TextDecoder("utf-16le").decode(bytes);
  } else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = "utf-16be";
    text = new TextDecoder("utf-16be").decode(bytes);
  } else if (bytes.indexOf(0) !== -1) {
    // NUL bytes: UTF-16 written without a byte-order mark (mostly ASCII text, so every other byte is
    // 0), or binary data
    const order = utf16Order(bytes);
    if (!order) throw new CorpusError(file, "binary file (NUL bytes, and not UTF-16 text)");
    encoding = order;
    text = new TextDecoder(order).decode(bytes);
    warning = `no byte-order mark; read as ${order.toUpperCase()}`;
  } else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      encoding = "utf-8";
    } catch {
      text = decodeWindows1252(bytes);
      encoding = "windows-1252";
      warning = "not valid UTF-8; read as Windows-1252";
    }
  }
  if (controlShare(text) > MAX_CONTROL_SHARE) throw new CorpusError(file, "binary file (control characters)");
  return { text: toNFC(text), encoding, warning };
}

/**
 * The byte order of UTF-16 text without a byte-order mark, from the first 8 KB: text in a Latin
 * script has a zero high byte in nearly every code unit, so one of the two byte positions is almost
 * always 0 and the other almost never. Null for anything else (binary data).
 */
export function utf16Order(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const units = n / 2;
  if (oddZero >= 0.7 * units && evenZero <= 0.05 * units) return "utf-16le";
  if (evenZero >= 0.7 * units && oddZero <= 0.05 * units) return "utf-16be";
  return null;
}

/** Above this length, normalise line by line: V8 is several times faster on many short strings. */
const NFC_CHUNK = 1 << 20;

/**
 * Unicode NFC. A newline never composes with its neighbours, so normalising line by line gives the same
 * result as normalising the whole text; on a 110 MB JSONL dump it takes a quarter of the time.
 */
export function toNFC(text: string): string {
  if (text.length < NFC_CHUNK) return text.normalize("NFC");
  return text
    .split("\n")
    .map((line) => line.normalize("NFC"))
    .join("\n");
}

/** Share of C0/C1 control characters (tab, newline, CR and form feed excepted) in the start of `text`. */
function controlShare(text: string): number {
  const n = Math.min(text.length, SAMPLE_CHARS);
  if (n === 0) return 0;
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) controls++;
  }
  return controls / n;
}

/**
 * Windows-1252 to text. Written out because Node 20's TextDecoder("windows-1252") decodes as ISO-8859-1
 * and turns 0x93 into the control character U+0093 instead of “. Bytes 0x80–0x9F get the Windows
 * punctuation; the five bytes Windows leaves undefined stay C1 controls, as in the WHATWG standard.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString("latin1")
    .replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] || c);
}

/** Characters for bytes 0x80–0x9F; "" where Windows-1252 defines none. */
const WINDOWS_1252_HIGH = [
  "€", "", "‚", "ƒ", "„", "…", "†", "‡", "ˆ", "‰", "Š", "‹", "Œ", "", "Ž", "",
  "", "‘", "’", "“", "”", "•", "–", "—", "˜", "™", "š", "›", "œ", "", "ž", "Ÿ",
];
