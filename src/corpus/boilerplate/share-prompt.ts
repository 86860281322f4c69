import { lineSpan, type BoilerplateRule } from "./rule";

/** Where share buttons point; a share line may name several. */
const TARGET = String.raw`(?:facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|email|e-mail|telegram|threads|bluesky|messenger|flipboard)`;
const ONE = String.raw`share(?:\s+(?:it|this|this\s+(?:article|story|page|post|video)|the\s+(?:article|story)))?(?:\s+(?:on|via|to|by)\s+${TARGET})?`;

/**
 * A line that is nothing but share buttons: "Share it:", "Share this article", "Share on Facebook",
 * "Share on Facebook | Share on Twitter". A sentence that mentions sharing has other words and stays.
 */
const SHARE = new RegExp(String.raw`^(?:${ONE})(?:\s*[:|·•,/]?\s*(?:${ONE}|${TARGET}))*\s*[:|·•]?$`, "i");

export const sharePrompt: BoilerplateRule = ({ lines }) =>
  lines.filter((l) => l.text.length <= 120 && SHARE.test(l.text)).map((l) => lineSpan(l, "share prompt"));
