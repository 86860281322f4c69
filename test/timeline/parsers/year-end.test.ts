import { yearEndGate } from "../../../src/timeline/parsers/year-end";
import { phrases } from "./phrases";

phrases(
  "year-end",
  yearEndGate,
  [
    ["The deal should close by year-end.", ["year-end=2025-12-31"]],
  ],
  ["The year's end party was fun.", "Year End Sale signs went up."],
);
