/**
 * Reads TimeML (.tml) documents: the text inside <TEXT> with tags stripped and entities decoded, the
 * gold TIMEX3 spans as offsets into that text, and the document creation time (<DCT>).
 */
import * as fs from "node:fs";

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface TimemlDoc {
  id: string;
  dct: string;
  text: string;
  gold: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function readTimeml(file: string): TimemlDoc {
  const xml = fs.readFileSync(file, "utf8");
  const dct = xml.match(/<DCT>\s*<TIMEX3[^>]*value="([^"]+)"/)?.[1] ?? "";
  const id = xml.match(/<DOCID>([^<]+)<\/DOCID>/)?.[1] ?? file;
  const body = xml.slice(xml.indexOf("<TEXT>") + 6, xml.indexOf("</TEXT>"));
  let text = "";
  const gold: GoldTimex[] = [];
  let open: { start: number; type: string; value: string } | null = null;
  let i = 0;
  while (i < body.length) {
    const ch = body[i];
    if (ch === "<") {
      const close = body.indexOf(">", i);
      const tag = body.slice(i, close + 1);
      if (tag.startsWith("<TIMEX3")) {
        open = { start: text.length, type: tag.match(/type="([^"]+)"/)?.[1] ?? "", value: tag.match(/value="([^"]*)"/)?.[1] ?? "" };
      } else if (tag.startsWith("</TIMEX3") && open) {
        gold.push({ start: open.start, end: text.length, text: text.slice(open.start), type: open.type, value: open.value });
        open = null;
      }
      i = close + 1;
    } else if (ch === "&") {
      const semi = body.indexOf(";", i);
      const name = body.slice(i + 1, semi);
      text += ENTITIES[name] ?? " ";
      i = semi + 1;
    } else {
      text += ch;
      i++;
    }
  }
  return { id, dct, text, gold };
}
