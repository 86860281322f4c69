import { lineSpan, type BoilerplateRule } from "./rule";

/** Ad-slot labels that scrapers keep as a line of their own ("Advertisement", "Story continues below advertisement"). */
const AD = /^(?:advertisement|advertising|sponsored(?: content)?|(?:the )?story continues below(?: this)? (?:advertisement|ad))$/i;

export const advertisement: BoilerplateRule = ({ lines }) =>
  lines.filter((l) => AD.test(l.text)).map((l) => lineSpan(l, "advertisement"));
