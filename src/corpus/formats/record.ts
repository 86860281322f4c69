import { findField } from "../fields";
import type { RecordFields } from "../types";
import type { RawArticle, RecordProblem } from "./types";

/**
 * One data record (a JSON object or a CSV row) → a raw article. The text field may be a string, a list
 * of paragraphs, or a list of paragraphs that are lists of sentences (BASIL's `body-paragraphs`):
 * paragraphs are joined with a blank line, sentences with a space, so sentence and paragraph splitting
 * downstream sees the structure the dataset had. `where` ("line 12", "" for a lone record) prefixes problems.
 */
export function recordToRaw(
  value: unknown,
  fields: RecordFields,
  record: number,
  where: string,
): RawArticle | RecordProblem {
  const at = where ? `${where}: ` : "";
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return { record, problem: `${at}expected an object with a text field` };
  }
  const meta = value as Record<string, unknown>;
  const found = findField(meta, fields.text);
  if (!found) return { record, problem: `${at}no text field (tried ${fields.text.join(", ")})` };
  const raw = joinText(found.value);
  if (raw === null) return { record, problem: `${at}field '${found.key}' is not text or a list of paragraphs` };
  if (raw.trim() === "") return { record, problem: `${at}empty text in field '${found.key}'` };
  const rest: Record<string, unknown> = {};
  // Metadata strings too: JSON writers often escape accents ("\u0301") in decomposed form.
  for (const key of Object.keys(meta)) {
    if (key !== found.key) rest[key] = typeof meta[key] === "string" ? (meta[key] as string).normalize("NFC") : meta[key];
  }
  return { raw: raw.normalize("NFC"), bodyStart: 0, removed: [], meta: rest, headlineInText: false, record, where: where || undefined };
}

function joinText(v: unknown): string | null {
  if (typeof v === "string") return v;
  if (!Array.isArray(v)) return null;
  const paragraphs: string[] = [];
  for (const p of v) {
    if (typeof p === "string") paragraphs.push(p.trim());
    else if (Array.isArray(p) && p.every((s) => typeof s === "string")) {
      paragraphs.push((p as string[]).map((s) => s.trim()).filter((s) => s !== "").join(" "));
    } else return null;
  }
  return paragraphs.filter((p) => p !== "").join("\n\n");
}
