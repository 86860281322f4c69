import { agoGate } from "../../../src/timeline/parsers/ago";
import { phrases } from "./phrases";

phrases(
  "ago",
  agoGate,
  [
    ["He left two weeks ago.", ["two weeks ago=2025-W02"]],
    ["Three days later, talks resumed.", ["Three days later=2025-01-28"]],
    ["Five years from now, it will be done.", ["Five years from now=2030"]],
  ],
  ["He went back to the office.", "She came later."],
);
