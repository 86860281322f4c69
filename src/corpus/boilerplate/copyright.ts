import type { RemovedSpan } from "../article";
import { touched, type BoilerplateRule } from "./rule";

/**
 * A copyright notice: "© 2025 Cable News Network", "(c) 2025", "Copyright 2012 The Associated Press.
 * All rights reserved." "(c)" needs a year after it ("(a) … (b) … (c) the" is a list), "Copyright"
 * needs "©", "(c)" or a year (so "Copyright law …" stays).
 */
const MARK = String.raw`(?:©|\((?:c|C)\)(?=\s*\d{4})|Copyright\s*(?:©|\([cC]\)|\d{4})|COPYRIGHT\s*(?:©|\([cC]\)|\d{4}))`;
/** The notice itself: years, owner names, "All rights reserved", no sentence in between. */
const NOTICE = String.raw`${MARK}[\s\d,–\-]*[^.!?]{0,80}?(?:\.?\s*All rights reserved\.?)?\s*\.?`;

const WHOLE = new RegExp(String.raw`^(?:${NOTICE}|All rights reserved\.?)$`, "i");
/** A notice at the end of another line ("By … · The Washington Post (c) 2025"); the head is left to other rules. */
const TAIL = new RegExp(String.raw`\s(${NOTICE})$`);

export const copyright: BoilerplateRule = ({ lines, taken }) => {
  const spans: RemovedSpan[] = [];
  for (const line of lines) {
    if (touched(line, taken) || line.text.length > 300) continue;
    if (WHOLE.test(line.text)) {
      spans.push({ start: line.start, end: line.end, reason: "copyright" });
      continue;
    }
    const m = TAIL.exec(line.text);
    if (m && m[1].length <= 120) spans.push({ start: line.end - m[1].length, end: line.end, reason: "copyright" });
  }
  return spans;
};
