import { weekdayGate } from "../../../src/timeline/parsers/weekday";
import { phrases } from "./phrases";

phrases(
  "weekday",
  weekdayGate,
  [
    ["They met on Thursday.", ["Thursday=2025-01-23"]],
    ["The vote is set for next Tuesday.", ["next Tuesday=2025-01-28"]],
    ["He spoke Friday night.", ["Friday night=2025-01-24"]],
    ["Sat. talks ended.", ["Sat.=2025-01-25"]],
  ],
  ["Saturn rose.", "He said Sunny was right."],
);
