import { lineSpan, type BoilerplateRule } from "./rule";

/** "Loading...", "• Loading…": what a scraper saw while a widget was still fetching. The whole line must be it. */
const LOADING = /^(?:[•·▪●◦*-]\s*)?loading(?:\s*(?:\.{2,}|…))?$/i;

export const loadingPlaceholder: BoilerplateRule = ({ lines }) =>
  lines.filter((l) => LOADING.test(l.text)).map((l) => lineSpan(l, "loading placeholder"));
