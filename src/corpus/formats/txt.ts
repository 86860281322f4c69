import type { FormatReader } from "./types";

/** Plain text: the whole file is the article; its first line may be a headline. */
export const readTxt: FormatReader = (text) => [
  { raw: text, bodyStart: 0, removed: [], meta: {}, headlineInText: true },
];
