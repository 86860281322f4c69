import { referenceWordGate } from "../../../src/timeline/parsers/reference-word";
import { phrases } from "./phrases";

phrases(
  "reference-word",
  referenceWordGate,
  [
    ["Prices are rising now.", ["now=PRESENT_REF"]],
    ["He arrived yesterday.", ["yesterday=2025-01-24"]],
    ["Recently, rents rose.", ["Recently=PAST_REF"]],
    ["In the future, cars fly.", ["the future=FUTURE_REF"]],
  ],
  ["He is a future star.", "He gave a present."],
);
