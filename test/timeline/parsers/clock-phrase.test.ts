import { clockPhraseGate } from "../../../src/timeline/parsers/clock-phrase";
import { phrases } from "./phrases";

phrases(
  "clock-phrase",
  clockPhraseGate,
  [
    ["They met at noon.", ["noon=2025-01-25T12:00"]],
  ],
  ["Good morning, America.", "High Noon is a film title."],
);
