/**
 * Picture agencies and credit words. A credit line names one of these; a sentence that merely
 * mentions an agency also has ordinary lower-case words, which `looksLikeCredit` refuses.
 */
export const AGENCIES = [
  "Reuters", "AP", "AFP", "Getty", "Getty Images", "EPA", "EPA-EFE", "Sputnik", "Shutterstock", "Alamy",
  "NurPhoto", "Anadolu", "Xinhua", "TASS", "Associated Press", "PA Images", "PA Wire", "PA Media", "Zuma",
  "ZUMA", "ZUMA Press", "Redux", "SIPA", "Sipa", "Kyodo", "Yonhap", "Handout", "DPA", "dpa", "Imagn",
  "WireImage", "FilmMagic", "Corbis", "Abaca", "ABACAPRESS", "UPI", "Newscom", "Planet Labs", "Maxar",
  "Ukrinform", "Pool Photo", "IANS", "AAP", "CNP", "MediaPunch",
];

/**
 * Sources that are also ordinary names ("Michael Bloomberg", "Inside the Kremlin", "Harrisburg, PA"):
 * they count only in the "Name/Source" shape, never as a bare last word.
 */
export const SLASH_ONLY_SOURCES = ["Bloomberg", "Kremlin", "NASA", "Rex", "REX", "PA", "Pool", "Instagram", "Twitter"];

/** Lower-case words that may sit inside a credit: "Pool via Sputnik via Reuters", "Getty Images file". */
export const CREDIT_CONNECTORS = new Set([
  "via", "by", "way", "of", "for", "and", "the", "de", "da", "di", "del", "van", "von", "der", "den", "le",
  "la", "du", "bin", "al", "file", "photo", "photos", "staff", "pool", "handout", "courtesy", "images",
  "image", "press", "service", "news", "agency", "&", "-", "–", "—", "/", "|",
]);

/** The agencies as one alternation, longest first so "Getty Images" wins over "Getty". */
function alternation(names: string[]): string {
  return [...names]
    .sort((a, b) => b.length - a.length)
    .map((a) => a.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&"))
    .join("|");
}
const AGENCY_RE = new RegExp(String.raw`(?:^|[\s/(,|-])(?:${alternation(AGENCIES)})(?=$|[\s/),|.-])`);
const SLASH_SOURCE_RE = new RegExp(
  String.raw`(?:/\s*(?:${alternation([...AGENCIES, ...SLASH_ONLY_SOURCES])})(?=$|[\s/),|.-])|(?:${alternation([...AGENCIES, ...SLASH_ONLY_SOURCES])})\s*/)`,
);
const AGENCY_END_RE = new RegExp(String.raw`(?:^|[\s/(,|-])(?:${alternation(AGENCIES)})(?:\s+(?:file|photo|pool))?[).]?$`);

/**
 * True when a slash joins a name and a source: "Alexei Nikolsky/Kremlin", "AP Photo/Evan Vucci".
 * An unambiguous agency may sit anywhere in a line with a slash; a name-like source must touch it.
 */
export function slashCredit(s: string): boolean {
  return s.includes("/") && (namesAgency(s) || SLASH_SOURCE_RE.test(s));
}

/** True when `s` ends with an agency: "Getty Images", "… via Reuters", "Reuters file". */
export function endsWithAgency(s: string): boolean {
  return AGENCY_END_RE.test(s.trim());
}

/**
 * Capitalised function words: a Title Case headline has them ("Putin Speaks To Reuters"), a credit
 * does not (its connectors are lower case). Also "By" (a byline) and the words of a contributors' line.
 */
const HEADLINE_WORDS = new Set([
  "To", "In", "On", "At", "With", "From", "As", "Is", "Are", "Was", "Says", "Say", "Said", "After", "Over",
  "Into", "Than", "Will", "Has", "Have", "By",
  // contributors' credits ("Contributing: Kim Hjelmgaard, USA TODAY; Associated Press") are not photo credits
  "Contributing", "Contributing:", "Contributed", "Reporting", "Editing", "Writing",
]);

/** True when some word of `s` is a capitalised function word. */
export function hasHeadlineWord(s: string): boolean {
  return s.split(/[\s/|,;]+/).some((w) => HEADLINE_WORDS.has(w));
}

/** True when `s` names a picture agency (case-sensitive: "AP", not "ap"). */
export function namesAgency(s: string): boolean {
  return AGENCY_RE.test(s);
}

/**
 * True when every word is a name (capitalised, an initial, all caps, a number) or a credit
 * connector: "Carlos Barria/Reuters", "Ramil Sitdikov, Pool by way of Sputnik by way of Reuters".
 */
export function onlyNameWords(s: string): boolean {
  const words = s.split(/[\s/|,;]+/).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > 24) return false;
  return words.every((w) => {
    const core = w.replace(/^[("'“‘]+|[)"'”’:.]+$/g, "");
    if (core.length === 0) return true;
    if (CREDIT_CONNECTORS.has(core.toLowerCase()) && core === core.toLowerCase()) return true;
    return /^[\p{Lu}\p{N}]/u.test(core);
  });
}
