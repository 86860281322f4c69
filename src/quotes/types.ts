/**
 * Quotes and speakers as plain data. Every offset is an index into `Article.raw` (== `Article.text`).
 */

/**
 * - `speech`: a quotation of someone's words (a sentence or a clause, usually with a cue such as "said")
 * - `partial`: a short quoted fragment inside a sentence tied to a speech verb ("calling the invasion “genius”")
 * - `scare`: one or two quoted words with no speech verb around them (“peacemaker” as a label): never attributed
 * - `title`: a programme, book or film title in quotes (ABC’s “This Week”): never attributed
 */
export type QuoteKind = "speech" | "partial" | "scare" | "title";

/**
 * How the speaker was found, strongest first:
 * - `cue`: a name next to a speech verb ("Trump said", "said Joseph Webster", "according to Peskov")
 * - `pronoun`: "he said" resolved to the last person named (gender-checked when the first name tells)
 * - `descriptor`: "the president said" resolved to the person holding that role in the article
 * - `continuation`: no cue of its own; continues the previous quote in the paragraph (or the paragraph before)
 * - `subject`: no speech verb; the person who is the subject of the sentence (weakest)
 */
export type Attribution = "cue" | "pronoun" | "descriptor" | "continuation" | "subject";

/** One paragraph's stretch of a quotation (a quote running over paragraphs has several). */
export interface QuotePart {
  start: number;
  end: number;
}

export interface Quote {
  /** article id */
  article: string;
  /** the quoted words WITHOUT the quotation marks; for a multi-paragraph quote, start of the first part to end of the last */
  start: number;
  end: number;
  /** the quoted words; parts of a multi-paragraph quote joined with a space */
  text: string;
  /** offset of the opening mark; end of the closing mark (or of the paragraph when the quote is never closed) */
  markStart: number;
  markEnd: number;
  parts: QuotePart[];
  /** false when no closing mark was found (the quote ends with its paragraph or the article) */
  closed: boolean;
  kind: QuoteKind;
  /** canonical person (or organisation) name, null when unknown or not speech */
  speaker: string | null;
  /** the speaker as written where it was found ("he", "spokesman Dmitry Peskov", "the president") */
  speakerText: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  /** role or title the article gives the speaker ("Kremlin spokesman", "senior fellow at …") */
  role: string | null;
  /** the cue as written: "said", "wrote on Truth Social", "told reporters", "according to" */
  cue: string | null;
  cueStart: number | null;
  cueEnd: number | null;
  attribution: Attribution | null;
  /** index of the paragraph (non-empty line) holding the opening mark */
  paragraph: number;
  /** number of words in `text` */
  words: number;
}

/** A person (or organisation) quoted somewhere in the corpus. */
export interface Speaker {
  /** stable slug of the canonical name, e.g. "donald-trump" */
  id: string;
  name: string;
  /** roles and titles as the articles give them, de-duplicated */
  roles: string[];
  /** other spellings and forms met ("Zelenskyy", "Trump", "the president") */
  aliases: string[];
  /** article ids quoting this speaker */
  articles: string[];
  quotes: number;
  words: number;
}

export interface QuoteResult {
  quotes: Quote[];
  speakers: Speaker[];
}
