import { partOfDayGate } from "../../../src/timeline/parsers/part-of-day";
import { phrases } from "./phrases";

phrases(
  "part-of-day",
  partOfDayGate,
  [
    ["He spoke this morning.", ["this morning=2025-01-25TMO"]],
    ["They will meet tonight.", ["tonight=2025-01-25TNI"]],
  ],
  ["Morning Joe aired.", "Good evening, everyone."],
);
