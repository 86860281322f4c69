/**
 * Character classes for the tokeniser and the `norm` folding of token surfaces.
 *
 * Why hand-made classes: the scanner looks at every character once, so the class lookup must be a
 * typed-array read, not a regular expression. ASCII is filled at load; other code units are
 * classified on first sight with Unicode property regexes and cached.
 */

export const C_SPACE = 0;
export const C_LETTER = 1;
export const C_DIGIT = 2;
/** other numeric characters: ½ ¾ ² (\p{No}, \p{Nl}) — they continue a number ("3½") */
export const C_NUMOTHER = 3;
/** apostrophes that may sit inside a word: ' ’ ‘ ʼ ′ ＇ */
export const C_APOS = 4;
/** word-joining hyphens: - ‐ ‑ (dashes – — are plain punctuation) */
export const C_HYPHEN = 5;
export const C_PERIOD = 6;
export const C_COMMA = 7;
export const C_COLON = 8;
export const C_SLASH = 9;
export const C_CURRENCY = 10;
/** % ‰ ¢ — end a number they follow ("88%") */
export const C_PERCENT = 11;
export const C_PUNCT = 12;
export const C_SYMBOL = 13;
/** combining marks (\p{M}): continue a word, never start one */
export const C_MARK = 14;
/** invisible format characters (soft hyphen, zero-width joiners): continue a word, else skipped like space */
export const C_FORMAT = 15;
/** high surrogate: the scanner reads the code point and classifies it with `classifyCodePoint` */
export const C_SURROGATE = 16;

const UNKNOWN = 255;
const table = new Uint8Array(65536).fill(UNKNOWN);

const reSpace = /\s/u;
const reLetter = /\p{L}/u;
const reMark = /\p{M}/u;
const reDigit = /\p{Nd}/u;
const reNumOther = /[\p{No}\p{Nl}]/u;
const reCurrency = /\p{Sc}/u;
const rePunct = /\p{P}/u;
const reFormat = /\p{Cf}/u;

/** Classify one code point (BMP or astral) with Unicode properties. */
export function classifyCodePoint(cp: number): number {
  switch (cp) {
    case 0x27: case 0x2019: case 0x2018: case 0x2bc: case 0x2032: case 0xff07:
      return C_APOS;
    case 0x2d: case 0x2010: case 0x2011:
      return C_HYPHEN;
    case 0x2e: return C_PERIOD;
    case 0x2c: return C_COMMA;
    case 0x3a: return C_COLON;
    case 0x2f: return C_SLASH;
    case 0x25: case 0x2030: case 0xa2:
      return C_PERCENT;
  }
  if (cp >= 0xd800 && cp <= 0xdbff) return C_SURROGATE;
  const ch = String.fromCodePoint(cp);
  if (reSpace.test(ch)) return C_SPACE;
  if (reLetter.test(ch)) return C_LETTER;
  if (reMark.test(ch)) return C_MARK;
  if (reDigit.test(ch)) return C_DIGIT;
  if (reNumOther.test(ch)) return C_NUMOTHER;
  if (reCurrency.test(ch)) return C_CURRENCY;
  if (reFormat.test(ch)) return C_FORMAT;
  if (rePunct.test(ch)) return C_PUNCT;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return C_SPACE; // control characters
  return C_SYMBOL;
}

for (let cp = 0; cp < 128; cp++) table[cp] = classifyCodePoint(cp);

/** Class of one UTF-16 code unit (lone low surrogates count as symbols). */
export function charClass(code: number): number {
  const k = table[code];
  if (k !== UNKNOWN) return k;
  const c = code >= 0xdc00 && code <= 0xdfff ? C_SYMBOL : classifyCodePoint(code);
  table[code] = c;
  return c;
}

/** Characters `norm` replaces (besides lower-casing), and what with. */
const FOLD: Record<string, string> = {
  "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "\uff07": "'", "\u201a": "'", "\u201b": "'",
  "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\uff02": '"',
  "\u2010": "-", "\u2011": "-",
  "\u2026": "...",
  "\u00ad": "", "\u200b": "", "\u200c": "", "\u200d": "", "\u2060": "", "\ufeff": "",
};
const reFold = /[\u2019\u2018\u02bc\u2032\uff07\u201a\u201b\u201c\u201d\u201e\u201f\u2033\uff02\u2010\u2011\u2026\u00ad\u200b-\u200d\u2060\ufeff]/g;
/** NFKC where it cannot hurt: full-width ASCII forms and Latin ligatures (ﬁ → fi). Not ½ → 1⁄2. */
const reCompat = /[\uff01-\uff5e\ufb00-\ufb06]/g;

/**
 * Fold a token surface for matching: locale-independent lower case, curly quotes and apostrophes
 * straightened, the Unicode hyphens (‐ ‑) to "-", "…" to "...", invisible format characters dropped,
 * full-width forms and ligatures NFKC-folded. Dashes (– —) and accents are kept: "Café" → "café".
 */
export function fold(surface: string): string {
  let s = surface.toLowerCase();
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 127) {
      s = s.replace(reFold, (ch) => FOLD[ch] ?? ch).replace(reCompat, (ch) => ch.normalize("NFKC").toLowerCase());
      break;
    }
  }
  return s;
}

/**
 * Lower case with the four apostrophe look-alikes (’ ‘ ` ´) straightened, nothing else: the fold the
 * overlap's similarity model was trained with (its IDF table holds words folded so).
 */
export function foldApostrophes(word: string): string {
  return word.toLowerCase().replace(/[’‘`´]/g, "'");
}
